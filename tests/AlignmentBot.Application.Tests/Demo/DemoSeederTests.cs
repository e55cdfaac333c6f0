using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Testing;

namespace AlignmentBot.Application.Tests.Demo;

public sealed class DemoSeederTests : IAsyncLifetime
{
    private readonly StoreFixture _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    [Fact]
    public async Task Seed_EmptyWorkspace_GivesAScorecardWithGoalsOnAndOffTrack()
    {
        var (data, problem) = await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: false, default);

        Assert.Null(problem);
        Assert.NotNull(data);
        var view = await _fx.Scorecards.BuildAsync(StoreFixture.Workspace, default);
        var paces = view.Scorecard.Lines.Select(l => l.Pace).ToArray();
        Assert.Contains(Pace.OnTrack, paces);
        Assert.Contains(Pace.AtRisk, paces);
        Assert.Contains(Pace.OffTrack, paces);
        Assert.Contains(Pace.NoData, paces);
        Assert.Contains(view.Scorecard.Lines, l => l.IsStale && l.Pace != Pace.NoData);
        Assert.Equal(Verdict.Mixed, view.Scorecard.Verdict);
        Assert.Equal("Northwind Analytics (demo)", view.Workspace!.Name);
    }

    [Fact]
    public async Task Seed_Data_HasTheIngredientsEveryLaterFeatureShows()
    {
        var (data, _) = await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: false, default);

        Assert.NotNull(data);
        Assert.Equal(13 * 11, data.Measurements.Count(m => m.Metric != Domain.Metrics.MetricKey.Retention));
        Assert.Contains(data.Requests, r => !r.IsAligned);
        Assert.Contains(data.Requests, r => r.IsAligned);
        Assert.True(data.Leads.Count(l => l.Decision == LeadDecision.Rejected) > 20);
        Assert.Equal(2, data.AccountLists.Count);
        Assert.True(data.Sla.IsActive);
        Assert.Contains(data.Goals, g => g.ParentId is not null);
        var current = await _fx.Slas.GetActiveAsync(StoreFixture.Workspace, default);
        Assert.True(current!.IsActive);
    }

    [Fact]
    public async Task Seed_Twice_UpdatesInPlaceWithoutDuplicates()
    {
        await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: false, default);
        var goals = (await _fx.Goals.ListAsync(StoreFixture.Workspace, default)).Count;
        var requests = (await _fx.Requests.ListAsync(StoreFixture.Workspace, default)).Count;
        var leads = (await _fx.Leads.ListAsync(StoreFixture.Workspace, DateTimeOffset.MinValue, default)).Count;

        await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: false, default);

        Assert.Equal(goals, (await _fx.Goals.ListAsync(StoreFixture.Workspace, default)).Count);
        Assert.Equal(requests, (await _fx.Requests.ListAsync(StoreFixture.Workspace, default)).Count);
        Assert.Equal(leads, (await _fx.Leads.ListAsync(StoreFixture.Workspace, DateTimeOffset.MinValue, default)).Count);
    }

    [Fact]
    public async Task Seed_WorkspaceWithRealGoals_RefusesUnlessForced()
    {
        var real = TestData.Goal(StoreFixture.Workspace);
        await _fx.Goals.SaveAsync(StoreFixture.Workspace, [real], default);

        var (data, problem) = await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: false, default);

        Assert.Null(data);
        Assert.Contains("--force", problem, StringComparison.Ordinal);
        Assert.Equal([real.Id], (await _fx.Goals.ListAsync(StoreFixture.Workspace, default)).Select(g => g.Id));

        var (forced, _) = await _fx.Demo.SeedAsync(StoreFixture.Workspace, force: true, default);
        Assert.NotNull(forced);
        Assert.Contains(await _fx.Goals.ListAsync(StoreFixture.Workspace, default), g => g.Id == real.Id && g.Status == GoalStatus.Active);
    }
}
