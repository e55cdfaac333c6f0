using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Measurements;

/// <summary>Forms a metric's value for a window of days from raw measurements.</summary>
public static class MetricCalculator
{
    /// <summary>The metric's value over <paramref name="window"/>, or null when nothing was measured in it.</summary>
    public static decimal? ValueFor(MetricKey metric, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        var definition = MetricCatalog.Get(metric);
        return definition.Aggregation switch
        {
            Aggregation.Sum => Sum(metric, window, measurements),
            Aggregation.Latest => Latest(metric, window, measurements),
            Aggregation.Average => Average(metric, window, measurements),
            Aggregation.Ratio => Ratio(definition, window, measurements),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
        };
    }

    /// <summary>The value for each window, oldest first; null where a window has no data.</summary>
    public static IReadOnlyList<decimal?> Series(MetricKey metric, IReadOnlyList<DateRange> windows, IReadOnlyList<Measurement> measurements)
        => windows.Select(w => ValueFor(metric, w, measurements)).ToArray();

    /// <summary>
    /// The last day, on or before <paramref name="limit"/>, that the metric's data covers. For a ratio
    /// both inputs must be covered, so it is the earlier of the two (or of a direct measurement).
    /// </summary>
    public static DateOnly? LastCoveredDay(MetricKey metric, IReadOnlyList<Measurement> measurements, DateOnly limit)
    {
        var definition = MetricCatalog.Get(metric);
        var direct = LastDirect(metric, measurements, limit);
        if (!definition.IsRatio)
        {
            return direct;
        }

        var numerator = LastDirect(definition.Numerator!.Value, measurements, limit);
        var denominator = LastDirect(definition.Denominator!.Value, measurements, limit);
        DateOnly? computed = numerator is { } n && denominator is { } d ? (n < d ? n : d) : null;
        return (direct, computed) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a > b ? a : b,
        };
    }

    /// <summary>Metrics whose measurements feed <paramref name="metric"/>: itself and, for a ratio, its inputs.</summary>
    public static IReadOnlyList<MetricKey> Inputs(MetricKey metric)
    {
        var definition = MetricCatalog.Get(metric);
        return definition.IsRatio ? [metric, definition.Numerator!.Value, definition.Denominator!.Value] : [metric];
    }

    private static DateOnly? LastDirect(MetricKey metric, IReadOnlyList<Measurement> measurements, DateOnly limit)
    {
        DateOnly? last = null;
        foreach (var m in measurements)
        {
            if (m.Metric != metric || m.Period.Start > limit)
            {
                continue;
            }

            var end = m.Period.End > limit ? limit : m.Period.End;
            if (last is null || end > last)
            {
                last = end;
            }
        }

        return last;
    }

    // Totals and slices (by campaign, channel, product) can both be recorded for the same days.
    // Totals win so that nothing is counted twice; slices count only on the days no total covers,
    // so a month imported by campaign still counts when a later month was checked in as a total.
    // Days is how many of the measurement's days count toward the window.
    private static List<(Measurement Measurement, int Days)> Relevant(MetricKey metric, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        var totals = new List<Measurement>();
        var slices = new List<Measurement>();
        foreach (var m in measurements)
        {
            if (m.Metric == metric && m.Period.OverlapDays(window) > 0)
            {
                (m.Breakdown.IsEmpty ? totals : slices).Add(m);
            }
        }

        var hits = new List<(Measurement, int)>(totals.Count + slices.Count);
        foreach (var total in totals)
        {
            hits.Add((total, total.Period.OverlapDays(window)));
        }

        foreach (var slice in slices)
        {
            var days = totals.Count == 0 ? slice.Period.OverlapDays(window) : DaysWithoutTotal(slice.Period, window, totals);
            if (days > 0)
            {
                hits.Add((slice, days));
            }
        }

        return hits;
    }

    private static int DaysWithoutTotal(DateRange period, DateRange window, List<Measurement> totals)
    {
        var first = Math.Max(period.Start.DayNumber, window.Start.DayNumber);
        var last = Math.Min(period.End.DayNumber, window.End.DayNumber);
        var days = 0;
        for (var day = first; day <= last; day++)
        {
            var covered = false;
            foreach (var total in totals)
            {
                if (day >= total.Period.Start.DayNumber && day <= total.Period.End.DayNumber)
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                days++;
            }
        }

        return days;
    }

    private static decimal? Sum(MetricKey metric, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        var hits = Relevant(metric, window, measurements);
        if (hits.Count == 0)
        {
            return null;
        }

        // A monthly import read through a weekly window contributes its share of the days.
        decimal total = 0;
        foreach (var (m, days) in hits)
        {
            total += m.Value * days / m.Period.Days;
        }

        return total;
    }

    private static decimal? Latest(MetricKey metric, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        // A reading for a period still running at the window's end ("retention this month: 85%") is the
        // level so far, as LastCoveredDay already says; it counts as read on the window's last day.
        Measurement? latest = null;
        var latestEnd = DateOnly.MinValue;
        foreach (var (m, _) in Relevant(metric, window, measurements))
        {
            var end = m.Period.End > window.End ? window.End : m.Period.End;
            if (latest is null || end > latestEnd || (end == latestEnd && m.RecordedAt > latest.RecordedAt))
            {
                latest = m;
                latestEnd = end;
            }
        }

        return latest?.Value;
    }

    private static decimal? Average(MetricKey metric, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        decimal weighted = 0;
        decimal weights = 0;
        foreach (var (m, days) in Relevant(metric, window, measurements))
        {
            weighted += m.Value * days;
            weights += days;
        }

        return weights == 0 ? null : weighted / weights;
    }

    private static decimal? Ratio(MetricDefinition definition, DateRange window, IReadOnlyList<Measurement> measurements)
    {
        // A ratio someone reported directly ("cost per lead this month: $85") is what they meant.
        var direct = Average(definition.Key, window, measurements);
        if (direct is not null)
        {
            return direct;
        }

        var numerator = ValueFor(definition.Numerator!.Value, window, measurements);
        var denominator = ValueFor(definition.Denominator!.Value, window, measurements);
        if (numerator is null || denominator is null or 0)
        {
            return null;
        }

        var ratio = numerator.Value / denominator.Value;
        return definition.Unit == MetricUnit.Percent ? ratio * 100m : ratio;
    }
}
