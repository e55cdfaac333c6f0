using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Domain.Digests;

/// <summary>Leads sales rejected in the window from one campaign: the ones worth reviewing together.</summary>
public sealed record CampaignRejections(string Campaign, int Rejected, int Decided, RejectionReason TopReason)
{
    public decimal RejectedPercent => Decided == 0 ? 0 : 100m * Rejected / Decided;
}
