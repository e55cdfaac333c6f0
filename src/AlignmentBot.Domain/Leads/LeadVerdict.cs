namespace AlignmentBot.Domain.Leads;

/// <summary>
/// Everything a verdict on a lead changes (the decision and its reason, who decided and when, the stage an acceptance moves
/// on, the follow-up it stamps), so taking the verdict back puts the lead exactly as it was.
/// </summary>
public sealed record LeadVerdict(
    LeadDecision Decision,
    RejectionReason? Reason,
    string? Note,
    LeadStage Stage,
    DateTimeOffset? FirstFollowUpAt,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? DecidedById);
