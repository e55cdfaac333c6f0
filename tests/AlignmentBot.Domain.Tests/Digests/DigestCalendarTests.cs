using AlignmentBot.Domain.Digests;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Digests;

public class DigestCalendarTests
{
    private const string NewYork = "America/New_York";
    private const string Berlin = "Europe/Berlin";
    private static readonly TimeSpan Grace = TimeSpan.FromHours(12);
    private static readonly HashSet<DateOnly> NoHolidays = [];

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DigestSchedule MondayNine(string zone = NewYork, int everyWeeks = 1, DateOnly? anchor = null, DayOfWeek weekStart = DayOfWeek.Monday)
        => new(DayOfWeek.Monday, new TimeOnly(9, 0), zone, everyWeeks, weekStart, anchor);

    [Fact]
    public void Next_WeekOfSpringForwardInNewYork_StaysAtNineLocal()
    {
        // US clocks jump on Sunday 8 Mar 2026: 09:00 is 14:00 UTC before and 13:00 UTC after.
        var schedule = MondayNine();

        var first = DigestCalendar.Next(schedule, Utc(2026, 3, 1, 0));
        var second = DigestCalendar.Next(schedule, first);

        Assert.Equal(Utc(2026, 3, 2, 14), first);
        Assert.Equal(Utc(2026, 3, 9, 13), second);
    }

    [Fact]
    public void Next_WeekOfFallBackInBerlin_StaysAtNineLocal()
    {
        // Europe leaves summer time on Sunday 25 Oct 2026: 09:00 is 07:00 UTC before and 08:00 UTC after.
        var schedule = MondayNine(Berlin);

        Assert.Equal(
            [Utc(2026, 10, 19, 7), Utc(2026, 10, 26, 8), Utc(2026, 11, 2, 8)],
            DigestCalendar.Between(schedule, Utc(2026, 10, 18, 0), Utc(2026, 11, 3, 0)));
    }

    [Fact]
    public void Next_EuropeAndAmericaChangeOnDifferentWeeks_EachFollowsItsOwnRules()
    {
        // Between 8 Mar (US) and 29 Mar (EU) New York is only 5 hours behind Berlin instead of 6.
        var berlin = DigestCalendar.Next(MondayNine(Berlin), Utc(2026, 3, 15, 0));
        var newYork = DigestCalendar.Next(MondayNine(), Utc(2026, 3, 15, 0));

        Assert.Equal(Utc(2026, 3, 16, 8), berlin);
        Assert.Equal(Utc(2026, 3, 16, 13), newYork);
        Assert.Equal(TimeSpan.FromHours(5), newYork - berlin);
    }

    [Fact]
    public void ToInstant_TimeInsideTheSpringForwardGap_FiresWhenTheClocksJump()
    {
        // 02:30 does not exist in New York on 8 Mar 2026; the clocks go from 02:00 EST to 03:00 EDT (07:00 UTC).
        var zone = DigestTimeZones.Get(NewYork);

        Assert.Equal(Utc(2026, 3, 8, 7), DigestCalendar.ToInstant(D(2026, 3, 8), new TimeOnly(2, 30), zone));
    }

    [Fact]
    public void ToInstant_TimeThatHappensTwiceOnFallBack_FiresTheFirstTime()
    {
        // 01:30 happens twice in New York on 1 Nov 2026: first at 05:30 UTC (EDT), then at 06:30 UTC (EST).
        var zone = DigestTimeZones.Get(NewYork);

        Assert.Equal(Utc(2026, 11, 1, 5, 30), DigestCalendar.ToInstant(D(2026, 11, 1), new TimeOnly(1, 30), zone));
    }

    [Fact]
    public void Between_EveryOtherMonday_SkipsTheWeeksBetween()
    {
        var schedule = MondayNine(Berlin, everyWeeks: 2, anchor: D(2026, 11, 30));

        var dates = DigestCalendar.Between(schedule, Utc(2026, 11, 20, 0), Utc(2027, 1, 1, 0)).Select(t => DigestCalendar.LocalDate(schedule, t));

        Assert.Equal([D(2026, 11, 30), D(2026, 12, 14), D(2026, 12, 28)], dates);
    }

    [Fact]
    public void Latest_EveryOtherMondayInItsOffWeek_IsTheMondayBefore()
    {
        var schedule = MondayNine(Berlin, everyWeeks: 2, anchor: D(2026, 11, 30));

        var latest = DigestCalendar.Latest(schedule, Utc(2026, 12, 9, 12));

        Assert.Equal(D(2026, 11, 30), DigestCalendar.LocalDate(schedule, latest));
    }

    [Fact]
    public void PeriodStart_EveryOtherWeek_IsTheFirstDayOfTheTwoWeekBlock()
    {
        var schedule = MondayNine(Berlin, everyWeeks: 2, anchor: D(2026, 11, 30));

        Assert.Equal(D(2026, 11, 30), DigestCalendar.PeriodStart(schedule, D(2026, 12, 9)));
        Assert.Equal(D(2026, 12, 14), DigestCalendar.PeriodStart(schedule, D(2026, 12, 14)));
        Assert.Equal("2026-11-30", DigestCalendar.PeriodKey(schedule, D(2026, 12, 13)));
    }

    [Fact]
    public void AnchorAtNext_EveryOtherMondaySaidOnAWednesday_StartsNextMonday()
    {
        var asked = Utc(2026, 11, 25, 15);
        var schedule = DigestCalendar.AnchorAtNext(MondayNine(Berlin, everyWeeks: 2), asked);

        var first = DigestCalendar.Next(schedule, asked);

        Assert.Equal(D(2026, 11, 30), DigestCalendar.LocalDate(schedule, first));
        Assert.Equal(D(2026, 12, 14), DigestCalendar.LocalDate(schedule, DigestCalendar.Next(schedule, first)));
    }

    [Fact]
    public void PeriodKey_MovedFromMondayToFridaySameWeek_IsTheSamePeriod()
    {
        var monday = MondayNine(Berlin);
        var friday = new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), Berlin);

        Assert.Equal(DigestCalendar.PeriodKey(monday, D(2026, 11, 23)), DigestCalendar.PeriodKey(friday, D(2026, 11, 27)));
    }

    [Fact]
    public void PeriodStart_WorkWeekStartingOnSunday_SundayToSaturday()
    {
        var schedule = new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(9, 0), "Asia/Jerusalem", weekStart: DayOfWeek.Sunday);

        Assert.Equal(D(2026, 11, 22), DigestCalendar.PeriodStart(schedule, D(2026, 11, 22)));
        Assert.Equal(D(2026, 11, 22), DigestCalendar.PeriodStart(schedule, D(2026, 11, 28)));
        Assert.Equal(D(2026, 11, 29), DigestCalendar.PeriodStart(schedule, D(2026, 11, 29)));
    }

    [Fact]
    public void Default_WorkWeekStartingOnSunday_IsSundayAtNine()
    {
        var schedule = DigestSchedule.Default("Asia/Jerusalem", DayOfWeek.Sunday);

        Assert.Equal(DayOfWeek.Sunday, schedule.Day);
        Assert.Equal(new TimeOnly(9, 0), schedule.Time);
        Assert.Equal(D(2026, 11, 29), DigestCalendar.LocalDate(schedule, DigestCalendar.Next(schedule, Utc(2026, 11, 23, 12))));
    }

    [Fact]
    public void Decide_FiredOnTime_Sends()
    {
        var decision = DigestCalendar.Decide(MondayNine(), Utc(2026, 1, 1, 0), Utc(2026, 3, 9, 13, 0), Grace, NoHolidays);

        Assert.Equal(DigestDecisionKind.Send, decision.Kind);
        Assert.Equal(Utc(2026, 3, 9, 13), decision.Occurrence);
        Assert.Equal(D(2026, 3, 9), decision.LocalDate);
        Assert.Equal("2026-03-09", decision.PeriodKey);
    }

    [Fact]
    public void Decide_MisfireInsideTheGracePeriod_StillSends()
    {
        // The bot came back at 20:59 UTC, 7 h 59 min after the 09:00 EDT digest was due.
        var decision = DigestCalendar.Decide(MondayNine(), Utc(2026, 1, 1, 0), Utc(2026, 3, 9, 20, 59), Grace, NoHolidays);

        Assert.Equal(DigestDecisionKind.Send, decision.Kind);
    }

    [Fact]
    public void Decide_MisfireOutsideTheGracePeriod_IsTooLate()
    {
        var decision = DigestCalendar.Decide(MondayNine(), Utc(2026, 1, 1, 0), Utc(2026, 3, 10, 1, 1), Grace, NoHolidays);

        Assert.Equal(DigestDecisionKind.TooLate, decision.Kind);
        Assert.Equal("2026-03-09", decision.PeriodKey);
    }

    [Fact]
    public void Decide_GracePeriodBoundary_ExactlyTwelveHoursStillSends()
    {
        Assert.Equal(DigestDecisionKind.Send, DigestCalendar.Decide(MondayNine(), Utc(2026, 1, 1, 0), Utc(2026, 3, 10, 1, 0), Grace, NoHolidays).Kind);
    }

    [Fact]
    public void Decide_CompanyHoliday_SkipsWithTheHolidayDate()
    {
        var decision = DigestCalendar.Decide(MondayNine(Berlin), Utc(2026, 1, 1, 0), Utc(2026, 12, 28, 8), Grace, new HashSet<DateOnly> { D(2026, 12, 28) });

        Assert.Equal(DigestDecisionKind.Holiday, decision.Kind);
        Assert.Equal(D(2026, 12, 28), decision.LocalDate);
    }

    [Fact]
    public void Decide_SubscribedAfterThisWeeksTime_NothingDueUntilNextWeek()
    {
        var subscribed = Utc(2026, 11, 23, 8, 30); // 09:30 in Berlin, half an hour after Monday's digest time

        var decision = DigestCalendar.Decide(MondayNine(Berlin), subscribed, Utc(2026, 11, 23, 9), Grace, NoHolidays);

        Assert.Equal(DigestDecisionKind.NotDue, decision.Kind);
    }

    [Fact]
    public void Constructor_ThreeWeeklyCadence_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), Berlin, everyWeeks: 3));
    }

    [Fact]
    public void Constructor_UnknownTimeZone_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "Mars/Olympus_Mons"));
    }

    [Fact]
    public void DigestPeriod_MondayDigest_ReportsOnTheWeekBeforeAndComparesWithTheOneBeforeThat()
    {
        var period = new DigestPeriod(D(2026, 11, 23));

        Assert.Equal(Range(D(2026, 11, 16), D(2026, 11, 22)), period.Window);
        Assert.Equal(Range(D(2026, 11, 9), D(2026, 11, 15)), period.PreviousWindow);
        Assert.Equal(D(2026, 11, 22), period.AsOf);
    }

    [Fact]
    public void DigestPeriod_FridayDigest_StillReportsOnTheLastCompleteWeek()
    {
        Assert.Equal(Range(D(2026, 11, 16), D(2026, 11, 22)), new DigestPeriod(D(2026, 11, 27)).Window);
    }

    [Fact]
    public void DigestPeriod_SundayWorkWeekEveryTwoWeeks_TwoCompleteSundayToSaturdayWeeks()
    {
        var period = new DigestPeriod(D(2026, 11, 22), weeks: 2, weekStart: DayOfWeek.Sunday);

        Assert.Equal(Range(D(2026, 11, 8), D(2026, 11, 21)), period.Window);
        Assert.Equal(Range(D(2026, 10, 25), D(2026, 11, 7)), period.PreviousWindow);
    }
}
