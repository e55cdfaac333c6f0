using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// The facts of one workspace's digest for one period. Every audience gets the same facts; only the
/// emphasis (order, headline, asks) differs, so marketing, sales and leadership argue from one set of numbers.
/// </summary>
/// <param name="Overlap">Null when sales' target accounts or marketing's reached accounts were never imported.</param>
/// <param name="Budget">Null when spend or revenue is missing for the last quarter.</param>
/// <param name="Stale">Goals with no check-in for two periods, or no data at all.</param>
/// <param name="PendingAgreement">A lead agreement proposed but not yet confirmed by both sides (null when none, or when it is active).</param>
public sealed record DigestFacts(
    string Company,
    string Currency,
    DigestPeriod Period,
    Scorecard Scorecard,
    IReadOnlyList<GoalLine> Goals,
    IReadOnlyList<FunnelLine> Funnel,
    SlaFacts? Sla,
    LeadFeedback Leads,
    RequestFacts Requests,
    OverlapResult? Overlap,
    BudgetFacts? Budget,
    IReadOnlyList<UpcomingDeadline> Deadlines,
    IReadOnlyList<GoalProgress> Stale,
    LeadSla? PendingAgreement = null)
{
    public bool HasGoals => Goals.Count > 0;
}
