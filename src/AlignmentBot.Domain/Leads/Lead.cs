using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Leads;

/// <summary>A lead marketing handed over (or an inquiry), with sales' verdict on it.</summary>
/// <param name="ExternalId">The CRM's id (HubSpot record id, Salesforce lead id), unique per workspace.</param>
/// <param name="Source">Campaign, channel and product the lead came from.</param>
/// <param name="VerdictBefore">What the lead was before its current verdict, kept with the verdict so taking it back later by
/// naming the lead ("can you undo the rejection on 1155?") restores it exactly; null when no verdict was given in chat.</param>
public sealed record Lead(
    Guid Id,
    WorkspaceId WorkspaceId,
    string ExternalId,
    string? Company,
    string? Contact,
    LeadStage Stage,
    Breakdown Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstFollowUpAt,
    LeadDecision Decision,
    RejectionReason? RejectionReason = null,
    string? ReasonNote = null,
    DateTimeOffset? DecidedAt = null,
    string? DecidedBy = null,
    decimal? DealValue = null,
    string? DecidedById = null,
    LeadVerdict? VerdictBefore = null)
{
    /// <summary>Marketing delivered it: it reached MQL or beyond (an inquiry alone is not a delivered lead).</summary>
    public bool IsDelivered => Stage != LeadStage.Inquiry;

    public PersonRef? Decider => DecidedBy is null ? null : new PersonRef(DecidedById, DecidedBy);

    /// <summary>What a verdict on this lead would change, as it is now.</summary>
    public LeadVerdict Verdict => new(Decision, RejectionReason, ReasonNote, Stage, FirstFollowUpAt, DecidedAt, DecidedBy, DecidedById);

    /// <summary>The lead with <paramref name="verdict"/> put back: an undone verdict (what came before it is not kept).</summary>
    public Lead Restore(LeadVerdict verdict) => this with
    {
        VerdictBefore = null,
        Decision = verdict.Decision,
        RejectionReason = verdict.Reason,
        ReasonNote = verdict.Note,
        Stage = verdict.Stage,
        FirstFollowUpAt = verdict.FirstFollowUpAt,
        DecidedAt = verdict.DecidedAt,
        DecidedBy = verdict.DecidedBy,
        DecidedById = verdict.DecidedById,
    };

    /// <summary>The lead as its verdict found it, to put back when the verdict is taken back by naming the lead.</summary>
    public LeadVerdict? Undoable => Decision == LeadDecision.Pending ? null : VerdictBefore;

    public Lead Accept(PersonRef by, DateTimeOffset at) => this with
    {
        VerdictBefore = Verdict,
        Decision = LeadDecision.Accepted,
        RejectionReason = null,
        ReasonNote = null,
        DecidedAt = at,
        DecidedBy = by.Name,
        DecidedById = by.Id,
        Stage = Stage < LeadStage.Sal ? LeadStage.Sal : Stage,
    };

    public Lead Reject(RejectionReason reason, string? note, PersonRef by, DateTimeOffset at) => this with
    {
        VerdictBefore = Verdict,
        Decision = LeadDecision.Rejected,
        RejectionReason = reason,
        ReasonNote = note,
        DecidedAt = at,
        DecidedBy = by.Name,
        DecidedById = by.Id,
    };
}
