using AlignmentBot.Domain.Scorecards;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Scorecards;

public class ScorecardTests
{
    private static Scorecard Card(params GoalProgress[] lines) => new(D(2025, 11, 30), lines);

    [Fact]
    public void Headline_NoGoals_SaysNothingWasAgreed()
    {
        Assert.Equal("No measurable goals have been agreed yet.", Card().Headline);
    }

    [Fact]
    public void Headline_AllOnTrackAndFresh_HasNoQualifiers()
    {
        Assert.Equal("2 of 2 goals on track.", Card(Line(Pace.OnTrack), Line(Pace.Achieved)).Headline);
    }

    [Fact]
    public void Headline_MixedCard_CountsEachGroup()
    {
        // On track: 2 on track + 1 achieved = 3 of 8. Off track: 1 off track + 1 missed = 2.
        // Without fresh data: the stale on-track line and the no-data line = 2. Not started lines are fresh.
        var card = Card(
            Line(Pace.OnTrack),
            Line(Pace.OnTrack, stale: true),
            Line(Pace.Achieved),
            Line(Pace.AtRisk),
            Line(Pace.OffTrack),
            Line(Pace.Missed),
            Line(Pace.NoData, stale: true),
            Line(Pace.NotStarted));

        Assert.Equal("3 of 8 goals on track, 1 at risk, 2 off track, 1 not started; 2 without fresh data.", card.Headline);
    }

    [Fact]
    public void WithoutFreshData_MixedLines_ListsStaleAndNoDataOnly()
    {
        var stale = Line(Pace.AtRisk, stale: true);
        var noData = Line(Pace.NoData);
        var card = Card(Line(Pace.OnTrack), stale, noData, Line(Pace.NotStarted));

        Assert.Equal([stale, noData], card.WithoutFreshData);
    }

    [Fact]
    public void Verdict_NoLines_IsNoGoals()
    {
        Assert.Equal(Verdict.NoGoals, Card().Verdict);
    }

    [Fact]
    public void Verdict_NothingJudged_IsNoData()
    {
        Assert.Equal(Verdict.NoData, Card(Line(Pace.NoData), Line(Pace.NotStarted)).Verdict);
    }

    [Fact]
    public void Verdict_EveryJudgedGoalOnTrackOrAchieved_IsWorking()
    {
        // Lines without data are left out of the verdict (the headline reports them).
        Assert.Equal(Verdict.Working, Card(Line(Pace.OnTrack), Line(Pace.Achieved), Line(Pace.NoData)).Verdict);
    }

    [Fact]
    public void Verdict_OneAtRisk_IsMixed()
    {
        Assert.Equal(Verdict.Mixed, Card(Line(Pace.OnTrack), Line(Pace.OnTrack), Line(Pace.AtRisk)).Verdict);
    }

    [Fact]
    public void Verdict_HalfOffTrack_IsMixed()
    {
        // 1 bad of 2 judged: 1 × 2 = 2 is not more than 2.
        Assert.Equal(Verdict.Mixed, Card(Line(Pace.OnTrack), Line(Pace.OffTrack)).Verdict);
    }

    [Fact]
    public void Verdict_MostOffTrackOrMissed_IsNotWorking()
    {
        // 2 bad of 3 judged: 2 × 2 = 4 > 3.
        Assert.Equal(Verdict.NotWorking, Card(Line(Pace.OnTrack), Line(Pace.OffTrack), Line(Pace.Missed)).Verdict);
    }

    [Fact]
    public void Count_GivenPace_CountsLinesWithThatPace()
    {
        var card = Card(Line(Pace.AtRisk), Line(Pace.AtRisk), Line(Pace.OnTrack));

        Assert.Equal(2, card.Count(Pace.AtRisk));
        Assert.Equal(0, card.Count(Pace.Missed));
    }
}
