using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Scorecards;

public class GoalEvaluatorTests
{
    // Rate goal: 100 MQLs a month, 1 Sep – 31 Dec 2025, judged on 30 Nov over the trailing 30 days (1–30 Nov).
    private static readonly Goal MqlsPerMonth = Goal(MetricKey.Mql, 100m, D(2025, 9, 1), D(2025, 12, 31), per: PeriodKind.Month);

    // Cumulative goal: $2M pipeline between 1 Oct and 31 Dec 2025, a 92-day journey (31 + 30 + 31).
    private static readonly Goal Pipeline2M = Goal(MetricKey.Pipeline, 2_000_000m, D(2025, 10, 1), D(2025, 12, 31));

    // Level goals over a 100-day journey: 1 Jan – 10 Apr 2025 (31 + 28 + 31 + 10). 19 Feb is day 50, half way.
    private static readonly DateOnly LevelStart = D(2025, 1, 1);
    private static readonly DateOnly LevelDeadline = D(2025, 4, 10);
    private static readonly DateOnly HalfWay = D(2025, 2, 19);

    private static readonly Goal Retention80To90 = Goal(MetricKey.Retention, 90m, LevelStart, LevelDeadline, baseline: 80m, cadence: Cadence.Monthly);

    private static readonly Goal CostPerLead120To90 =
        Goal(MetricKey.CostPerLead, 90m, LevelStart, LevelDeadline, baseline: 120m, direction: Direction.Decrease, cadence: Cadence.Monthly);

    [Theory]
    [InlineData(120, Pace.OnTrack)] // above target
    [InlineData(100, Pace.OnTrack)] // exactly on target
    [InlineData(95, Pace.OnTrack)]  // (100 − 95) / 100 = 5% short: still on track
    [InlineData(94, Pace.AtRisk)]   // 6% short
    [InlineData(85, Pace.AtRisk)]   // 15% short: the last at-risk value
    [InlineData(84, Pace.OffTrack)] // 16% short
    public void Evaluate_RateGoal_PaceFollowsShortfallThresholds(int mqlsInNovember, Pace expected)
    {
        Measurement[] data = [Measure(MetricKey.Mql, mqlsInNovember, D(2025, 11, 1), D(2025, 11, 30))];

        var progress = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30));

        Assert.Equal(expected, progress.Pace);
        Assert.Equal(mqlsInNovember, progress.Current);
        Assert.Equal(100m, progress.Expected);
        Assert.Equal(mqlsInNovember, progress.PercentOfTarget);
    }

    [Fact]
    public void Evaluate_RateGoalFullPeriod_ExplainsTotalAgainstTarget()
    {
        Measurement[] data = [Measure(MetricKey.Mql, 95m, D(2025, 11, 1), D(2025, 11, 30))];

        var progress = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30));

        Assert.Equal("95 in the last 30 days against 100 a month.", progress.Explanation);
    }

    [Fact]
    public void Evaluate_RateGoalStartedTenDaysAgo_JudgesProratedRate()
    {
        // Goal starts 21 Nov; on 30 Nov it has run 10 days. 30 MQLs in 10 days = 30 / (10/30) = 90 a month: 10% short → at risk.
        // The 200 MQLs of 1–20 Nov came before the goal and do not count.
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 11, 21), D(2025, 12, 31), per: PeriodKind.Month);
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 200m, D(2025, 11, 1), D(2025, 11, 20)),
            Measure(MetricKey.Mql, 30m, D(2025, 11, 21), D(2025, 11, 30)),
        ];

        var progress = GoalEvaluator.Evaluate(goal, data, D(2025, 11, 30));

        Assert.Equal(Pace.AtRisk, progress.Pace);
        Assert.Equal(90m, progress.Current!.Value, 20);
        Assert.Equal("30 in 10 days, a pace of 90 a month against 100.", progress.Explanation);
    }

    [Fact]
    public void Evaluate_RateGoalWithDataUpToLastWeek_IsJudgedAsOfLastCoveredDay()
    {
        // 100 MQLs reported for the 30 days 25 Oct – 23 Nov; nothing yet for 24–30 Nov.
        // Judged as of 23 Nov the rate is 100 a month (on track). Judged over 1–30 Nov it would look like
        // 100 × 23/30 = 76.7 and be off track only because nobody has reported this week yet.
        Measurement[] data = [Measure(MetricKey.Mql, 100m, D(2025, 10, 25), D(2025, 11, 23))];

        var progress = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30));

        Assert.Equal(Pace.OnTrack, progress.Pace);
        Assert.Equal(D(2025, 11, 23), progress.AsOf);
        Assert.Equal(100m, progress.Current);
        Assert.False(progress.IsStale);
    }

    [Fact]
    public void Evaluate_RateGoalMetExactlyInEvery31DayMonth_IsAchieved()
    {
        // 100 MQLs a month, imported per calendar month: October 100, November 100, December 100. At the deadline
        // the last month is December, all 31 days of it: 100 a month, target met. A rolling 30-day window would
        // see only 100 × 30/31 = 96.8 of December and call a goal that was hit exactly "missed".
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 10, 1), D(2025, 12, 31), per: PeriodKind.Month);
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 100m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Mql, 100m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Mql, 100m, D(2025, 12, 1), D(2025, 12, 31)),
        ];

        var progress = GoalEvaluator.Evaluate(goal, data, D(2026, 1, 5));

        Assert.Equal(Pace.Achieved, progress.Pace);
        Assert.Equal(100m, progress.Current);
    }

    [Fact]
    public void Evaluate_QuarterlyRateGoalMetInA92DayQuarter_IsAchieved()
    {
        // 300 MQLs a quarter; Q4 (92 days) brought 100 + 100 + 100 = 300.
        var goal = Goal(MetricKey.Mql, 300m, D(2025, 10, 1), D(2025, 12, 31), per: PeriodKind.Quarter);
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 100m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Mql, 100m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Mql, 100m, D(2025, 12, 1), D(2025, 12, 31)),
        ];

        Assert.Equal(Pace.Achieved, GoalEvaluator.Evaluate(goal, data, D(2026, 1, 5)).Pace);
    }

    [Fact]
    public void Evaluate_RateGoalInFebruary_IsJudgedOnFebruaryAlone()
    {
        // 100 MQLs a month; January 310 (10 a day), February 100 over its 28 days. On 28 Feb the month is February:
        // 100 a month, on target. A 30-day window would add 2 January days (310 × 2/31 = 20) and report 120.
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 1, 1), D(2025, 6, 30), per: PeriodKind.Month);
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 310m, D(2025, 1, 1), D(2025, 1, 31)),
            Measure(MetricKey.Mql, 100m, D(2025, 2, 1), D(2025, 2, 28)),
        ];

        var progress = GoalEvaluator.Evaluate(goal, data, D(2025, 2, 28));

        Assert.Equal(100m, progress.Current);
        Assert.Equal("100 in the last 28 days against 100 a month.", progress.Explanation);
    }

    [Theory]
    [InlineData(400_000, Pace.OnTrack)]  // $1.0M of $1.0M expected: 0% short
    [InlineData(300_000, Pace.OnTrack)]  // $0.9M: $0.1M / $2M = 5% short
    [InlineData(290_000, Pace.AtRisk)]   // $0.89M: 5.5% short
    [InlineData(100_000, Pace.AtRisk)]   // $0.7M: 15% short
    [InlineData(80_000, Pace.OffTrack)]  // $0.68M: 16% short
    public void Evaluate_CumulativeGoalHalfWay_ComparesTotalWithLinearExpectation(int pipelineFirstHalfOfNovember, Pace expected)
    {
        // On 15 Nov, 46 of 92 days have passed: $2M × 46/92 = $1M expected. October brought $600k.
        Measurement[] data =
        [
            Measure(MetricKey.Pipeline, 600_000m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Pipeline, pipelineFirstHalfOfNovember, D(2025, 11, 1), D(2025, 11, 15)),
        ];

        var progress = GoalEvaluator.Evaluate(Pipeline2M, data, D(2025, 11, 15));

        Assert.Equal(expected, progress.Pace);
        Assert.Equal(600_000m + pipelineFirstHalfOfNovember, progress.Current);
        Assert.Equal(1_000_000m, progress.Expected);
    }

    [Fact]
    public void Evaluate_CumulativeGoalBehind_ExplainsWhatWasExpected()
    {
        // $800k so far against $1M expected: (1.0 − 0.8) / 2 = 10% short → at risk; 40% of the target.
        Measurement[] data =
        [
            Measure(MetricKey.Pipeline, 600_000m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Pipeline, 200_000m, D(2025, 11, 1), D(2025, 11, 15)),
        ];

        var progress = GoalEvaluator.Evaluate(Pipeline2M, data, D(2025, 11, 15));

        Assert.Equal(Pace.AtRisk, progress.Pace);
        Assert.Equal(40m, progress.PercentOfTarget);
        Assert.Equal("$800k so far; $1M expected by now for $2M by 31 Dec 2025.", progress.Explanation);
    }

    [Fact]
    public void Evaluate_CumulativeGoalReachedEarly_IsOnTrack()
    {
        Measurement[] data =
        [
            Measure(MetricKey.Pipeline, 600_000m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Pipeline, 1_500_000m, D(2025, 11, 1), D(2025, 11, 15)),
        ];

        var progress = GoalEvaluator.Evaluate(Pipeline2M, data, D(2025, 11, 15));

        Assert.Equal(Pace.OnTrack, progress.Pace);
        Assert.Equal("Target reached: $2.1M of $2M.", progress.Explanation);
    }

    [Theory]
    [InlineData(600_000, Pace.Achieved)] // 600k + 900k + 600k = $2.1M
    [InlineData(400_000, Pace.Missed)]   // $1.9M
    public void Evaluate_CumulativeGoalAfterDeadline_IsAchievedOrMissed(int pipelineInDecember, Pace expected)
    {
        // Judged on 1 Mar 2026, long after the deadline: the $500k in January came too late to count,
        // and old data is not "stale" for a goal that is over.
        Measurement[] data =
        [
            Measure(MetricKey.Pipeline, 600_000m, D(2025, 10, 1), D(2025, 10, 31)),
            Measure(MetricKey.Pipeline, 900_000m, D(2025, 11, 1), D(2025, 11, 30)),
            Measure(MetricKey.Pipeline, pipelineInDecember, D(2025, 12, 1), D(2025, 12, 31)),
            Measure(MetricKey.Pipeline, 500_000m, D(2026, 1, 1), D(2026, 1, 31)),
        ];

        var progress = GoalEvaluator.Evaluate(Pipeline2M, data, D(2026, 3, 1));

        Assert.Equal(expected, progress.Pace);
        Assert.Equal(1_500_000m + pipelineInDecember, progress.Current);
        Assert.Equal(D(2025, 12, 31), progress.AsOf);
        Assert.False(progress.IsStale);
    }

    [Theory]
    [InlineData(40_000, Pace.OnTrack)] // half way, heading for 40k / 0.5 = $80k, under the $90k cap
    [InlineData(50_000, Pace.AtRisk)]  // heading for $100k: (100 − 90) / 90 = 11% over
    [InlineData(60_000, Pace.OffTrack)] // heading for $120k: 33% over
    public void Evaluate_SpendCapHalfWay_ProjectsSpendToDeadline(int spendSoFar, Pace expected)
    {
        var cap = Goal(MetricKey.Spend, 90_000m, D(2025, 10, 1), D(2025, 12, 31), direction: Direction.Decrease);
        Measurement[] data = [Measure(MetricKey.Spend, spendSoFar, D(2025, 10, 1), D(2025, 11, 15))];

        Assert.Equal(expected, GoalEvaluator.Evaluate(cap, data, D(2025, 11, 15)).Pace);
    }

    [Theory]
    [InlineData(90, Pace.OnTrack)]    // target reached early
    [InlineData(85, Pace.OnTrack)]    // exactly on the linear path 80 → 90: 85 expected on day 50 of 100
    [InlineData(84.5, Pace.OnTrack)]  // 0.5 behind on a 10-point journey = 5%
    [InlineData(84, Pace.AtRisk)]     // 10%
    [InlineData(83.5, Pace.AtRisk)]   // 15%
    [InlineData(83, Pace.OffTrack)]   // 20%
    public void Evaluate_LevelGoalHalfWay_FollowsLinearPathFromBaseline(double retention, Pace expected)
    {
        Measurement[] data = [Measure(MetricKey.Retention, (decimal)retention, HalfWay)];

        var progress = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay);

        Assert.Equal(expected, progress.Pace);
        Assert.Equal(85m, progress.Expected);
        Assert.Equal((decimal)retention, progress.Current);
    }

    [Fact]
    public void Evaluate_LevelGoalBehind_ReportsProgressFromBaselineAndExplains()
    {
        // 84% is 4 of the 10 points from 80% to 90%: 40% of the way.
        Measurement[] data = [Measure(MetricKey.Retention, 84m, HalfWay)];

        var progress = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay);

        Assert.Equal(40m, progress.PercentOfTarget);
        Assert.Equal("Now 84%; 85% expected by now on the way from 80% to 90%.", progress.Explanation);
    }

    [Fact]
    public void Evaluate_LevelGoalWithoutBaseline_StartsFromLevelAtStart()
    {
        // No baseline given: the last reading on or before the start (80% on 31 Dec) is the starting point,
        // so the expectation half way is again 85% and 84% is at risk.
        var goal = Retention80To90 with { Baseline = null };
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 80m, D(2024, 12, 31)),
            Measure(MetricKey.Retention, 84m, HalfWay),
        ];

        var progress = GoalEvaluator.Evaluate(goal, data, HalfWay);

        Assert.Equal(85m, progress.Expected);
        Assert.Equal(Pace.AtRisk, progress.Pace);
    }

    [Fact]
    public void Evaluate_LevelGoal_IsJudgedAsOfLastCoveredDayNotToday()
    {
        // Last reading 84% on 9 Feb (day 40 of 100): expected then 80 + 10 × 0.4 = 84 → on track.
        // Judged on today's date (19 Feb, 85 expected) it would be wrongly at risk.
        Measurement[] data = [Measure(MetricKey.Retention, 84m, D(2025, 2, 9))];

        var progress = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay);

        Assert.Equal(D(2025, 2, 9), progress.AsOf);
        Assert.Equal(84m, progress.Expected);
        Assert.Equal(Pace.OnTrack, progress.Pace);
    }

    [Fact]
    public void Evaluate_LevelReportedForWholeCurrentMonth_UsesThatReading()
    {
        // Retention imported for February as a whole (1–28 Feb) and looked at on 19 Feb: the February figure
        // is the level now. It must not read as "Now 0%".
        Measurement[] data = [Measure(MetricKey.Retention, 85m, D(2025, 2, 1), D(2025, 2, 28))];

        var progress = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay);

        Assert.Equal(85m, progress.Current);
        Assert.Equal(Pace.OnTrack, progress.Pace);
    }

    [Theory]
    [InlineData(10_500, 105, Pace.OnTrack)]  // expected half way: 120 − 30 × 0.5 = 105
    [InlineData(8_500, 85, Pace.OnTrack)]    // already below the $90 target
    [InlineData(10_800, 108, Pace.AtRisk)]   // (108 − 105) / 30 = 10% behind
    [InlineData(12_000, 120, Pace.OffTrack)] // (120 − 105) / 30 = 50% behind
    public void Evaluate_CostPerLeadDecrease_ComparesSpendOverLeadsWithPath(int spend, int costPerLead, Pace expected)
    {
        // Spend and 100 leads over the trailing 30 days (21 Jan – 19 Feb): cost per lead = spend / 100.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, spend, D(2025, 1, 21), HalfWay),
            Measure(MetricKey.Leads, 100m, D(2025, 1, 21), HalfWay),
        ];

        var progress = GoalEvaluator.Evaluate(CostPerLead120To90, data, HalfWay);

        Assert.Equal(costPerLead, progress.Current);
        Assert.Equal(105m, progress.Expected);
        Assert.Equal(expected, progress.Pace);
    }

    [Fact]
    public void Evaluate_CostPerLeadDecreaseOnPath_ReportsShareOfWayFromBaseline()
    {
        // $105 is 15 of the 30 dollars from $120 down to $90: 50% of the way.
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_500m, D(2025, 1, 21), HalfWay),
            Measure(MetricKey.Leads, 100m, D(2025, 1, 21), HalfWay),
        ];

        var progress = GoalEvaluator.Evaluate(CostPerLead120To90, data, HalfWay);

        Assert.Equal(50m, progress.PercentOfTarget);
        Assert.Equal("Now $105; $105 expected by now on the way from $120 to $90.", progress.Explanation);
    }

    [Theory]
    [InlineData(91, Pace.Achieved)]
    [InlineData(90, Pace.Achieved)]
    [InlineData(88, Pace.Missed)]
    public void Evaluate_LevelGoalAfterDeadline_IsAchievedOrMissed(int retentionAtDeadline, Pace expected)
    {
        // A reading after the deadline (95% in May) does not rescue or spoil the goal.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, retentionAtDeadline, LevelDeadline),
            Measure(MetricKey.Retention, 95m, D(2025, 5, 15)),
        ];

        var progress = GoalEvaluator.Evaluate(Retention80To90, data, D(2025, 6, 1));

        Assert.Equal(expected, progress.Pace);
        Assert.Equal(LevelDeadline, progress.AsOf);
    }

    [Fact]
    public void Evaluate_NoMeasurements_IsNoDataAndNeedsFreshData()
    {
        var progress = GoalEvaluator.Evaluate(MqlsPerMonth, [], D(2025, 11, 30));

        Assert.Equal(Pace.NoData, progress.Pace);
        Assert.Null(progress.Current);
        Assert.Null(progress.AsOf);
        Assert.True(progress.IsStale);
        Assert.Equal("No MQLs recorded since 1 Sep 2025.", progress.Explanation);
    }

    [Fact]
    public void Evaluate_FlowMeasuredOnlyBeforeStart_IsNoData()
    {
        // August MQLs say nothing about a goal that started on 1 September.
        Measurement[] data = [Measure(MetricKey.Mql, 80m, D(2025, 8, 1), D(2025, 8, 31))];

        Assert.Equal(Pace.NoData, GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Pace);
    }

    [Fact]
    public void Evaluate_GoalStartingInFuture_IsNotStarted()
    {
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 12, 1), D(2026, 3, 31), per: PeriodKind.Month);
        Measurement[] data = [Measure(MetricKey.Mql, 80m, D(2025, 11, 1), D(2025, 11, 30))];

        var progress = GoalEvaluator.Evaluate(goal, data, D(2025, 11, 30));

        Assert.Equal(Pace.NotStarted, progress.Pace);
        Assert.False(progress.IsStale);
        Assert.Equal("Starts 1 Dec 2025.", progress.Explanation);
    }

    [Theory]
    [InlineData(Cadence.Weekly, 5, false)]   // 19 Feb − 14 days = 5 Feb: a reading on 5 Feb is just fresh
    [InlineData(Cadence.Weekly, 4, true)]    // 4 Feb is older than two weekly check-ins
    [InlineData(Cadence.Biweekly, 4, false)] // two fortnights = 28 days back to 22 Jan
    [InlineData(Cadence.Monthly, 4, false)]
    public void Evaluate_DataOlderThanTwoCadencePeriods_IsStale(Cadence cadence, int februaryDay, bool expectedStale)
    {
        var goal = Retention80To90 with { Cadence = cadence };
        Measurement[] data = [Measure(MetricKey.Retention, 84m, D(2025, 2, februaryDay))];

        var progress = GoalEvaluator.Evaluate(goal, data, HalfWay);

        Assert.Equal(expectedStale, progress.IsStale);
        Assert.Equal(expectedStale, progress.Explanation.EndsWith($" Last data {februaryDay} Feb 2025.", StringComparison.Ordinal));
    }

    [Fact]
    public void StaleAfterDays_EachCadence_IsTwoPeriods()
    {
        Assert.Equal(14, GoalEvaluator.StaleAfterDays(Cadence.Weekly));
        Assert.Equal(28, GoalEvaluator.StaleAfterDays(Cadence.Biweekly));
        Assert.Equal(60, GoalEvaluator.StaleAfterDays(Cadence.Monthly));
    }

    [Fact]
    public void Evaluate_MoreMqlsThisWeek_TrendIsUpAndAnImprovement()
    {
        // Weekly cadence: 24–30 Nov (25) against 17–23 Nov (20) = +25%.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 20m, D(2025, 11, 17), D(2025, 11, 23)),
            Measure(MetricKey.Mql, 25m, D(2025, 11, 24), D(2025, 11, 30)),
        ];

        var trend = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Trend;

        Assert.Equal(new Trend(TrendDirection.Up, 20m, 25m, 25m, true), trend);
    }

    [Fact]
    public void Evaluate_FewerMqlsThisWeek_TrendIsDownAndNotAnImprovement()
    {
        // 25 → 20 = −20%.
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 25m, D(2025, 11, 17), D(2025, 11, 23)),
            Measure(MetricKey.Mql, 20m, D(2025, 11, 24), D(2025, 11, 30)),
        ];

        var trend = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Trend;

        Assert.Equal(new Trend(TrendDirection.Down, 25m, 20m, -20m, false), trend);
    }

    [Theory]
    [InlineData(100, 90, TrendDirection.Down, true)]  // cost per lead falling is what a decrease goal wants
    [InlineData(100, 110, TrendDirection.Up, false)]
    public void Evaluate_DecreaseGoalTrend_DownIsTheImprovement(int previousWeek, int thisWeek, TrendDirection direction, bool improvement)
    {
        var goal = CostPerLead120To90 with { Cadence = Cadence.Weekly };
        Measurement[] data =
        [
            Measure(MetricKey.CostPerLead, previousWeek, D(2025, 2, 6), D(2025, 2, 12)),
            Measure(MetricKey.CostPerLead, thisWeek, D(2025, 2, 13), HalfWay),
        ];

        var trend = GoalEvaluator.Evaluate(goal, data, HalfWay).Trend;

        Assert.Equal(direction, trend.Direction);
        Assert.Equal(improvement, trend.IsImprovement);
    }

    [Theory]
    [InlineData(100, 101, TrendDirection.Flat)] // +1% is inside the 2% flat band
    [InlineData(100, 99, TrendDirection.Flat)]
    [InlineData(100, 102, TrendDirection.Up)]   // +2% is a move
    [InlineData(100, 100, TrendDirection.Flat)]
    public void Evaluate_SmallChange_TrendIsFlatWithNoImprovementClaim(int previousWeek, int thisWeek, TrendDirection expected)
    {
        Measurement[] data =
        [
            Measure(MetricKey.Mql, previousWeek, D(2025, 11, 17), D(2025, 11, 23)),
            Measure(MetricKey.Mql, thisWeek, D(2025, 11, 24), D(2025, 11, 30)),
        ];

        var trend = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Trend;

        Assert.Equal(expected, trend.Direction);
        Assert.Equal(expected == TrendDirection.Flat ? null : true, trend.IsImprovement);
    }

    [Fact]
    public void Evaluate_PreviousWeekZero_TrendIsUpWithoutPercent()
    {
        Measurement[] data =
        [
            Measure(MetricKey.Mql, 0m, D(2025, 11, 17), D(2025, 11, 23)),
            Measure(MetricKey.Mql, 10m, D(2025, 11, 24), D(2025, 11, 30)),
        ];

        var trend = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Trend;

        Assert.Equal(TrendDirection.Up, trend.Direction);
        Assert.Null(trend.ChangePercent);
    }

    [Fact]
    public void Evaluate_OnlyOneWeekOfData_TrendIsUnknown()
    {
        Measurement[] data = [Measure(MetricKey.Mql, 25m, D(2025, 11, 24), D(2025, 11, 30))];

        var trend = GoalEvaluator.Evaluate(MqlsPerMonth, data, D(2025, 11, 30)).Trend;

        Assert.Equal(TrendDirection.Unknown, trend.Direction);
        Assert.Equal(25m, trend.Latest);
        Assert.Null(trend.IsImprovement);
    }

    [Fact]
    public void Evaluate_LevelMetricTrend_ComparesLastTwoReadings()
    {
        // Retention 80% on 31 Jan, 84% on 19 Feb: up 5%.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 80m, D(2025, 1, 31)),
            Measure(MetricKey.Retention, 84m, HalfWay),
        ];

        var trend = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay).Trend;

        Assert.Equal(new Trend(TrendDirection.Up, 80m, 84m, 5m, true), trend);
    }

    [Fact]
    public void Evaluate_LevelMetricReportedMonthly_TrendIncludesTheRunningMonth()
    {
        // January 82%, February (still running on 19 Feb) 85%: up (85 − 82) / 82 = 3.7%, beyond the 2% flat band.
        Measurement[] data =
        [
            Measure(MetricKey.Retention, 82m, D(2025, 1, 1), D(2025, 1, 31)),
            Measure(MetricKey.Retention, 85m, D(2025, 2, 1), D(2025, 2, 28)),
        ];

        var trend = GoalEvaluator.Evaluate(Retention80To90, data, HalfWay).Trend;

        Assert.Equal(TrendDirection.Up, trend.Direction);
        Assert.Equal(82m, trend.Previous);
        Assert.Equal(85m, trend.Latest);
    }
}
