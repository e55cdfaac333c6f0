using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Funnel;

public class FunnelRatesTests
{
    private static readonly DateRange Q3 = Range(D(2025, 7, 1), D(2025, 9, 30));

    private static Measurement InQ3(MetricKey metric, decimal value) => Measure(metric, value, Q3.Start, Q3.End);

    [Fact]
    public void Observed_FullHistory_ComputesEveryRateAndAssumesNothing()
    {
        // 1,000 leads → 400 MQLs (40%) → 120 SQLs (30%) → 60 opportunities (50%) → 15 won (25%); $450,000 / 15 = $30,000.
        Measurement[] data =
        [
            InQ3(MetricKey.Leads, 1_000m), InQ3(MetricKey.Mql, 400m), InQ3(MetricKey.Sql, 120m),
            InQ3(MetricKey.Opportunities, 60m), InQ3(MetricKey.DealsWon, 15m), InQ3(MetricKey.Revenue, 450_000m),
        ];

        var (rates, assumed) = FunnelRates.Observed(data, Q3, FunnelRates.TypicalB2B);

        Assert.Equal(new FunnelRates(0.3m, 0.5m, 0.25m, 30_000m, 0.4m), rates);
        Assert.Empty(assumed);
    }

    [Fact]
    public void Observed_MissingInputs_FallsBackAndSaysWhichRatesWereAssumed()
    {
        // Only MQLs (400) and SQLs (120) are known: MQL→SQL is observed (30%), everything else is the typical default.
        Measurement[] data = [InQ3(MetricKey.Mql, 400m), InQ3(MetricKey.Sql, 120m)];
        var fallback = new FunnelRates(0.2m, 0.4m, 0.2m, 10_000m, 0.5m);

        var (rates, assumed) = FunnelRates.Observed(data, Q3, fallback);

        Assert.Equal(new FunnelRates(0.3m, 0.4m, 0.2m, 10_000m, 0.5m), rates);
        Assert.Equal(["SQL→opportunity rate", "win rate", "average deal size", "lead→MQL rate"], assumed);
    }

    [Fact]
    public void Observed_ZeroDenominator_IsAssumedNotDividedByZero()
    {
        // No opportunities at all this quarter: the win rate cannot be observed.
        Measurement[] data = [InQ3(MetricKey.Opportunities, 0m), InQ3(MetricKey.DealsWon, 0m)];

        var (rates, assumed) = FunnelRates.Observed(data, Q3, FunnelRates.TypicalB2B);

        Assert.Equal(0.25m, rates.WinRate);
        Assert.Contains("win rate", assumed);
    }

    [Fact]
    public void Observed_FallbackWithoutLeadToMql_LeavesItOutAndDoesNotCallItAssumed()
    {
        var (rates, assumed) = FunnelRates.Observed([], Q3, FunnelRates.TypicalB2B with { LeadToMql = null });

        Assert.Null(rates.LeadToMql);
        Assert.Equal(["MQL→SQL rate", "SQL→opportunity rate", "win rate", "average deal size"], assumed);
    }

    [Fact]
    public void Observed_MeasurementsOutsideWindow_AreIgnored()
    {
        // June's SQLs and MQLs are not Q3's.
        Measurement[] data = [Measure(MetricKey.Mql, 400m, D(2025, 6, 1), D(2025, 6, 30)), Measure(MetricKey.Sql, 200m, D(2025, 6, 1), D(2025, 6, 30))];

        var (rates, assumed) = FunnelRates.Observed(data, Q3, FunnelRates.TypicalB2B);

        Assert.Equal(0.30m, rates.MqlToSql);
        Assert.Contains("MQL→SQL rate", assumed);
    }
}
