using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Leads;

/// <summary>A lead marketing handed over (or an inquiry), with sales' verdict on it.</summary>
/// <param name="ExternalId">The CRM's id (HubSpot record id, Salesforce lead id), unique per workspace.</param>
/// <param name="Source">Campaign, channel and product the lead came from.</param>
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
    string? DecidedById = null)
{
    /// <summary>Marketing delivered it: it reached MQL or beyond (an inquiry alone is not a delivered lead).</summary>
    public bool IsDelivered => Stage != LeadStage.Inquiry;

    public PersonRef? Decider => DecidedBy is null ? null : new PersonRef(DecidedById, DecidedBy);

    public Lead Accept(PersonRef by, DateTimeOffset at) => this with
    {
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
        Decision = LeadDecision.Rejected,
        RejectionReason = reason,
        ReasonNote = note,
        DecidedAt = at,
        DecidedBy = by.Name,
        DecidedById = by.Id,
    };
}
