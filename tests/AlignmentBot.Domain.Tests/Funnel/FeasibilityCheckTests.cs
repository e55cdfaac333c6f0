using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;

namespace AlignmentBot.Domain.Tests.Funnel;

public class FeasibilityCheckTests
{
    // Average 100, best 110: achievable up to 100 × 1.10 = 110; stretch up to max(100 × 1.5, 110 × 1.2) = max(150, 132) = 150.
    private static readonly RunRate Steady = new([90m, 100m, 110m]);

    // Average 60, best 100: achievable up to 66; stretch up to max(60 × 1.5, 100 × 1.2) = max(90, 120) = 120.
    private static readonly RunRate Spiky = new([40m, 40m, 100m]);

    private static FeasibilityAssessment Assess(decimal required, RunRate runRate) => FeasibilityCheck.Assess(required, runRate, "SQLs", PeriodKind.Month);

    [Theory]
    [InlineData(100, Feasibility.Achievable)]
    [InlineData(110, Feasibility.Achievable)] // exactly 1.10 × average
    [InlineData(111, Feasibility.Stretch)]
    [InlineData(150, Feasibility.Stretch)]    // exactly 1.5 × average
    [InlineData(151, Feasibility.Unrealistic)]
    public void Assess_SteadyHistory_BoundariesFollowAverage(int required, Feasibility expected)
    {
        Assert.Equal(expected, Assess(required, Steady).Verdict);
    }

    [Theory]
    [InlineData(66, Feasibility.Achievable)]  // 1.10 × 60
    [InlineData(67, Feasibility.Stretch)]
    [InlineData(120, Feasibility.Stretch)]    // 1.2 × best beats 1.5 × average (90)
    [InlineData(121, Feasibility.Unrealistic)]
    public void Assess_SpikyHistory_StretchBoundFollowsBestPeriod(int required, Feasibility expected)
    {
        Assert.Equal(expected, Assess(required, Spiky).Verdict);
    }

    [Fact]
    public void Assess_Achievable_ExplainsHistoryAndSuggestsNothing()
    {
        var result = Assess(110m, Steady);

        Assert.Null(result.SuggestedTarget);
        Assert.Equal(1.1m, result.RatioToAverage);
        Assert.Equal(1m, result.RatioToBest);
        Assert.Equal("110 SQLs a month is achievable: your 3-month average is 100 and your best month was 110.", result.Explanation);
    }

    [Fact]
    public void Assess_Stretch_SuggestsTenPercentOverAverage()
    {
        // 120 / 100 = 1.2× the average; a safe commitment is 100 × 1.10 = 110.
        var result = Assess(120m, Steady);

        Assert.Equal(Feasibility.Stretch, result.Verdict);
        Assert.Equal(110m, result.SuggestedTarget);
        Assert.Equal(
            "120 SQLs a month is a stretch: it is 1.2× your average (your 3-month average is 100 and your best month was 110). "
            + "It needs a plan and budget behind it; 110 a month is a safe commitment.",
            result.Explanation);
    }

    [Fact]
    public void Assess_150SqlsWithBestMonth62Point5_IsUnrealisticAt2Point4TimesBest()
    {
        // History 37.5, 50, 62.5: average 50, best 62.5. 150 / 62.5 = 2.4× the best month, 150 / 50 = 3× the average.
        // Stretch would stop at max(75, 75) = 75. Suggested: 50 × 1.10 = 55 a month.
        var result = Assess(150m, new RunRate([37.5m, 50m, 62.5m]));

        Assert.Equal(Feasibility.Unrealistic, result.Verdict);
        Assert.Equal(2.4m, result.RatioToBest);
        Assert.Equal(3m, result.RatioToAverage);
        Assert.Equal(55m, result.SuggestedTarget);
        Assert.Equal(
            "150 SQLs a month needs 2.4× your best month (your 3-month average is 50 and your best month was 62.5). "
            + "That is unrealistic on the current run-rate; commit to 55 a month and grow from there.",
            result.Explanation);
    }

    [Fact]
    public void Assess_NoHistory_IsUnknown()
    {
        var result = Assess(150m, new RunRate([]));

        Assert.Equal(Feasibility.Unknown, result.Verdict);
        Assert.Null(result.SuggestedTarget);
        Assert.Equal("There is no history of SQLs yet, so 150 a month cannot be checked against a run-rate. Record a few months first.", result.Explanation);
    }

    [Fact]
    public void Assess_HistoryOfZeros_IsUnrealisticWithoutRatios()
    {
        var result = Assess(150m, new RunRate([0m, 0m, 0m]));

        Assert.Equal(Feasibility.Unrealistic, result.Verdict);
        Assert.Null(result.RatioToBest);
        Assert.Null(result.SuggestedTarget);
        Assert.Equal("150 SQLs a month is unrealistic for now: the last 3 months produced none. Find out why before committing to a number.", result.Explanation);
    }

    [Fact]
    public void Assess_NothingRequired_IsAchievable()
    {
        Assert.Equal(Feasibility.Achievable, Assess(0m, Steady).Verdict);
        Assert.Equal(Feasibility.Achievable, Assess(0m, new RunRate([0m, 0m])).Verdict);
    }
}
