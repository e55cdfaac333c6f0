using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Measurements;

public class MetricCalculatorTests
{
    private static readonly DateRange November = Range(D(2025, 11, 1), D(2025, 11, 30));

    [Fact]
    public void ValueFor_SumOfMonthlyImportThroughWeeklyWindow_IsProratedByDays()
    {
        // 300 MQLs imported for November (30 days), read for the week 3–9 Nov: 300 × 7/30 = 70.
        Measurement[] data = [Measure(MetricKey.Mql, 300m, D(2025, 11, 1), D(2025, 11, 30))];

        Assert.Equal(70m, MetricCalculator.ValueFor(MetricKey.Mql, Range(D(2025, 11, 3), D(2025, 11, 9)), data));
    }

    [Fact]
    public void ValueFor_SumOfWeeksInMonth_AddsWholeWeeksAndShareOfPartialWeek()
    {
        // 40 + 50 for the two weeks inside November, plus 2 of the 7 days of the week 27 Oct–2 Nov: 35 × 2/7 = 10.
        // 40 + 50 + 10 = 100; the SQLs in the same week are another metric and do not count.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 35m, D(2025, 10, 27), D(2025, 11, 2)),
            Measure(MetricKey.Mql, 40m, D(2025, 11, 3), D(2025, 11, 9)),
            Measure(MetricKey.Mql, 50m, D(2025, 11, 10), D(2025, 11, 16)),
            Measure(MetricKey.Sql, 999m, D(2025, 11, 10), D(2025, 11, 16)),
        ];

        Assert.Equal(100m, MetricCalculator.ValueFor(MetricKey.Mql, November, data));
    }

    [Fact]
    public void ValueFor_NothingMeasuredInWindow_IsNullNotZero()
    {
        Measurement[] data = [Measure(MetricKey.Mql, 40m, D(2025, 10, 6), D(2025, 10, 12))];

        Assert.Null(MetricCalculator.ValueFor(MetricKey.Mql, November, data));
        Assert.Null(MetricCalculator.ValueFor(MetricKey.Mql, November, []));
    }

    [Fact]
    public void ValueFor_ZeroMeasured_IsZeroNotNull()
    {
        Measurement[] data = [Measure(MetricKey.Mql, 0m, D(2025, 11, 1), D(2025, 11, 30))];

        Assert.Equal(0m, MetricCalculator.ValueFor(MetricKey.Mql, November, data));
    }

    [Fact]
    public void ValueFor_TotalAndSlicesForSamePeriod_CountsTheTotalOnly()
    {
        // Total 120 and campaign slices 70 + 60 = 130 for the same month: the total wins, nothing counted twice.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 120m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Mql, 70m, D(2025, 11, 1), D(2025, 11, 30), new Breakdown(Campaign: "Webinar")),
            Measure(MetricKey.Mql, 60m, D(2025, 11, 1), D(2025, 11, 30), new Breakdown(Campaign: "Ebook")),
        ];

        Assert.Equal(120m, MetricCalculator.ValueFor(MetricKey.Mql, November, data));
    }

    [Fact]
    public void ValueFor_SlicesWithoutTotal_AreSummed()
    {
        // Only campaign slices: 70 + 60 = 130.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 70m, D(2025, 11, 1), D(2025, 11, 30), new Breakdown(Campaign: "Webinar")),
            Measure(MetricKey.Mql, 60m, D(2025, 11, 1), D(2025, 11, 30), new Breakdown(Campaign: "Ebook")),
        ];

        Assert.Equal(130m, MetricCalculator.ValueFor(MetricKey.Mql, November, data));
    }

    [Fact]
    public void ValueFor_SlicesInOneMonthAndTotalInNext_CountsBoth()
    {
        // October was imported by campaign (70 + 60 = 130, no total); November was checked in as a total (120).
        // Slices are summed where no total exists, so October still counts: 130 + 120 = 250.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 70m, D(2025, 10, 1), D(2025, 10, 31), new Breakdown(Campaign: "Webinar")),
            Measure(MetricKey.Mql, 60m, D(2025, 10, 1), D(2025, 10, 31), new Breakdown(Campaign: "Ebook")),
            Measure(MetricKey.Mql, 120m, D(2025, 11, 1), D(2025, 11, 30)),
        ];

        Assert.Equal(250m, MetricCalculator.ValueFor(MetricKey.Mql, Range(D(2025, 10, 1), D(2025, 11, 30)), data));
    }

    [Fact]
    public void ValueFor_SlicedMonthPartlyCoveredByWeeklyTotal_CountsSliceOnlyForUncoveredDays()
    {
        // October slices 62 + 31 = 93 (3 a day over 31 days). A weekly total of 14 covers 27 Oct–2 Nov.
        // For October: slices for the 26 uncovered days, 93 × 26/31 = 78, plus the total's 5 October days, 14 × 5/7 = 10.
        // 78 + 10 = 88: the five shared days are counted once, from the total.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 62m, D(2025, 10, 1), D(2025, 10, 31), new Breakdown(Channel: "LinkedIn")),
            Measure(MetricKey.Mql, 31m, D(2025, 10, 1), D(2025, 10, 31), new Breakdown(Channel: "Google")),
            Measure(MetricKey.Mql, 14m, D(2025, 10, 27), D(2025, 11, 2)),
        ];

        Assert.Equal(88m, MetricCalculator.ValueFor(MetricKey.Mql, Range(D(2025, 10, 1), D(2025, 10, 31)), data)!.Value, 10);
    }

    [Fact]
    public void ValueFor_Latest_TakesTheMostRecentReading()
    {
        // Retention read at the end of October (82%) and of November (84%): the level now is 84%.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 84m, D(2025, 11, 30)),
            Measure(MetricKey.Retention, 82m, D(2025, 10, 31)),
        ];

        Assert.Equal(84m, MetricCalculator.ValueFor(MetricKey.Retention, Range(D(2025, 10, 1), D(2025, 11, 30)), data));
        Assert.Equal(82m, MetricCalculator.ValueFor(MetricKey.Retention, Range(D(2025, 10, 1), D(2025, 11, 29)), data));
    }

    [Fact]
    public void ValueFor_LatestTwoReadingsSameDay_TakesTheOneRecordedLast()
    {
        // A correction later in the day replaces the first figure; it is not averaged with it.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 91m, D(2025, 11, 30), new DateTimeOffset(2025, 11, 30, 17, 0, 0, TimeSpan.Zero)),
            Measure(MetricKey.Retention, 19m, D(2025, 11, 30), new DateTimeOffset(2025, 11, 30, 9, 0, 0, TimeSpan.Zero)),
        ];

        Assert.Equal(91m, MetricCalculator.ValueFor(MetricKey.Retention, November, data));
    }

    [Fact]
    public void ValueFor_LatestReadingForPeriodStillRunning_IsTheLevelSoFar()
    {
        // Retention imported for February as a whole (85%), read on 19 Feb: February's figure, not January's.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 82m, D(2025, 1, 1), D(2025, 1, 31)),
            Measure(MetricKey.Retention, 85m, D(2025, 2, 1), D(2025, 2, 28)),
        ];

        Assert.Equal(85m, MetricCalculator.ValueFor(MetricKey.Retention, Range(D(2025, 1, 1), D(2025, 2, 19)), data));
        Assert.Equal(82m, MetricCalculator.ValueFor(MetricKey.Retention, Range(D(2025, 1, 1), D(2025, 1, 31)), data));
    }

    [Fact]
    public void ValueFor_Average_IsWeightedByDays()
    {
        // Follow-up time: 10 h over a 7-day week, 40 h over a 14-day fortnight.
        // (7 × 10 + 14 × 40) / 21 = 630 / 21 = 30 h, not the plain mean of 25 h.
        Measurement[] data =
        [
            Measure(MetricKey.FollowUpTime, 10m, D(2025, 11, 3), D(2025, 11, 9)),
            Measure(MetricKey.FollowUpTime, 40m, D(2025, 11, 10), D(2025, 11, 23)),
        ];

        Assert.Equal(30m, MetricCalculator.ValueFor(MetricKey.FollowUpTime, November, data));
    }

    [Fact]
    public void ValueFor_AverageThroughPartialWindow_WeighsOnlyOverlappingDays()
    {
        // Window 3–16 Nov: 7 days at 10 h and 7 of the fortnight's days at 40 h → (70 + 280) / 14 = 25 h.
        Measurement[] data =
        [
            Measure(MetricKey.FollowUpTime, 10m, D(2025, 11, 3), D(2025, 11, 9)),
            Measure(MetricKey.FollowUpTime, 40m, D(2025, 11, 10), D(2025, 11, 23)),
        ];

        Assert.Equal(25m, MetricCalculator.ValueFor(MetricKey.FollowUpTime, Range(D(2025, 11, 3), D(2025, 11, 16)), data));
    }

    [Fact]
    public void ValueFor_RatioFromInputs_DividesNumeratorByDenominator()
    {
        // Cost per lead = spend ÷ leads = 10,000 ÷ 125 = 80.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 125m, D(2025, 11, 1), D(2025, 11, 30)),
        ];

        Assert.Equal(80m, MetricCalculator.ValueFor(MetricKey.CostPerLead, November, data));
    }

    [Fact]
    public void ValueFor_PercentRatio_IsScaledToPercentagePoints()
    {
        // Conversion = deals won ÷ leads = 5 ÷ 200 = 0.025 → 2.5 (%).
        Measurement[] data =
        [
            Measure(MetricKey.DealsWon, 5m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 200m, D(2025, 11, 1), D(2025, 11, 30)),
        ];

        Assert.Equal(2.5m, MetricCalculator.ValueFor(MetricKey.ConversionRate, November, data));
    }

    [Fact]
    public void ValueFor_DirectlyReportedRatio_WinsOverInputs()
    {
        // Someone said "cost per lead this month: $85"; spend ÷ leads would give 80, but what they reported is used.
        Measurement[] data =
        [
            Measure(MetricKey.CostPerLead, 85m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 125m, D(2025, 11, 1), D(2025, 11, 30)),
        ];

        Assert.Equal(85m, MetricCalculator.ValueFor(MetricKey.CostPerLead, November, data));
    }

    [Fact]
    public void ValueFor_RatioWithZeroDenominator_IsNull()
    {
        // $10,000 spent and zero leads: cost per lead is undefined, not infinite and not zero.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 0m, D(2025, 11, 1), D(2025, 11, 30)),
        ];

        Assert.Null(MetricCalculator.ValueFor(MetricKey.CostPerLead, November, data));
    }

    [Fact]
    public void ValueFor_RatioWithMissingInput_IsNull()
    {
        Measurement[] data = [Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30))];

        Assert.Null(MetricCalculator.ValueFor(MetricKey.CostPerLead, November, data));
    }

    [Fact]
    public void LastCoveredDay_Sum_IsLatestPeriodEndClippedToLimit()
    {
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 40m, D(2025, 11, 3), D(2025, 11, 9)),
            Measure(MetricKey.Mql, 300m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Mql, 50m, D(2025, 12, 1), D(2025, 12, 7)),
        ];

        // The December week starts after the limit and is ignored; November is covered up to the limit.
        Assert.Equal(D(2025, 11, 20), MetricCalculator.LastCoveredDay(MetricKey.Mql, data, D(2025, 11, 20)));
        Assert.Equal(D(2025, 12, 7), MetricCalculator.LastCoveredDay(MetricKey.Mql, data, D(2025, 12, 31)));
        Assert.Null(MetricCalculator.LastCoveredDay(MetricKey.Sql, data, D(2025, 12, 31)));
    }

    [Fact]
    public void LastCoveredDay_RatioFromInputs_IsTheEarlierOfTheTwo()
    {
        // Spend is known to 30 Nov but leads only to 23 Nov: cost per lead is only known to 23 Nov.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 100m, D(2025, 11, 17), D(2025, 11, 23)),
        ];

        Assert.Equal(D(2025, 11, 23), MetricCalculator.LastCoveredDay(MetricKey.CostPerLead, data, D(2025, 12, 31)));
    }

    [Fact]
    public void LastCoveredDay_RatioWithOnlyOneInput_IsNull()
    {
        Measurement[] data = [Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30))];

        Assert.Null(MetricCalculator.LastCoveredDay(MetricKey.CostPerLead, data, D(2025, 12, 31)));
    }

    [Fact]
    public void LastCoveredDay_RatioReportedDirectlyLater_UsesTheDirectReport()
    {
        // Inputs cover to 23 Nov, a direct "cost per lead: $85" covers to 28 Nov.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Leads, 100m, D(2025, 11, 17), D(2025, 11, 23)),
            Measure(MetricKey.CostPerLead, 85m, D(2025, 11, 28)),
        ];

        Assert.Equal(D(2025, 11, 28), MetricCalculator.LastCoveredDay(MetricKey.CostPerLead, data, D(2025, 12, 31)));
    }

    [Fact]
    public void Series_WeeklyWindows_GivesValueOrNullPerWindow()
    {
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 40m, D(2025, 11, 3), D(2025, 11, 9)),
            Measure(MetricKey.Mql, 55m, D(2025, 11, 17), D(2025, 11, 23)),
        ];
        var weeks = Periods.CompletedBefore(D(2025, 11, 26), PeriodKind.Week, 3);

        Assert.Equal([40m, null, 55m], MetricCalculator.Series(MetricKey.Mql, weeks, data));
    }

    [Fact]
    public void Inputs_Ratio_IncludesItselfAndBothInputs()
    {
        Assert.Equal([MetricKey.CostPerLead, MetricKey.Spend, MetricKey.Leads], MetricCalculator.Inputs(MetricKey.CostPerLead));
        Assert.Equal([MetricKey.Mql], MetricCalculator.Inputs(MetricKey.Mql));
    }
}
