namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// Set on the turn of a side trip: what the dialog that waits is about (<see cref="Dialog.Topic"/>), so a question that
/// leaves it unsaid ("is 260 a month even realistic?" while defining an MQL goal) is read about it.
/// </summary>
public sealed record SideTripTopic(string Metric);
