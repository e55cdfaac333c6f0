using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Bot;

/// <summary>Handles a card button that can be pressed outside any dialog (accept a lead, confirm the SLA, start a goal).</summary>
public interface ISubmissionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken);
}
