using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Leads;

public static class SlaCompliance
{
    /// <summary>How both sides kept the agreement for leads created in <paramref name="window"/>.</summary>
    public static SlaComplianceReport Evaluate(LeadSla sla, IReadOnlyList<Lead> leads, DateRange window, DateTimeOffset now)
    {
        var delivered = leads.Where(l => l.IsDelivered && window.Contains(DateOnly.FromDateTime(l.CreatedAt.UtcDateTime))).ToArray();
        var committed = sla.CommittedFor(window);
        decimal? deliveryPercent = committed == 0 ? null : 100m * delivered.Length / committed;

        var inTime = 0;
        var late = 0;
        var overdue = 0;
        var hours = new List<decimal>();
        foreach (var lead in delivered)
        {
            if (lead.FirstFollowUpAt is { } followUp)
            {
                var taken = (decimal)(followUp - lead.CreatedAt).TotalHours;
                hours.Add(taken);
                if (taken <= sla.FollowUpHours)
                {
                    inTime++;
                }
                else
                {
                    late++;
                }
            }
            else if ((decimal)(now - lead.CreatedAt).TotalHours > sla.FollowUpHours)
            {
                overdue++;
            }
        }

        var judged = inTime + late + overdue;
        decimal? followUpPercent = judged == 0 ? null : 100m * inTime / judged;
        var accepted = delivered.Count(l => l.Decision == LeadDecision.Accepted);
        var rejected = delivered.Count(l => l.Decision == LeadDecision.Rejected);
        decimal? acceptance = accepted + rejected == 0 ? null : 100m * accepted / (accepted + rejected);
        var reasons = TopReasons(delivered, 3);
        return new SlaComplianceReport(window, delivered.Length, committed, deliveryPercent, inTime, late, overdue, followUpPercent,
            Median(hours), accepted, rejected, acceptance, reasons);
    }

    public static IReadOnlyList<(RejectionReason Reason, int Count)> TopReasons(IEnumerable<Lead> leads, int take)
        => leads.Where(l => l.Decision == LeadDecision.Rejected)
            .GroupBy(l => l.RejectionReason ?? RejectionReason.Other)
            .Select(g => (Reason: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Reason)
            .Take(take).ToArray();

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
