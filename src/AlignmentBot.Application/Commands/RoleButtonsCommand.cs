using AlignmentBot.Application.People;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Commands;

/// <summary>The buttons of role cards: "which Priya?" for a role or admin command, and Approve / Decline on a role request.</summary>
public sealed class RoleButtonsCommand(RoleService roles) : Bot.ISubmissionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.AssignRole, Dialogs.Verbs.MakeAdmin, Dialogs.Verbs.ApproveRole, Dialogs.Verbs.DeclineRole];

    public Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken) => roles.HandleAsync(dc, submission, cancellationToken);
}
