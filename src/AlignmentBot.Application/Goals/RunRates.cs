using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// What a metric produced per period recently: consecutive windows of one period's length ending on the last
/// reported day, oldest first, and only windows the data covers completely (a half-reported window would look
/// like a bad month).
/// </summary>
public static class RunRates
{
    public static RunRate For(MetricKey metric, PeriodKind period, IReadOnlyList<Measurement> measurements, DateOnly today, int count = 4)
    {
        var inputs = MetricCalculator.Inputs(metric);
        var relevant = measurements.Where(m => inputs.Contains(m.Metric)).ToArray();
        if (MetricCalculator.LastCoveredDay(metric, relevant, today) is not { } asOf || relevant.Length == 0)
        {
            return new RunRate([]);
        }

        var earliest = relevant.Min(m => m.Period.Start);
        var length = Periods.TypicalDays(period);
        var values = new List<decimal>();
        for (var i = 0; i < count; i++)
        {
            var end = asOf.AddDays(-i * length);
            var start = end.AddDays(1 - length);
            if (start < earliest)
            {
                break;
            }

            if (MetricCalculator.ValueFor(metric, new DateRange(start, end), relevant) is { } value)
            {
                values.Add(value);
            }
        }

        values.Reverse();
        return new RunRate(values);
    }

    /// <summary>The metric now: the last full period's value for counts, the latest level otherwise.</summary>
    public static decimal? Current(MetricKey metric, PeriodKind? period, IReadOnlyList<Measurement> measurements, DateOnly today)
    {
        var definition = MetricCatalog.Get(metric);
        if (definition.IsFlow)
        {
            var rate = For(metric, period ?? PeriodKind.Month, measurements, today, 1);
            return rate.HasData ? rate.Latest : null;
        }

        var asOf = MetricCalculator.LastCoveredDay(metric, measurements, today);
        if (asOf is null)
        {
            return null;
        }

        var window = definition.Aggregation == Aggregation.Latest ? new DateRange(DateOnly.MinValue, asOf.Value) : Periods.Trailing(asOf.Value, PeriodKind.Month);
        return MetricCalculator.ValueFor(metric, window, measurements);
    }
}
