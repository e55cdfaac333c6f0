using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Measurements;

/// <summary>
/// The one place a metric's number is worked out: the last day its data covers, the window a rate is read over, its
/// value now, its run-rate over recent periods, and whether its data is stale. The scorecard, the goal dialog's
/// baseline, check-in answers and digests all call these, so they never disagree about the same data.
/// </summary>
public static class MetricNumbers
{
    /// <summary>The last day, on or before <paramref name="limit"/>, that the metric's data covers (both inputs for a ratio).</summary>
    public static DateOnly? LastDataDay(MetricKey metric, IReadOnlyList<Measurement> measurements, DateOnly limit)
        => MetricCalculator.LastCoveredDay(metric, measurements, limit);

    /// <summary>Data is stale when its last day is more than two check-in periods old.</summary>
    public static int StaleAfterDays(Cadence cadence) => 2 * CadenceDays(cadence);

    public static int CadenceDays(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => 7,
        Cadence.Biweekly => 14,
        Cadence.Monthly => 30,
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null),
    };

    /// <summary>True when there is no data, or its last day is older than two check-in periods before <paramref name="today"/>.</summary>
    public static bool IsStale(DateOnly? lastDataDay, DateOnly today, Cadence cadence)
        => lastDataDay is not { } day || day < today.AddDays(-StaleAfterDays(cadence));

    /// <summary>
    /// One period's worth of days ending on <paramref name="end"/>: as long as the calendar period containing
    /// <paramref name="end"/>, so 100 MQLs in a 31-day December (as a monthly import reports it) is 100 a month.
    /// </summary>
    public static DateRange PeriodWindow(DateOnly end, PeriodKind per)
        => new(end.AddDays(1 - Periods.Containing(end, per).Days), end);

    /// <summary>A flow metric's total over the period's worth of days ending on <paramref name="asOf"/>.</summary>
    public static decimal? PerPeriod(MetricKey metric, PeriodKind per, IReadOnlyList<Measurement> measurements, DateOnly asOf)
        => MetricCalculator.ValueFor(metric, PeriodWindow(asOf, per), measurements);

    /// <summary>
    /// A level metric as of <paramref name="asOf"/>: the latest reading for a "latest" metric (retention), otherwise
    /// the value over the period's worth of days ending then (cost per lead over the last month).
    /// </summary>
    public static decimal? Level(MetricKey metric, PeriodKind? per, IReadOnlyList<Measurement> measurements, DateOnly asOf)
    {
        var window = MetricCatalog.Get(metric).Aggregation == Aggregation.Latest
            ? new DateRange(DateOnly.MinValue, asOf)
            : PeriodWindow(asOf, per ?? PeriodKind.Month);
        return MetricCalculator.ValueFor(metric, window, measurements);
    }

    /// <summary>The metric now (as of its last data day): the last period's total for a flow, the level otherwise.</summary>
    public static decimal? Current(MetricKey metric, PeriodKind? per, IReadOnlyList<Measurement> measurements, DateOnly today)
    {
        if (LastDataDay(metric, measurements, today) is not { } asOf)
        {
            return null;
        }

        return MetricCatalog.Get(metric).IsFlow
            ? PerPeriod(metric, per ?? PeriodKind.Month, measurements, asOf)
            : Level(metric, per, measurements, asOf);
    }

    /// <summary>
    /// What a metric produced per period recently: consecutive period windows ending on the last data day, oldest
    /// first, and only windows the data covers completely (a half-reported window would look like a bad month).
    /// </summary>
    public static RunRate RunRate(MetricKey metric, PeriodKind period, IReadOnlyList<Measurement> measurements, DateOnly today, int count = 4)
    {
        var inputs = MetricCalculator.Inputs(metric);
        var relevant = measurements.Where(m => inputs.Contains(m.Metric)).ToArray();
        if (relevant.Length == 0 || LastDataDay(metric, relevant, today) is not { } asOf)
        {
            return new RunRate([]);
        }

        var earliest = relevant.Min(m => m.Period.Start);
        var values = new List<decimal>();
        var end = asOf;
        for (var i = 0; i < count; i++)
        {
            var window = PeriodWindow(end, period);
            if (window.Start < earliest)
            {
                break;
            }

            if (MetricCalculator.ValueFor(metric, window, relevant) is { } value)
            {
                values.Add(value);
            }

            end = window.Start.AddDays(-1);
        }

        values.Reverse();
        return new RunRate(values);
    }
}
