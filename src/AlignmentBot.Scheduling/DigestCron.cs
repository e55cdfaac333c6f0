using System.Globalization;
using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Scheduling;

/// <summary>
/// The Quartz cron expression for a schedule: its weekday and time, every week. Every-two-weeks schedules
/// fire weekly too and the job skips the off weeks, because cron cannot say "every other Monday"; the
/// parity lives in <see cref="DigestCalendar"/>, where it is tested.
/// </summary>
internal static class DigestCron
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string For(DigestSchedule schedule)
        => string.Create(CultureInfo.InvariantCulture, $"0 {schedule.Time.Minute} {schedule.Time.Hour} ? * {Days[(int)schedule.Day]}");
}
