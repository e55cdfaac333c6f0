using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Scorecards;

/// <summary>Judges one goal's pace toward its deadline from its measurements.</summary>
public static class GoalEvaluator
{
    public static GoalProgress Evaluate(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly today, string currency = "USD")
    {
        if (today < goal.StartDate)
        {
            return new GoalProgress(goal, Pace.NotStarted, null, null, null, Trend.Unknown, false, null, $"Starts {Formatting.Date(goal.StartDate)}.");
        }

        var deadlinePassed = today > goal.Deadline;
        var limit = deadlinePassed ? goal.Deadline : today;
        var asOf = MetricNumbers.LastDataDay(goal.Metric, measurements, limit);
        var needsDataSinceStart = goal.Definition.IsFlow;
        if (asOf is { } before && needsDataSinceStart && before < goal.StartDate && !deadlinePassed && !MetricNumbers.IsStale(before, today, goal.Cadence))
        {
            return JustStarted(goal, measurements, before, today, currency);
        }

        if (asOf is null || (needsDataSinceStart && asOf < goal.StartDate))
        {
            var plural = goal.Definition.Plural;
            return new GoalProgress(goal, Pace.NoData, null, null, null, Trend.Unknown, !deadlinePassed, null,
                $"No {plural} recorded since {Formatting.Date(goal.StartDate)}.");
        }

        var day = asOf.Value;
        var stale = !deadlinePassed && MetricNumbers.IsStale(day, today, goal.Cadence);
        var trend = TrendOf(goal, measurements, day);
        var judged = goal.IsRate
            ? Rate(goal, measurements, day, currency)
            : goal.Definition.IsFlow ? Cumulative(goal, measurements, day, currency) : Level(goal, measurements, day, currency);

        var pace = deadlinePassed
            ? (judged.Met ? Pace.Achieved : Pace.Missed)
            : judged.Met ? Pace.OnTrack : PaceThresholds.FromShortfall(judged.Shortfall);
        var explanation = judged.Explanation + (stale ? $" Last data {Formatting.Date(day)}." : string.Empty);
        return new GoalProgress(goal, pace, judged.Current, judged.Expected, day, trend, stale, judged.PercentOfTarget, explanation);
    }

    // A goal set on a flow whose fresh data all ends before its start (set today on weekly data reported to last
    // Sunday): the data the goal was set from is where it stands, not "no data". A rate goal is judged on the same
    // period's worth of data the goal dialog took its baseline from; a total to accumulate has not begun to count.
    private static GoalProgress JustStarted(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf, DateOnly today, string currency)
    {
        var trend = TrendOf(goal, measurements, asOf);
        if (goal.IsRate)
        {
            var per = goal.Per!.Value;
            var rate = MetricNumbers.PerPeriod(goal.Metric, per, measurements, asOf) ?? 0m;
            var increase = goal.Direction == Direction.Increase;
            var met = increase ? rate >= goal.Target : rate <= goal.Target;
            var shortfall = goal.Target == 0 ? (met ? 0m : 1m) : (increase ? goal.Target - rate : rate - goal.Target) / goal.Target;
            decimal? percent = goal.Target == 0 ? null : increase ? rate / goal.Target * 100m : (rate == 0 ? 100m : goal.Target / rate * 100m);
            return new GoalProgress(goal, met ? Pace.OnTrack : PaceThresholds.FromShortfall(shortfall), rate, goal.Target, asOf, trend, false, percent,
                $"Started {Formatting.Date(goal.StartDate)}: {Fmt(goal, rate, currency)} in the {Periods.Noun(per)} to {Formatting.Date(asOf)} against {Fmt(goal, goal.Target, currency)} a {Periods.Noun(per)}.");
        }

        var lastPeriod = MetricNumbers.PerPeriod(goal.Metric, PeriodKind.Month, measurements, asOf);
        var before = lastPeriod is { } v ? $" Before it: {Fmt(goal, v, currency)} in the month to {Formatting.Date(asOf)}." : string.Empty;
        return new GoalProgress(goal, Pace.NotStarted, null, null, asOf, trend, false, null,
            $"Started {Formatting.Date(goal.StartDate)}; nothing counted toward it yet.{before}");
    }

    public static int StaleAfterDays(Cadence cadence) => MetricNumbers.StaleAfterDays(cadence);

    public static int CadenceDays(Cadence cadence) => MetricNumbers.CadenceDays(cadence);

    // "100 MQLs per quarter": judge the rate over the last period's worth of days that have data. A period's
    // worth is the length of the calendar period containing asOf, so 100 MQLs in a 31-day December (as a
    // monthly import reports it) is 100 a month, not 100 × 30/31.
    private static Judgement Rate(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf, string currency)
    {
        var per = goal.Per!.Value;
        var window = MetricNumbers.PeriodWindow(asOf, per);
        var periodDays = window.Days;
        if (window.Start < goal.StartDate)
        {
            window = new DateRange(goal.StartDate, asOf);
        }

        var fraction = (decimal)window.Days / periodDays;
        var total = MetricCalculator.ValueFor(goal.Metric, window, measurements) ?? 0m;
        var rate = total / fraction;
        var target = goal.Target;
        var increase = goal.Direction == Direction.Increase;
        var met = increase ? rate >= target : rate <= target;
        var shortfall = target == 0 ? (met ? 0m : 1m) : (increase ? target - rate : rate - target) / target;
        var noun = Periods.Noun(per);
        var explanation = window.Days >= periodDays
            ? $"{Fmt(goal, total, currency)} in the last {window.Days} days against {Fmt(goal, target, currency)} a {noun}."
            : $"{Fmt(goal, total, currency)} in {window.Days} days, a pace of {Fmt(goal, rate, currency)} a {noun} against {Fmt(goal, target, currency)}.";
        var percent = target == 0 ? (decimal?)null : increase ? rate / target * 100m : (rate == 0 ? 100m : target / rate * 100m);
        return new Judgement(rate, target, met, shortfall, percent, explanation);
    }

    // A total to accumulate by the deadline ("$2M pipeline by 30 June"), or a cap not to exceed.
    private static Judgement Cumulative(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf, string currency)
    {
        var window = new DateRange(goal.StartDate, asOf);
        var journey = new DateRange(goal.StartDate, goal.Deadline);
        var fraction = Math.Min(1m, (decimal)window.Days / journey.Days);
        var total = MetricCalculator.ValueFor(goal.Metric, window, measurements) ?? 0m;
        var target = goal.Target;
        var expected = target * fraction;
        if (goal.Direction == Direction.Increase)
        {
            var met = total >= target;
            var shortfall = target == 0 ? 0m : (expected - total) / target;
            return new Judgement(total, expected, met, shortfall, target == 0 ? null : total / target * 100m,
                met ? $"Target reached: {Fmt(goal, total, currency)} of {Fmt(goal, target, currency)}."
                    : $"{Fmt(goal, total, currency)} so far; {Fmt(goal, expected, currency)} expected by now for {Fmt(goal, target, currency)} by {Formatting.Date(goal.Deadline)}.");
        }

        // A cap: project the spend rate to the deadline.
        var projected = fraction == 0 ? total : total / fraction;
        var underCap = projected <= target;
        var over = target == 0 ? (underCap ? 0m : 1m) : (projected - target) / target;
        return new Judgement(total, expected, underCap && asOf >= goal.Deadline, underCap ? 0m : over, target == 0 ? null : total / target * 100m,
            $"{Fmt(goal, total, currency)} so far, heading for {Fmt(goal, projected, currency)} against a cap of {Fmt(goal, target, currency)}.");
    }

    // A level to reach by the deadline (retention 90%, cost per lead $90): expected moves linearly from baseline.
    private static Judgement Level(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf, string currency)
    {
        var current = CurrentLevel(goal, measurements, asOf) ?? 0m;
        var baseline = goal.Baseline ?? StartingLevel(goal, measurements) ?? current;
        var journey = new DateRange(goal.StartDate, goal.Deadline);
        var fraction = Math.Clamp((decimal)(asOf.DayNumber - goal.StartDate.DayNumber + 1) / journey.Days, 0m, 1m);
        var target = goal.Target;
        var expected = baseline + ((target - baseline) * fraction);
        var distance = Math.Abs(target - baseline);
        var scale = distance == 0 ? Math.Max(1m, Math.Abs(target)) : distance;
        var increase = goal.Direction == Direction.Increase;
        var met = increase ? current >= target : current <= target;
        var shortfall = (increase ? expected - current : current - expected) / scale;
        decimal? percent = distance == 0 ? (met ? 100m : 0m) : (current - baseline) / (target - baseline) * 100m;
        var explanation = met
            ? $"Target reached: {Fmt(goal, current, currency)} against {Fmt(goal, target, currency)}."
            : $"Now {Fmt(goal, current, currency)}; {Fmt(goal, expected, currency)} expected by now on the way from {Fmt(goal, baseline, currency)} to {Fmt(goal, target, currency)}.";
        return new Judgement(current, expected, met, shortfall, percent, explanation);
    }

    private static decimal? CurrentLevel(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf)
        => MetricNumbers.Level(goal.Metric, goal.Per, measurements, asOf);

    private static decimal? StartingLevel(Goal goal, IReadOnlyList<Measurement> measurements)
        => CurrentLevel(goal, measurements, goal.StartDate);

    private static Trend TrendOf(Goal goal, IReadOnlyList<Measurement> measurements, DateOnly asOf)
    {
        decimal? latest;
        decimal? previous;
        if (goal.Definition.Aggregation == Aggregation.Latest)
        {
            var points = measurements
                .Where(m => m.Metric == goal.Metric && m.Period.Start <= asOf && m.Breakdown.IsEmpty)
                .OrderByDescending(m => m.Period.End > asOf ? asOf : m.Period.End).ThenByDescending(m => m.RecordedAt)
                .Take(2).ToArray();
            latest = points.Length > 0 ? points[0].Value : null;
            previous = points.Length > 1 ? points[1].Value : null;
        }
        else
        {
            var days = CadenceDays(goal.Cadence);
            var last = new DateRange(asOf.AddDays(1 - days), asOf);
            latest = MetricCalculator.ValueFor(goal.Metric, last, measurements);
            previous = MetricCalculator.ValueFor(goal.Metric, last.ShiftDays(-days), measurements);
        }

        if (latest is null || previous is null)
        {
            return Trend.Unknown with { Latest = latest, Previous = previous };
        }

        decimal? change = previous == 0 ? null : (latest - previous) / Math.Abs(previous.Value) * 100m;
        var direction = latest == previous || (change is { } c && Math.Abs(c) < Trend.FlatBandPercent)
            ? TrendDirection.Flat
            : latest > previous ? TrendDirection.Up : TrendDirection.Down;
        bool? improvement = direction switch
        {
            TrendDirection.Up => goal.Direction == Direction.Increase,
            TrendDirection.Down => goal.Direction == Direction.Decrease,
            _ => null,
        };
        return new Trend(direction, previous, latest, change, improvement);
    }

    private static string Fmt(Goal goal, decimal value, string currency) => MetricFormat.Value(goal.Metric, value, goal.CurrencyOr(currency));

    private sealed record Judgement(decimal Current, decimal Expected, bool Met, decimal Shortfall, decimal? PercentOfTarget, string Explanation);
}
