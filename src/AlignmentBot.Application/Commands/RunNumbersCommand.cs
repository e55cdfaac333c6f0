using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Commands;

public sealed class RunNumbersCommand : IBotCommand
{
    public string Intent => "run_numbers";

    public Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(DialogIds.RunNumbers, understanding.Text, cancellationToken);
}
