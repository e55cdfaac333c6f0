using AlignmentBot.Application.Scorecards;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;

namespace AlignmentBot.Application.Tests.Scorecards;

public sealed class ScorecardServiceTests : IAsyncLifetime
{
    private readonly StoreFixture _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    [Fact]
    public async Task Build_NoGoals_SaysNothingWasAgreed()
    {
        var view = await _fx.Scorecards.BuildAsync(StoreFixture.Workspace, default);

        Assert.Equal(Verdict.NoGoals, view.Scorecard.Verdict);
        Assert.Contains("No measurable goals", ScorecardTable.Render(view), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_TodayIsTheWorkspacesLocalDate_NotUtc()
    {
        await _fx.Workspaces.SaveAsync(new Workspace(StoreFixture.Workspace, Platform.Slack, "Acme", "America/Los_Angeles"), default);
        _fx.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 3, 0, 0, TimeSpan.Zero));

        var view = await _fx.Scorecards.BuildAsync(StoreFixture.Workspace, default);

        Assert.Equal(new DateOnly(2026, 11, 23), view.Scorecard.AsOf);
    }

    [Fact]
    public async Task Build_GoalWithWeeklyCheckIns_JudgesItFromStoredMeasurements()
    {
        var goal = TestData.Goal(StoreFixture.Workspace, MetricKey.Mql, target: 100, per: Domain.Common.PeriodKind.Month);
        await _fx.Goals.SaveAsync(StoreFixture.Workspace, [goal], default);
        var start = TestData.Today.AddDays(-28);
        for (var w = 0; w < 4; w++)
        {
            // 4 weeks of 25 MQLs, the last ending yesterday: the 30 days up to the last reported day hold 100 = the target.
            await _fx.Measurements.AddAsync(StoreFixture.Workspace, [TestData.Measurement(StoreFixture.Workspace, MetricKey.Mql, 25, start.AddDays(7 * w))], default);
        }

        var view = await _fx.Scorecards.BuildAsync(StoreFixture.Workspace, default);

        var line = Assert.Single(view.Scorecard.Lines);
        Assert.Equal(Pace.OnTrack, line.Pace);
        Assert.Equal(100m, line.Current);
        var table = ScorecardTable.Render(view);
        Assert.Contains("Marketing qualified leads", table, StringComparison.Ordinal);
        Assert.Contains("ON TRACK", table, StringComparison.Ordinal);
    }
}
