namespace AlignmentBot.Application.Dialogs.Numbers;

public sealed record NumbersState(string? Text);
