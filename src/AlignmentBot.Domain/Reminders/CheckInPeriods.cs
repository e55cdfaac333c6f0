using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>Calendar arithmetic for check-in cadences. Two-week blocks count from a fixed Monday so every instance agrees.</summary>
public static class CheckInPeriods
{
    /// <summary>1 Jan 2001 was a Monday; two-week blocks start an even number of weeks after the week start nearest it.</summary>
    public static readonly DateOnly BiweeklyAnchor = new(2001, 1, 1);

    public static CheckInPeriod Containing(DateOnly day, Cadence cadence, DayOfWeek weekStart)
    {
        switch (cadence)
        {
            case Cadence.Weekly:
                return CheckInPeriod.Of(Periods.Containing(day, PeriodKind.Week, weekStart));
            case Cadence.Biweekly:
                var week = Periods.Containing(day, PeriodKind.Week, weekStart).Start;
                var anchor = Periods.Containing(BiweeklyAnchor, PeriodKind.Week, weekStart).Start;
                var weeks = (week.DayNumber - anchor.DayNumber) / 7;
                var start = ((weeks % 2) + 2) % 2 == 0 ? week : week.AddDays(-7);
                return CheckInPeriod.Of(new DateRange(start, start.AddDays(13)));
            case Cadence.Monthly:
                return CheckInPeriod.Of(Periods.Containing(day, PeriodKind.Month, weekStart));
            default:
                throw new ArgumentOutOfRangeException(nameof(cadence), cadence, null);
        }
    }

    public static CheckInPeriod Previous(CheckInPeriod period, Cadence cadence, DayOfWeek weekStart)
        => Containing(period.Range.Start.AddDays(-1), cadence, weekStart);

    /// <summary>The last period that ended before <paramref name="today"/>.</summary>
    public static CheckInPeriod LatestEnded(DateOnly today, Cadence cadence, DayOfWeek weekStart)
        => Previous(Containing(today, cadence, weekStart), cadence, weekStart);
}
