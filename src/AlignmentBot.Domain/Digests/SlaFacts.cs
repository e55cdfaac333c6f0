using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Domain.Digests;

/// <summary>The active lead agreement and how both sides kept it.</summary>
/// <param name="Delivered">
/// MQLs marketing delivered in the window: the funnel's MQL count when one was imported or checked in (what the
/// funnel section shows), otherwise the MQL-or-beyond leads on record.
/// </param>
/// <param name="Committed">MQLs the agreement asks for in the window.</param>
/// <param name="Waiting">Delivered leads nobody has followed up although the agreed hours have passed (recent ones).</param>
/// <param name="OldestWaitingSince">When the longest-waiting of them arrived.</param>
public sealed record SlaFacts(
    LeadSla Agreement,
    SlaComplianceReport Current,
    SlaComplianceReport Previous,
    decimal Delivered,
    decimal Committed,
    int Waiting,
    DateTimeOffset? OldestWaitingSince)
{
    public decimal? DeliveryPercent => Committed == 0 ? null : 100m * Delivered / Committed;
}
