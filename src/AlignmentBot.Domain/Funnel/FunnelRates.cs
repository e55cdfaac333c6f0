using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Funnel;

/// <summary>Stage conversion rates as fractions (0.25 = 25%) and the average deal size.</summary>
public sealed record FunnelRates(decimal MqlToSql, decimal SqlToOpportunity, decimal WinRate, decimal AverageDealSize, decimal? LeadToMql = null)
{
    /// <summary>Typical B2B defaults used only when a workspace has no history; every answer says so.</summary>
    public static FunnelRates TypicalB2B { get; } = new(0.30m, 0.50m, 0.25m, 25_000m, 0.40m);

    /// <summary>Rates observed over <paramref name="window"/>, each falling back to <paramref name="fallback"/> when its inputs are missing.</summary>
    public static (FunnelRates Rates, IReadOnlyList<string> Assumed) Observed(IReadOnlyList<Measurement> measurements, DateRange window, FunnelRates fallback)
    {
        var assumed = new List<string>();
        decimal? Sum(MetricKey k) => MetricCalculator.ValueFor(k, window, measurements);
        decimal Rate(MetricKey num, MetricKey den, decimal fb, string label)
        {
            var n = Sum(num);
            var d = Sum(den);
            if (n is null || d is null or 0)
            {
                assumed.Add(label);
                return fb;
            }

            return n.Value / d.Value;
        }

        var mqlToSql = Rate(MetricKey.Sql, MetricKey.Mql, fallback.MqlToSql, "MQL→SQL rate");
        var sqlToOpp = Rate(MetricKey.Opportunities, MetricKey.Sql, fallback.SqlToOpportunity, "SQL→opportunity rate");
        var win = Rate(MetricKey.DealsWon, MetricKey.Opportunities, fallback.WinRate, "win rate");
        var dealSize = Rate(MetricKey.Revenue, MetricKey.DealsWon, fallback.AverageDealSize, "average deal size");
        decimal? leadToMql = fallback.LeadToMql is { } l ? Rate(MetricKey.Mql, MetricKey.Leads, l, "lead→MQL rate") : null;
        return (new FunnelRates(mqlToSql, sqlToOpp, win, dealSize, leadToMql), assumed);
    }
}
