using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Leads;

/// <param name="Delivered">Leads marketing delivered (MQL or beyond) created in the window.</param>
/// <param name="Committed">What the agreement asks for in the window.</param>
/// <param name="Overdue">Delivered leads nobody has followed up although the agreed hours have passed.</param>
public sealed record SlaComplianceReport(
    DateRange Window,
    int Delivered,
    decimal Committed,
    decimal? DeliveryPercent,
    int FollowedUpInTime,
    int FollowedUpLate,
    int Overdue,
    decimal? FollowUpCompliancePercent,
    decimal? MedianFollowUpHours,
    int Accepted,
    int Rejected,
    decimal? AcceptancePercent,
    IReadOnlyList<(RejectionReason Reason, int Count)> TopRejectionReasons)
{
    public bool MarketingMet => Delivered >= Math.Floor(Committed);

    public bool SalesMet => FollowedUpLate == 0 && Overdue == 0;
}
