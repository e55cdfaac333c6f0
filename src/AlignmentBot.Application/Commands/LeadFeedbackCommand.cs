using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Commands;

/// <summary>Lead feedback in words, the triage card ("review leads"), and its Accept / Reject: reason / Undo buttons.</summary>
public sealed class LeadFeedbackCommand(LeadFeedbackService service, ActionReferences references) : IBotCommand, ISubmissionHandler
{
    public string Intent => "lead_feedback";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.AcceptLead, Dialogs.Verbs.RejectLead, Dialogs.Verbs.UndoLead];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        if (LeadParsing.WantsReview(understanding.Text) && understanding.Entities.Reference is null && LeadParsing.Company(understanding.Text) is null)
        {
            await NextPendingAsync(dc, cancellationToken);
            return;
        }

        await dc.BeginDialogAsync(DialogIds.LeadFeedback, (understanding.Text, understanding.Entities), cancellationToken);
    }

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (submission.Verb == Dialogs.Verbs.UndoLead)
        {
            var reference = await references.ResolveAsync(scope, submission, LeadFeedbackService.UndoKind, cancellationToken);
            var undone = reference is null ? ActionReferences.NotValid : await service.UndoAsync(scope, reference, cancellationToken);
            if (undone.StartsWith("Undone", StringComparison.Ordinal))
            {
                dc.Turn.ReplaceCard = new OutgoingMessage(undone);
            }

            dc.Turn.Send(undone);
            return;
        }

        if (await references.ResolveAsync(scope, submission, LeadFeedbackService.LeadKind, cancellationToken) is not { } lead)
        {
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        var externalId = lead.TargetId;
        var accept = submission.Verb == Dialogs.Verbs.AcceptLead;
        var rejection = Enum.TryParse<RejectionReason>(submission.Value("reason"), out var why) ? why : RejectionReason.Other;
        if (await service.RecordAsync(scope, externalId, accept, accept ? null : rejection, null, dc.Turn.Now, dc.Turn.Today, cancellationToken) is not { } recorded)
        {
            dc.Turn.Send(LeadFeedbackService.NotFound(externalId));
            await NextPendingAsync(dc, cancellationToken);
            return;
        }

        dc.Turn.ReplaceCard = new OutgoingMessage(accept ? $"✓ Accepted lead {externalId}." : $"Rejected lead {externalId}: {RejectionReasons.Label(rejection)}.");
        dc.Turn.Send(recorded.Reply);
        await NextPendingAsync(dc, cancellationToken, externalId, recorded);
    }

    /// <param name="decided">The lead just decided on the card before, which "undo that" takes back.</param>
    private async Task NextPendingAsync(DialogContext dc, CancellationToken cancellationToken, string? decided = null, VerdictRecorded? recorded = null)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var pending = await service.PendingAsync(scope, dc.Turn.Now, cancellationToken);
        dc.Turn.Send(pending.Count == 0 ? "No leads are waiting for a decision." : await service.TriageAsync(scope, pending[0], pending.Count, cancellationToken));

        // A verdict typed next ("wrong contact") is about the lead on this card.
        dc.Recent = pending.Count == 0 ? null : Corrections.RecentCorrections.Reviewing(pending[0].ExternalId, decided, recorded);
    }
}
