using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Domain.Digests;

/// <summary>Sales' verdicts on leads in the window (by the day sales decided), with the reasons for rejections.</summary>
public sealed record LeadFeedback(
    int Accepted,
    int Rejected,
    decimal? AcceptancePercent,
    decimal? PreviousAcceptancePercent,
    IReadOnlyList<(RejectionReason Reason, int Count)> TopReasons,
    IReadOnlyList<CampaignRejections> ByCampaign)
{
    public int Decided => Accepted + Rejected;
}
