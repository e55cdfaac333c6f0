using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Bot;

/// <summary>What the bot does for one intent when no dialog is waiting: answer directly or begin a dialog.</summary>
public interface IBotCommand
{
    /// <summary>The intent this command answers (the names in docs/contracts.md).</summary>
    string Intent { get; }

    Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken);
}
