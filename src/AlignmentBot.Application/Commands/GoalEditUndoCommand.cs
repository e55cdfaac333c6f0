using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// The Undo button of a goal change: puts back the target, deadline, owner and status the goal had before. The card
/// carries only a reference; what is restored was kept on the server, and only someone who may change that goal can undo.
/// </summary>
public sealed class GoalEditUndoCommand(ActionReferences references, GoalChangeUndo undo) : ISubmissionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.UndoGoalEdit];

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (await references.ResolveAsync(scope, submission, GoalEditDialog.UndoKind, cancellationToken) is not { } reference)
        {
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        if (!Guid.TryParse(reference.TargetId, out var id))
        {
            dc.Turn.Send("That goal no longer exists, so there is nothing to undo.");
            return;
        }

        if (await undo.UndoAsync(dc, new GoalId(id), reference.Data, cancellationToken) is not { } text)
        {
            return;
        }

        dc.Turn.ReplaceCard = new OutgoingMessage(text);
        dc.Turn.Send(text);
    }
}
