namespace AlignmentBot.Conversations.Dialogs;

public sealed record DialogTurnResult(DialogStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogStatus.Waiting);

    public static DialogTurnResult Cancelled { get; } = new(DialogStatus.Cancelled);
}
