using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>Finds leads and records sales' verdict on them ("a judicial branch for leads").</summary>
public sealed class LeadFeedbackService(ILeadStore leads)
{
    public const int RecentDays = 120;

    public async Task<IReadOnlyList<Lead>> FindAsync(TurnScope scope, string? reference, string? company, DateTimeOffset now, CancellationToken ct)
    {
        if (reference is not null && await leads.FindAsync(scope.Workspace.Id, reference, ct) is { } byId)
        {
            return [byId];
        }

        if (company is null)
        {
            return [];
        }

        var recent = await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct);
        return recent.Where(l => l.Company is { } c && c.Contains(company, StringComparison.OrdinalIgnoreCase)).OrderByDescending(l => l.CreatedAt).Take(6).ToArray();
    }

    public async Task<IReadOnlyList<Lead>> PendingAsync(TurnScope scope, DateTimeOffset now, CancellationToken ct)
        => (await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct)).Where(l => l.Decision == LeadDecision.Pending && l.IsDelivered).OrderBy(l => l.CreatedAt).ToArray();

    /// <summary>Records the decision (creating the lead if it was never imported) and answers with this month's top reasons.</summary>
    public async Task<OutgoingMessage> RecordAsync(TurnScope scope, string externalId, string? company, bool accept, RejectionReason? reason, string? note, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var lead = await leads.FindAsync(scope.Workspace.Id, externalId, ct)
            ?? new Lead(Guid.NewGuid(), scope.Workspace.Id, externalId, company, null, LeadStage.Mql, Breakdown.None, now, null, LeadDecision.Pending);
        var (previous, previousReason) = (lead.Decision, lead.RejectionReason);
        var decided = accept ? lead.Accept(scope.Person.DisplayName, now) : lead.Reject(reason ?? RejectionReason.Other, note, scope.Person.DisplayName, now);

        // Following a lead up is what deciding on it takes; the SLA's follow-up clock stops here if nothing earlier was recorded.
        decided = decided with { FirstFollowUpAt = decided.FirstFollowUpAt ?? now };
        await leads.UpsertAsync(scope.Workspace.Id, [decided], ct);
        var month = Periods.Containing(today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
        return LeadCards.Recorded(decided, previous, previousReason, SlaCompliance.TopReasons(monthLeads, 3));
    }

    public async Task<string?> UndoAsync(TurnScope scope, string externalId, LeadDecision decision, RejectionReason? reason, CancellationToken ct)
    {
        if (await leads.FindAsync(scope.Workspace.Id, externalId, ct) is not { } lead)
        {
            return null;
        }

        await leads.UpsertAsync(scope.Workspace.Id, [lead with { Decision = decision, RejectionReason = reason, ReasonNote = decision == LeadDecision.Rejected ? lead.ReasonNote : null }], ct);
        return decision == LeadDecision.Pending ? $"Undone: lead {externalId} is pending again." : $"Undone: lead {externalId} is back to {decision.ToString().ToLowerInvariant()}.";
    }
}
