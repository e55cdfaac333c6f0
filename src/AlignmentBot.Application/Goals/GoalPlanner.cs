using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Goals;

/// <summary>Runs the numbers behind a goal: where it starts, whether the run-rate supports it, and what a revenue goal asks of marketing.</summary>
public static class GoalPlanner
{
    public const int HistoryDays = 400;

    /// <summary>
    /// Per-period history of a metric. When the data is too short for whole periods (a quarter of weekly data and a
    /// yearly goal), it is estimated from shorter periods and scaled, and <paramref name="basis"/> says so.
    /// </summary>
    public static RunRate RunRate(MetricKey metric, PeriodKind period, IReadOnlyList<Measurement> measurements, DateOnly today, out string? basis)
    {
        basis = null;
        var direct = MetricNumbers.RunRate(metric, period, measurements, today);
        if (direct.HasData)
        {
            basis = $"your last {direct.History.Count} {Periods.Noun(period)}{(direct.History.Count == 1 ? string.Empty : "s")}";
            return direct;
        }

        foreach (var shorter in new[] { PeriodKind.Quarter, PeriodKind.Month, PeriodKind.Week }.Where(p => p < period))
        {
            var rate = MetricNumbers.RunRate(metric, shorter, measurements, today);
            if (rate.HasData)
            {
                var scale = Periods.PerYear(shorter) / Periods.PerYear(period);
                basis = $"your last {rate.History.Count} {Periods.Noun(shorter)}{(rate.History.Count == 1 ? string.Empty : "s")}, scaled to a {Periods.Noun(period)}";
                return new RunRate(rate.History.Select(v => v * scale).ToArray());
            }
        }

        return direct;
    }

    /// <summary>Where a goal starts: the average per period for a rate, the current level otherwise.</summary>
    public static (decimal? Value, string? Source) Baseline(MetricKey metric, string? period, IReadOnlyList<Measurement> measurements, DateOnly today)
    {
        var definition = MetricCatalog.Get(metric);
        if (definition.IsFlow)
        {
            if (!Periods.TryParse(period, out var kind))
            {
                return (null, null);
            }

            var rate = RunRate(metric, kind, measurements, today, out var basis);
            return rate.HasData ? (Math.Round(rate.Average, definition.Unit is MetricUnit.Money or MetricUnit.Count ? 0 : 1, MidpointRounding.AwayFromZero), $"average of {basis}") : (null, null);
        }

        var current = MetricNumbers.Current(metric, null, measurements, today);
        return current is { } value ? (Math.Round(value, 1), "latest recorded value") : (null, null);
    }

    /// <summary>A rate goal against what the metric has produced: achievable, stretch or unrealistic, with a realistic alternative.</summary>
    public static FeasibilityAssessment? Check(MetricKey metric, decimal target, PeriodKind period, IReadOnlyList<Measurement> measurements, DateOnly today)
    {
        var definition = MetricCatalog.Get(metric);
        if (!definition.IsFlow)
        {
            return null;
        }

        var rate = RunRate(metric, period, measurements, today, out _);
        return FeasibilityCheck.Assess(target, rate, definition.Plural, period);
    }

    /// <summary>The funnel's conversion rates and deal size over the last quarter of data, typical B2B values where none are recorded.</summary>
    public static (FunnelRates Rates, IReadOnlyList<string> Assumed) Rates(IReadOnlyList<Measurement> measurements, DateOnly today)
    {
        var last = MetricNumbers.LastDataDay(MetricKey.Mql, measurements, today) ?? today;
        var window = Periods.Trailing(last, PeriodKind.Quarter);
        return FunnelRates.Observed(measurements, window, FunnelRates.TypicalB2B);
    }

    /// <summary>
    /// Translates a yearly revenue target into MQLs per quarter ("revenue +10%" → "MQLs: 100 per quarter")
    /// with observed conversion rates where the workspace has them and typical B2B rates, named, where it does not.
    /// </summary>
    public static ChildGoalDraft? TranslateRevenue(decimal revenuePerYear, IReadOnlyList<Measurement> measurements, DateOnly today, string currency, out string? problem)
    {
        problem = null;
        var perQuarter = revenuePerYear / 4m;
        var (rates, assumed) = Rates(measurements, today);
        var result = ReverseFunnel.FromRevenue(perQuarter, rates);
        if (result.Requirement is not { } need)
        {
            problem = result.Problem;
            return null;
        }

        string Pct(decimal rate) => Formatting.Percent(rate * 100);
        var arithmetic =
            $"{Formatting.Money(perQuarter, currency)} a quarter ÷ {Formatting.Money(rates.AverageDealSize, currency)} average deal = {need.Deals} deals; " +
            $"÷ {Pct(rates.WinRate)} win rate = {need.Opportunities} opportunities; ÷ {Pct(rates.SqlToOpportunity)} SQL→opportunity = {need.Sqls} SQLs; " +
            $"÷ {Pct(rates.MqlToSql)} MQL→SQL = **{need.Mqls} MQLs a quarter**. " +
            (assumed.Count == 0 ? "Rates are from your last 90 days." : $"Rates are from your last 90 days, except typical B2B values for the {string.Join(", ", assumed)}, which you have not recorded yet.");

        var runRate = RunRate(MetricKey.Mql, PeriodKind.Quarter, measurements, today, out _);
        var assessment = FeasibilityCheck.Assess(need.Mqls, runRate, "MQLs", PeriodKind.Quarter);
        decimal? baseline = runRate.HasData ? Math.Round(runRate.Average, 0) : null;
        var feasibility = assessment.Explanation;
        if (assessment.SuggestedTarget is { } suggested && assessment.Verdict is Feasibility.Stretch or Feasibility.Unrealistic)
        {
            var supported = ReverseFunnel.RevenueFromMqls(suggested, rates) * 4m;
            feasibility += $" {Formatting.Number(suggested)} MQLs a quarter supports about {Formatting.Money(supported, currency)} of revenue a year at these rates.";
        }

        return new ChildGoalDraft("mql", need.Mqls, "quarter", baseline, arithmetic, feasibility,
            assessment.Verdict is Feasibility.Stretch or Feasibility.Unrealistic ? assessment.SuggestedTarget : null);
    }
}
