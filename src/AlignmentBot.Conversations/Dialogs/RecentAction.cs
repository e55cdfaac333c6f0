namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// The last thing a conversation recorded ("lead DEMO-1194 rejected", "MQLs this week: 42"), so "undo that" or "actually
/// 44" right after it corrects that record instead of starting something new.
/// </summary>
/// <param name="Kind">What was recorded: "lead", "check_in", "request".</param>
/// <param name="Key">Which record: a lead's id, a metric name, a request id.</param>
/// <param name="Data">What is needed to correct or undo it (the previous decision, the period).</param>
public sealed record RecentAction(string Kind, string Key, IReadOnlyDictionary<string, string>? Data = null)
{
    public string? Value(string name) => Data is not null && Data.TryGetValue(name, out var v) ? v : null;
}
