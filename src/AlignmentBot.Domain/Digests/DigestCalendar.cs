using System.Globalization;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// When a <see cref="DigestSchedule"/> fires, computed without any scheduler so it can be tested and so the
/// digest job can tell which occurrence it is serving, whatever the scheduler says about late firings.
/// </summary>
/// <remarks>
/// Wall-clock times follow the zone's rules: 09:00 stays 09:00 across daylight saving. A time that does not
/// exist on a spring-forward day (02:30) fires at the moment the clocks jump; a time that happens twice on a
/// fall-back day (01:30) fires the first time. That is what Quartz's cron triggers do, so both agree.
/// </remarks>
public static class DigestCalendar
{
    /// <summary>Every-two-weeks parity when no anchor was chosen: weeks an even number of weeks from 1 Jan 2001 (a Monday).</summary>
    public static readonly DateOnly DefaultAnchor = new(2001, 1, 1);

    // Two weeks plus slack: the previous/next occurrence of a biweekly schedule is always inside this many days.
    private const int SearchDays = 16;

    public static DateOnly WeekStartOf(DateOnly day, DayOfWeek weekStart)
        => Common.Periods.WeekStart(day, weekStart);

    public static DateOnly LocalDate(DigestSchedule schedule, DateTimeOffset instant)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, DigestTimeZones.Get(schedule.TimeZone)).DateTime);

    /// <summary>Whether a digest is due in the week containing <paramref name="localDate"/> (always, for weekly schedules).</summary>
    public static bool IsOnCadence(DigestSchedule schedule, DateOnly localDate)
    {
        if (schedule.EveryWeeks == 1)
        {
            return true;
        }

        var weeks = (WeekStartOf(localDate, schedule.WeekStart).DayNumber - schedule.Anchor!.Value.DayNumber) / 7;
        return ((weeks % schedule.EveryWeeks) + schedule.EveryWeeks) % schedule.EveryWeeks == 0;
    }

    /// <summary>
    /// The first day of the period a digest on <paramref name="localDate"/> belongs to: its week, or its
    /// two-week block. Each subscription gets at most one digest per period, even when it is rescheduled.
    /// </summary>
    public static DateOnly PeriodStart(DigestSchedule schedule, DateOnly localDate)
    {
        var week = WeekStartOf(localDate, schedule.WeekStart);
        return IsOnCadence(schedule, week) ? week : week.AddDays(-7);
    }

    /// <summary>"2026-11-23": the stable key of <see cref="PeriodStart"/>, stored with each delivery.</summary>
    public static string PeriodKey(DigestSchedule schedule, DateOnly localDate)
        => PeriodStart(schedule, localDate).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant the wall-clock <paramref name="time"/> happens on <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return FirstInstantAtOrAfter(local, zone);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The digest's occurrence on <paramref name="localDate"/>, or null when none is due that day.</summary>
    public static DateTimeOffset? OccurrenceOn(DigestSchedule schedule, DateOnly localDate)
        => localDate.DayOfWeek == schedule.Day && IsOnCadence(schedule, localDate)
            ? ToInstant(localDate, schedule.Time, DigestTimeZones.Get(schedule.TimeZone))
            : null;

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(DigestSchedule schedule, DateTimeOffset after)
    {
        var start = LocalDate(schedule, after).AddDays(-1);
        for (var day = start; day <= start.AddDays(SearchDays); day = day.AddDays(1))
        {
            if (OccurrenceOn(schedule, day) is { } at && at > after)
            {
                return at;
            }
        }

        throw new InvalidOperationException($"No occurrence of {schedule} within {SearchDays} days after {after:O}.");
    }

    /// <summary>The last occurrence at or before <paramref name="atOrBefore"/>.</summary>
    public static DateTimeOffset Latest(DigestSchedule schedule, DateTimeOffset atOrBefore)
    {
        var start = LocalDate(schedule, atOrBefore).AddDays(1);
        for (var day = start; day >= start.AddDays(-SearchDays); day = day.AddDays(-1))
        {
            if (OccurrenceOn(schedule, day) is { } at && at <= atOrBefore)
            {
                return at;
            }
        }

        throw new InvalidOperationException($"No occurrence of {schedule} within {SearchDays} days before {atOrBefore:O}.");
    }

    /// <summary>Occurrences after <paramref name="fromExclusive"/> and before <paramref name="toExclusive"/>, oldest first.</summary>
    public static IEnumerable<DateTimeOffset> Between(DigestSchedule schedule, DateTimeOffset fromExclusive, DateTimeOffset toExclusive)
    {
        for (var at = Next(schedule, fromExclusive); at < toExclusive; at = Next(schedule, at))
        {
            yield return at;
        }
    }

    /// <summary>
    /// What a digest job woken at <paramref name="now"/> should do: the latest occurrence is the one it serves,
    /// however late the scheduler woke it. Occurrences before <paramref name="activeSince"/> (when the
    /// subscription was created or last rescheduled) are not owed.
    /// </summary>
    public static DigestDecision Decide(DigestSchedule schedule, DateTimeOffset activeSince, DateTimeOffset now, TimeSpan grace, IReadOnlySet<DateOnly> holidays)
    {
        var latest = Latest(schedule, now);
        if (latest < activeSince)
        {
            return DigestDecision.NotDue;
        }

        var local = LocalDate(schedule, latest);
        var key = PeriodKey(schedule, local);
        var kind = holidays.Contains(local) ? DigestDecisionKind.Holiday
            : now - latest > grace ? DigestDecisionKind.TooLate
            : DigestDecisionKind.Send;
        return new DigestDecision(kind, latest, local, key);
    }

    /// <summary>
    /// For an every-two-weeks schedule: the same schedule with its first digest at the next matching day and
    /// time after <paramref name="now"/>, so "every other Monday" said on a Wednesday starts next Monday.
    /// </summary>
    public static DigestSchedule AnchorAtNext(DigestSchedule schedule, DateTimeOffset now)
    {
        if (schedule.EveryWeeks == 1)
        {
            return schedule;
        }

        var weekly = new DigestSchedule(schedule.Day, schedule.Time, schedule.TimeZone, 1, schedule.WeekStart);
        return schedule.AnchoredAt(LocalDate(weekly, Next(weekly, now)));
    }

    private static DateTimeOffset FirstInstantAtOrAfter(DateTime local, TimeZoneInfo zone)
    {
        // Inside a spring-forward gap: binary-search the minute the clocks jumped (local time is monotonic here).
        var high = new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(-1))).ToUniversalTime();
        var low = high.AddHours(-4);
        while (high - low > TimeSpan.FromMinutes(1))
        {
            var mid = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTime(mid, zone).DateTime >= local)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        var minute = new DateTimeOffset(high.Year, high.Month, high.Day, high.Hour, high.Minute, 0, TimeSpan.Zero);
        return TimeZoneInfo.ConvertTime(minute, zone).DateTime >= local ? minute : minute.AddMinutes(1);
    }
}
