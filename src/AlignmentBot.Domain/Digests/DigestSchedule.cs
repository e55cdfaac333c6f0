using System.Globalization;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// When a channel's digest is posted: a weekday and a wall-clock time in an IANA time zone, every week or
/// every two weeks. The time stays at 09:00 local across daylight-saving changes.
/// </summary>
/// <remarks>
/// <see cref="WeekStart"/> decides what "a week" is for the digest's reporting window and for the
/// at-most-once period (Sunday for companies whose work week starts on Sunday). For every-two-weeks
/// schedules <see cref="Anchor"/> is the first day of a week that has a digest; the weeks 14 days apart from it do too.
/// </remarks>
public sealed record DigestSchedule
{
    public DigestSchedule(DayOfWeek day, TimeOnly time, string timeZone, int everyWeeks = 1, DayOfWeek weekStart = DayOfWeek.Monday, DateOnly? anchor = null)
    {
        if (everyWeeks is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(everyWeeks), everyWeeks, "Digests are weekly or every two weeks.");
        }

        if (!DigestTimeZones.TryFind(timeZone, out _))
        {
            throw new ArgumentException($"'{timeZone}' is not a time zone this system knows (use an IANA id such as Europe/Berlin).", nameof(timeZone));
        }

        Day = day;
        Time = new TimeOnly(time.Hour, time.Minute);
        TimeZone = timeZone;
        EveryWeeks = everyWeeks;
        WeekStart = weekStart;
        Anchor = everyWeeks == 1 ? null : DigestCalendar.WeekStartOf(anchor ?? DigestCalendar.DefaultAnchor, weekStart);
    }

    public DayOfWeek Day { get; }

    public TimeOnly Time { get; }

    public string TimeZone { get; }

    public int EveryWeeks { get; }

    public DayOfWeek WeekStart { get; }

    public DateOnly? Anchor { get; }

    /// <summary>Monday 09:00 (Sunday 09:00 where the work week starts on Sunday), weekly.</summary>
    public static DigestSchedule Default(string timeZone, DayOfWeek weekStart = DayOfWeek.Monday)
        => new(weekStart == DayOfWeek.Sunday ? DayOfWeek.Sunday : DayOfWeek.Monday, new TimeOnly(9, 0), timeZone, 1, weekStart);

    /// <summary>The same schedule with its every-two-weeks parity starting in the week of <paramref name="firstWeekDay"/>.</summary>
    public DigestSchedule AnchoredAt(DateOnly firstWeekDay) => new(Day, Time, TimeZone, EveryWeeks, WeekStart, firstWeekDay);

    /// <summary>"every Monday at 09:00 (Europe/Berlin)", "every other Friday at 16:00 (America/New_York)".</summary>
    public string Describe()
        => $"{(EveryWeeks == 1 ? "every" : "every other")} {Day} at {Time.ToString("HH:mm", CultureInfo.InvariantCulture)} ({TimeZone})";

    public override string ToString() => Describe();
}
