using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>Finds leads and records sales' verdict on them ("a judicial branch for leads").</summary>
public sealed class LeadFeedbackService(ILeadStore leads, ActionReferences references, PermissionGate gate)
{
    public const int RecentDays = 120;
    public const string LeadKind = "lead";
    public const string UndoKind = "lead.undo";

    /// <summary>How far back a partial id ("1339" for DEMO-1339) is looked for.</summary>
    public const int PartialIdDays = 730;

    public async Task<IReadOnlyList<Lead>> FindAsync(TurnScope scope, string? reference, string? company, DateTimeOffset now, CancellationToken ct)
    {
        if (reference is not null)
        {
            if (await leads.FindAsync(scope.Workspace.Id, reference, ct) is { } byId)
            {
                return [byId];
            }

            if (await leads.FindAsync(scope.Workspace.Id, reference.ToUpperInvariant(), ct) is { } byUpper)
            {
                return [byUpper];
            }

            // A partial or differently cased id ("1339", "demo-1339") is matched against the ids we have, never invented.
            var known = await leads.ListAsync(scope.Workspace.Id, now.AddDays(-PartialIdDays), ct);
            var matches = known.Where(l => l.ExternalId.Equals(reference, StringComparison.OrdinalIgnoreCase)
                                           || l.ExternalId.EndsWith("-" + reference, StringComparison.OrdinalIgnoreCase)).OrderByDescending(l => l.CreatedAt).Take(6).ToArray();
            if (matches.Length > 0 || company is null)
            {
                return matches;
            }
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

    /// <summary>The triage card for one lead, its buttons behind a reference to that lead.</summary>
    public async Task<OutgoingMessage> TriageAsync(TurnScope scope, Lead lead, int remaining, CancellationToken ct)
        => LeadCards.Triage(lead, remaining, await references.IssueAsync(scope, LeadKind, lead.ExternalId, cancellationToken: ct));

    /// <summary>Records the decision (creating the lead if it was never imported) and answers with this month's top reasons.</summary>
    public async Task<OutgoingMessage> RecordAsync(TurnScope scope, string externalId, string? company, bool accept, RejectionReason? reason, string? note, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var lead = await leads.FindAsync(scope.Workspace.Id, externalId, ct)
            ?? new Lead(Guid.NewGuid(), scope.Workspace.Id, externalId, company, null, LeadStage.Mql, Breakdown.None, now, null, LeadDecision.Pending);
        var decided = accept ? lead.Accept(scope.Person.Ref, now) : lead.Reject(reason ?? RejectionReason.Other, note, scope.Person.Ref, now);

        // Following a lead up is what deciding on it takes; the SLA's follow-up clock stops here if nothing earlier was recorded.
        decided = decided with { FirstFollowUpAt = decided.FirstFollowUpAt ?? now };
        await leads.UpsertAsync(scope.Workspace.Id, [decided], ct);
        var month = Periods.Containing(today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);

        // What Undo restores stays on the server, tied to this very decision.
        var undo = string.Join('|', lead.Decision, lead.RejectionReason?.ToString() ?? string.Empty, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        var token = await references.IssueAsync(scope, UndoKind, externalId, data: undo, cancellationToken: ct);
        return LeadCards.Recorded(decided, SlaCompliance.TopReasons(monthLeads, 3), token);
    }

    /// <summary>Undo: only the decision the card recorded, by the person who made it or an admin.</summary>
    public async Task<string> UndoAsync(TurnScope scope, ActionReference reference, CancellationToken ct)
    {
        var parts = (reference.Data ?? string.Empty).Split('|');
        if (parts.Length != 3 || !Enum.TryParse<LeadDecision>(parts[0], out var decision) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var decidedMs))
        {
            return ActionReferences.NotValid;
        }

        var reason = Enum.TryParse<RejectionReason>(parts[1], out var r) ? r : (RejectionReason?)null;
        return await UndoAsync(scope, reference.TargetId, decision, reason, decidedMs, ct);
    }

    /// <summary>
    /// "Undo that" right after a decision, or its card's Undo: puts back <paramref name="decision"/> and <paramref name="reason"/>
    /// only while the lead still carries the decision made at <paramref name="decidedMs"/>, by its decider or an admin.
    /// </summary>
    public async Task<string> UndoAsync(TurnScope scope, string externalId, LeadDecision decision, RejectionReason? reason, long decidedMs, CancellationToken ct)
    {
        if (await leads.FindAsync(scope.Workspace.Id, externalId, ct) is not { } lead)
        {
            return $"Lead {externalId} no longer exists.";
        }

        if (lead.DecidedAt?.ToUnixTimeMilliseconds() != decidedMs)
        {
            return $"Lead {lead.ExternalId} was decided again since{(lead.DecidedBy is { } by ? $" (by {by})" : string.Empty)}, so this Undo no longer applies.";
        }

        var permission = PermissionGate.Check(scope, PermissionAction.UndoLeadDecision, new PermissionResource { AuthorId = lead.DecidedById });
        if (!permission.Allowed)
        {
            return await gate.RefusalAsync(scope, permission, ct);
        }

        await leads.UpsertAsync(scope.Workspace.Id, [lead with { Decision = decision, RejectionReason = reason, ReasonNote = decision == LeadDecision.Rejected ? lead.ReasonNote : null }], ct);
        return decision == LeadDecision.Pending ? $"Undone: lead {lead.ExternalId} is pending again." : $"Undone: lead {lead.ExternalId} is back to {decision.ToString().ToLowerInvariant()}.";
    }
}
