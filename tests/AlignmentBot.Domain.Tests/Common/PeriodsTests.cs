using AlignmentBot.Domain.Common;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Common;

public class PeriodsTests
{
    [Fact]
    public void Containing_WeekWithMondayStart_RunsMondayToSunday()
    {
        // Wednesday 5 Nov 2025 → Monday 3 Nov .. Sunday 9 Nov.
        var week = Periods.Containing(D(2025, 11, 5), PeriodKind.Week);

        Assert.Equal(Range(D(2025, 11, 3), D(2025, 11, 9)), week);
        Assert.Equal(7, week.Days);
    }

    [Fact]
    public void Containing_SundayWithMondayStart_IsTheLastDayOfItsWeek()
    {
        // Sunday 9 Nov belongs to the week that started on Monday 3 Nov, not the next one.
        Assert.Equal(Range(D(2025, 11, 3), D(2025, 11, 9)), Periods.Containing(D(2025, 11, 9), PeriodKind.Week));
    }

    [Fact]
    public void Containing_WeekWithSundayStart_RunsSundayToSaturday()
    {
        // US-style weeks: Wednesday 5 Nov → Sunday 2 Nov .. Saturday 8 Nov.
        var week = Periods.Containing(D(2025, 11, 5), PeriodKind.Week, DayOfWeek.Sunday);

        Assert.Equal(Range(D(2025, 11, 2), D(2025, 11, 8)), week);
    }

    [Fact]
    public void Containing_SundayWithSundayStart_StartsItsOwnWeek()
    {
        Assert.Equal(Range(D(2025, 11, 9), D(2025, 11, 15)), Periods.Containing(D(2025, 11, 9), PeriodKind.Week, DayOfWeek.Sunday));
    }

    [Fact]
    public void Containing_WeekAcrossNewYear_SpansBothYears()
    {
        // Wednesday 1 Jan 2025 → Monday 30 Dec 2024 .. Sunday 5 Jan 2025.
        Assert.Equal(Range(D(2024, 12, 30), D(2025, 1, 5)), Periods.Containing(D(2025, 1, 1), PeriodKind.Week));
    }

    [Fact]
    public void Containing_Month_IsFirstToLastDay()
    {
        Assert.Equal(Range(D(2025, 11, 1), D(2025, 11, 30)), Periods.Containing(D(2025, 11, 17), PeriodKind.Month));
        Assert.Equal(Range(D(2025, 12, 1), D(2025, 12, 31)), Periods.Containing(D(2025, 12, 31), PeriodKind.Month));
    }

    [Fact]
    public void Containing_FebruaryInLeapYear_Has29Days()
    {
        var february = Periods.Containing(D(2024, 2, 10), PeriodKind.Month);

        Assert.Equal(Range(D(2024, 2, 1), D(2024, 2, 29)), february);
        Assert.Equal(29, february.Days);
    }

    [Fact]
    public void Containing_FebruaryInCommonYear_Has28Days()
    {
        Assert.Equal(28, Periods.Containing(D(2025, 2, 10), PeriodKind.Month).Days);
    }

    [Theory]
    [InlineData(1, 1, 3, 31)]
    [InlineData(3, 1, 3, 31)]
    [InlineData(4, 4, 6, 30)]
    [InlineData(8, 7, 9, 30)]
    [InlineData(11, 10, 12, 31)]
    [InlineData(12, 10, 12, 31)]
    public void Containing_Quarter_IsCalendarQuarter(int month, int firstMonth, int lastMonth, int lastDay)
    {
        var quarter = Periods.Containing(D(2025, month, 15), PeriodKind.Quarter);

        Assert.Equal(Range(D(2025, firstMonth, 1), D(2025, lastMonth, lastDay)), quarter);
    }

    [Fact]
    public void Containing_FirstQuarterOfLeapYear_Has91Days()
    {
        // 31 Jan + 29 Feb + 31 Mar = 91 (90 in a common year).
        Assert.Equal(91, Periods.Containing(D(2024, 2, 29), PeriodKind.Quarter).Days);
        Assert.Equal(90, Periods.Containing(D(2025, 2, 28), PeriodKind.Quarter).Days);
    }

    [Fact]
    public void Containing_Year_IsCalendarYearWith366DaysInLeapYear()
    {
        var year = Periods.Containing(D(2024, 7, 4), PeriodKind.Year);

        Assert.Equal(Range(D(2024, 1, 1), D(2024, 12, 31)), year);
        Assert.Equal(366, year.Days);
        Assert.Equal(365, Periods.Containing(D(2025, 7, 4), PeriodKind.Year).Days);
    }

    [Fact]
    public void Previous_Week_IsTheSevenDaysBefore()
    {
        var week = Range(D(2025, 11, 3), D(2025, 11, 9));

        Assert.Equal(Range(D(2025, 10, 27), D(2025, 11, 2)), Periods.Previous(week, PeriodKind.Week));
    }

    [Fact]
    public void Previous_MarchInLeapYear_IsFebruaryWith29Days()
    {
        var march = Range(D(2024, 3, 1), D(2024, 3, 31));

        Assert.Equal(Range(D(2024, 2, 1), D(2024, 2, 29)), Periods.Previous(march, PeriodKind.Month));
    }

    [Fact]
    public void Previous_FirstQuarter_IsLastQuarterOfPreviousYear()
    {
        var q1 = Range(D(2025, 1, 1), D(2025, 3, 31));

        Assert.Equal(Range(D(2024, 10, 1), D(2024, 12, 31)), Periods.Previous(q1, PeriodKind.Quarter));
    }

    [Fact]
    public void CompletedBefore_Months_ExcludesCurrentMonthAndListsOldestFirst()
    {
        // Today is in November, which is not complete: the three before it are Aug, Sep, Oct.
        var months = Periods.CompletedBefore(D(2025, 11, 5), PeriodKind.Month, 3);

        Assert.Equal(
            [Range(D(2025, 8, 1), D(2025, 8, 31)), Range(D(2025, 9, 1), D(2025, 9, 30)), Range(D(2025, 10, 1), D(2025, 10, 31))],
            months);
    }

    [Fact]
    public void CompletedBefore_WeeksWithSundayStart_UsesSundayWeeks()
    {
        // Wednesday 5 Nov sits in the week Sun 2 .. Sat 8 Nov; the two before are 19–25 Oct and 26 Oct–1 Nov.
        var weeks = Periods.CompletedBefore(D(2025, 11, 5), PeriodKind.Week, 2, DayOfWeek.Sunday);

        Assert.Equal([Range(D(2025, 10, 19), D(2025, 10, 25)), Range(D(2025, 10, 26), D(2025, 11, 1))], weeks);
    }

    [Fact]
    public void CompletedBefore_QuartersAcrossYearEnd_ReachesBackIntoPreviousYear()
    {
        var quarters = Periods.CompletedBefore(D(2025, 2, 1), PeriodKind.Quarter, 2);

        Assert.Equal([Range(D(2024, 7, 1), D(2024, 9, 30)), Range(D(2024, 10, 1), D(2024, 12, 31))], quarters);
    }

    [Fact]
    public void ConvertRate_HundredPerQuarter_Is33Point3PerMonth()
    {
        // 100 a quarter × 4 quarters = 400 a year; ÷ 12 months = 33.33 a month.
        Assert.Equal(33.333m, Periods.ConvertRate(100m, PeriodKind.Quarter, PeriodKind.Month), 3);
    }

    [Fact]
    public void ConvertRate_MonthToYearAndWeekToMonth_UsesPeriodsPerYear()
    {
        // 150 a month × 12 = 1,800 a year; 10 a week × 52 / 12 = 43.33 a month.
        Assert.Equal(1_800m, Periods.ConvertRate(150m, PeriodKind.Month, PeriodKind.Year));
        Assert.Equal(43.333m, Periods.ConvertRate(10m, PeriodKind.Week, PeriodKind.Month), 3);
    }

    [Fact]
    public void Trailing_Month_IsThirtyDaysEndingOnTheDay()
    {
        // A rolling month is 30 days: 1 Nov .. 30 Nov when it ends on 30 Nov.
        Assert.Equal(Range(D(2025, 11, 1), D(2025, 11, 30)), Periods.Trailing(D(2025, 11, 30), PeriodKind.Month));
        Assert.Equal(7, Periods.Trailing(D(2025, 11, 30), PeriodKind.Week).Days);
    }

    [Theory]
    [InlineData("weekly", PeriodKind.Week)]
    [InlineData(" Month ", PeriodKind.Month)]
    [InlineData("quarterly", PeriodKind.Quarter)]
    [InlineData("annual", PeriodKind.Year)]
    public void TryParse_CommonWords_AreUnderstood(string text, PeriodKind expected)
    {
        Assert.True(Periods.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void TryParse_UnknownWord_IsRefused()
    {
        Assert.False(Periods.TryParse("fortnight", out _));
        Assert.False(Periods.TryParse(null, out _));
    }

    [Theory]
    [InlineData("2026-11-23", DayOfWeek.Monday, "2026-11-23")] // the day itself
    [InlineData("2026-11-23", DayOfWeek.Friday, "2026-11-27")]
    [InlineData("2026-11-27", DayOfWeek.Monday, "2026-11-30")] // across the weekend
    [InlineData("2026-12-29", DayOfWeek.Sunday, "2027-01-03")] // across the year
    public void OnOrAfter_IsTheFirstSuchDayFromTheDate(string from, DayOfWeek weekday, string expected)
        => Assert.Equal(DateOnly.Parse(expected), Periods.OnOrAfter(DateOnly.Parse(from), weekday));

    [Theory]
    [InlineData("2026-11-29", DayOfWeek.Monday, "2026-11-23")] // a Sunday belongs to the week before
    [InlineData("2026-11-23", DayOfWeek.Monday, "2026-11-23")]
    [InlineData("2026-11-28", DayOfWeek.Sunday, "2026-11-22")]
    public void WeekStart_IsTheFirstDayOfItsWeek(string day, DayOfWeek weekStart, string expected)
        => Assert.Equal(DateOnly.Parse(expected), Periods.WeekStart(DateOnly.Parse(day), weekStart));
}
