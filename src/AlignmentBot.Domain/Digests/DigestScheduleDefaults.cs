namespace AlignmentBot.Domain.Digests;

/// <summary>
/// What a schedule phrase leaves out: the workspace's or the person's time zone, Monday (or the first day of
/// the work week) at 09:00, weekly. When changing an existing schedule, <see cref="From"/> keeps what the
/// person did not mention ("move our digest to 4pm" keeps the day).
/// </summary>
public sealed record DigestScheduleDefaults(string TimeZone, DayOfWeek WeekStart = DayOfWeek.Monday, DayOfWeek? Day = null, TimeOnly? Time = null, int EveryWeeks = 1)
{
    public DayOfWeek DefaultDay => Day ?? (WeekStart == DayOfWeek.Sunday ? DayOfWeek.Sunday : DayOfWeek.Monday);

    public TimeOnly DefaultTime => Time ?? new TimeOnly(9, 0);

    public static DigestScheduleDefaults From(DigestSchedule existing)
        => new(existing.TimeZone, existing.WeekStart, existing.Day, existing.Time, existing.EveryWeeks);
}
