using AlignmentBot.Domain.Digests;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Quartz;

/// <summary>
/// The digest job decides which occurrence it serves with <see cref="DigestCalendar"/>; Quartz decides when to
/// wake it. Both must agree on every occurrence, daylight-saving weeks included.
/// </summary>
public sealed class CronParityTests
{
    public static TheoryData<string, DayOfWeek, int, int> Schedules => new()
    {
        { "America/New_York", DayOfWeek.Monday, 9, 0 },
        { "America/New_York", DayOfWeek.Sunday, 2, 30 },   // inside the spring-forward gap once a year
        { "America/New_York", DayOfWeek.Sunday, 1, 30 },   // happens twice on the fall-back night
        { "Europe/Berlin", DayOfWeek.Sunday, 2, 30 },
        { "Europe/London", DayOfWeek.Friday, 16, 0 },
        { "Australia/Sydney", DayOfWeek.Sunday, 2, 15 },   // southern hemisphere, clocks change in April and October
        { "Asia/Jerusalem", DayOfWeek.Sunday, 9, 0 },
        { "Asia/Kolkata", DayOfWeek.Tuesday, 8, 30 },     // half-hour offset, no daylight saving
        { "America/Sao_Paulo", DayOfWeek.Monday, 0, 0 },
        { "UTC", DayOfWeek.Wednesday, 23, 59 },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Next_SixtyWeeksIncludingBothDaylightSavingChanges_SameInstantsAsQuartz(string zone, DayOfWeek day, int hour, int minute)
    {
        var schedule = new DigestSchedule(day, new TimeOnly(hour, minute), zone);
        var cron = new CronExpression(DigestCron.For(schedule), DigestTimeZones.Get(zone));
        var ours = new DateTimeOffset(2025, 12, 20, 0, 0, 0, TimeSpan.Zero);
        var theirs = ours;

        for (var week = 0; week < 60; week++)
        {
            ours = DigestCalendar.Next(schedule, ours);
            theirs = cron.GetNextValidTimeAfter(theirs)!.Value;
            Assert.Equal(theirs, ours);
        }
    }

    [Fact]
    public void For_MondayAtNineThirty_IsAWeeklyQuartzCron()
    {
        Assert.Equal("0 30 9 ? * MON", DigestCron.For(new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 30), "UTC")));
        Assert.True(CronExpression.TryParse(DigestCron.For(new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(0, 5), "UTC")), out _));
    }
}
