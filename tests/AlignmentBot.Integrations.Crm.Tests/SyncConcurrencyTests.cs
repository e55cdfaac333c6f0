using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>One run at a time per workspace, across instances on one database; other workspaces are not held up.</summary>
public sealed class SyncConcurrencyTests : IAsyncLifetime
{
    private readonly CrmFixture _fixture = Expected.Fixture(250, 20);
    private HubSpotStandIn _hubspot = null!;
    private SyncRig _instanceA = null!;
    private SyncRig _instanceB = null!;

    public async Task InitializeAsync()
    {
        _hubspot = new HubSpotStandIn(_fixture).WithToken(SyncRig.Token);
        await _hubspot.StartAsync();
        _instanceA = await SyncRig.StartAsync();
        _instanceB = _instanceA.SecondInstance();
        await _instanceA.ConnectAsync(_hubspot);
    }

    public async Task DisposeAsync()
    {
        await _instanceB.DisposeAsync();
        await _instanceA.DisposeAsync();
        await _hubspot.DisposeAsync();
    }

    [Fact]
    public async Task Run_WhileAnotherInstanceSyncsTheSameWorkspace_IsSkippedAndTheFirstFinishes()
    {
        var (arrived, release) = _hubspot.HoldNextPage();
        var first = _instanceA.RunAsync();
        await arrived;

        var second = await _instanceB.RunAsync();

        Assert.Equal(CrmSyncOutcome.Busy, second.Outcome);
        Assert.Contains("already running", second.Summary, StringComparison.Ordinal);
        Assert.Empty(second.Runs);
        release();
        var done = await first;
        Assert.Equal(CrmSyncOutcome.Synced, done.Outcome);
        Assert.Equal(250, (await _instanceB.LeadsAsync()).Count);
        Assert.Single(await _instanceB.Store.ListRunsAsync(SyncRig.Workspace, 10, default));
    }

    [Fact]
    public async Task Run_AnotherWorkspace_WhileOneIsSyncing_IsNotHeldUp()
    {
        var other = new WorkspaceId("T-OTHER");
        await _instanceB.Connections.ConnectAsync(other, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken, _hubspot.BaseUrl.ToString()), new CrmSecret(SyncRig.Token), "Sam", verify: false, default);
        var (arrived, release) = _hubspot.HoldNextPage();
        var first = _instanceA.RunAsync();
        await arrived;

        var second = await _instanceB.Sync.RunAsync(other, new CrmSyncRequest(), null, default);

        Assert.Equal(CrmSyncOutcome.Synced, second.Outcome);
        release();
        Assert.Equal(CrmSyncOutcome.Synced, (await first).Outcome);
    }

    [Fact]
    public async Task SetMapping_WhileASyncRuns_IsSavedAndAppliedWhenTheRunSettles()
    {
        var (arrived, release) = _hubspot.HoldNextPage();
        var first = _instanceA.RunAsync();
        await arrived;

        var saved = await _instanceB.Sync.SetMappingAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", CrmFunnelStage.Mql, "Dana", default);

        Assert.Contains("A sync is running; it recounts with the new mapping when it finishes", saved, StringComparison.Ordinal);
        release();
        await first;
        var everyMqlOrLead = _fixture.Contacts.Count(c => c.StageDates.ContainsKey("marketingqualifiedlead") || c.LifecycleStage == "lead");
        Assert.Equal(everyMqlOrLead, await _instanceA.TotalAsync(Domain.Metrics.MetricKey.Mql));
    }
}
