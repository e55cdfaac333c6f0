using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>The HubSpot sync end to end: the real client against the stand-in, stored in SQLite, numbers derived.</summary>
public sealed class HubSpotSyncTests : IAsyncLifetime
{
    private readonly CrmFixture _fixture = Expected.Fixture();
    private HubSpotStandIn _hubspot = null!;
    private SyncRig _rig = null!;

    public async Task InitializeAsync()
    {
        _hubspot = new HubSpotStandIn(_fixture).WithToken(SyncRig.Token);
        await _hubspot.StartAsync();
        _rig = await SyncRig.StartAsync();
        await _rig.ConnectAsync(_hubspot);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _hubspot.DisposeAsync();
    }

    [Fact]
    public async Task Run_FirstTime_StoresEveryContactAsALeadAndDerivesTheFunnelNumbers()
    {
        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        var run = Assert.Single(result.Runs);
        Assert.Equal((510, 510), (run.Fetched, run.Changed));
        Assert.Equal(450, (await _rig.LeadsAsync()).Count);
        Assert.Equal(450m, await _rig.TotalAsync(MetricKey.Leads));
        Assert.Equal(Expected.Mqls(_fixture), await _rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(60m, await _rig.TotalAsync(MetricKey.Opportunities));
        Assert.Equal(Expected.Pipeline(_fixture), await _rig.TotalAsync(MetricKey.Pipeline));
        Assert.Equal(Expected.Won(_fixture), await _rig.TotalAsync(MetricKey.DealsWon));
        Assert.Equal(Expected.Revenue(_fixture), await _rig.TotalAsync(MetricKey.Revenue));

        // Several pages, each its own query from the last change read; no query ever pages with an offset.
        Assert.True(_hubspot.Searches >= 6, $"{_hubspot.Searches} searches");
        Assert.DoesNotContain(_hubspot.Calls, c => c.Body?.Contains("\"after\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Run_FirstTime_MapsLifecycleStagesLeadStatusesAndReasonsLikeTheImport()
    {
        await _rig.RunAsync();
        var leads = (await _rig.LeadsAsync()).ToDictionary(l => l.ExternalId);

        var customer = _fixture.Contacts.First(c => c.LifecycleStage == "customer");
        Assert.Equal((LeadStage.Won, LeadDecision.Accepted), (leads[customer.Id.ToString()].Stage, leads[customer.Id.ToString()].Decision));
        var working = _fixture.Contacts.First(c => c.LifecycleStage == "marketingqualifiedlead" && c.LeadStatus == "IN_PROGRESS");
        Assert.Equal((LeadStage.Sal, LeadDecision.Accepted), (leads[working.Id.ToString()].Stage, leads[working.Id.ToString()].Decision));
        Assert.All(_fixture.Contacts.Where(c => c.LeadStatus == "UNQUALIFIED"), c =>
        {
            var rejected = leads[c.Id.ToString()];
            Assert.Equal((LeadDecision.Rejected, RejectionReasons.Normalize(c.ReasonText), c.ReasonText), (rejected.Decision, rejected.RejectionReason, rejected.ReasonNote));
        });
        var nurture = _fixture.Contacts.First(c => c.LeadStatus == "BAD_TIMING");
        Assert.Equal(RejectionReason.NotInMarket, leads[nurture.Id.ToString()].RejectionReason);
        var raw = _fixture.Contacts.First(c => c.LifecycleStage == "lead");
        Assert.Equal((LeadStage.Inquiry, LeadDecision.Pending), (leads[raw.Id.ToString()].Stage, leads[raw.Id.ToString()].Decision));
        Assert.Equal(raw.Email, leads[raw.Id.ToString()].Contact);
        Assert.Equal(raw.Source, leads[raw.Id.ToString()].Source.Channel);
    }

    [Fact]
    public async Task Run_AfterChangesInHubSpot_ReadsOnlyWhatChangedSinceTheCursor()
    {
        await _rig.RunAsync();
        var searchesBefore = _hubspot.Calls.Count;
        var lookback = TimeSpan.FromMinutes(5);
        var contactsSince = _fixture.Contacts.Max(c => c.ModifiedAt) - lookback;
        var dealsSince = _fixture.Deals.Max(d => d.ModifiedAt) - lookback;
        var promoted = _fixture.Contacts.Where(c => c.LifecycleStage == "lead").Take(3).ToArray();
        foreach (var contact in promoted)
        {
            _fixture.Touch(contact, Expected.Anchor.AddHours(5), c =>
            {
                c.LifecycleStage = "customer";
                c.StageDates["customer"] = Expected.Anchor.AddHours(5);
            });
        }

        var result = await _rig.RunAsync();

        var run = Assert.Single(result.Runs);
        Assert.Equal(3, run.Changed);

        // Read again: what changed, and what changed within the lookback before the last change read (the search index may list a change late).
        var expected = _fixture.Contacts.Count(c => c.ModifiedAt >= contactsSince) + _fixture.Deals.Count(d => d.ModifiedAt >= dealsSince);
        Assert.Equal(expected, run.Fetched);
        Assert.True(run.Fetched < 100, $"{run.Fetched} read");
        var incremental = _hubspot.Calls.Skip(searchesBefore).First(c => c.Path.Contains("contacts", StringComparison.Ordinal));
        Assert.Contains("\"operator\":\"GTE\"", incremental.Body, StringComparison.Ordinal);
        var leads = (await _rig.LeadsAsync()).ToDictionary(l => l.ExternalId);
        Assert.All(promoted, c => Assert.Equal(LeadStage.Won, leads[c.Id.ToString()].Stage));
    }

    [Fact]
    public async Task Run_Twice_TheSecondChangesNothing()
    {
        await _rig.RunAsync();
        var leads = await _rig.LeadsAsync();
        var numbers = await _rig.NumbersAsync();

        var second = await _rig.RunAsync();

        Assert.Equal(0, Assert.Single(second.Runs).Changed);
        Assert.Equal(leads, await _rig.LeadsAsync());
        Assert.Equal(numbers.OrderBy(m => m.Id), (await _rig.NumbersAsync()).OrderBy(m => m.Id));
    }

    [Fact]
    public async Task Run_Full_ReadsEverythingAgainAndStillChangesNothing()
    {
        await _rig.RunAsync();
        var numbers = await _rig.NumbersAsync();

        var full = await _rig.RunAsync(new CrmSyncRequest(Full: true));

        var run = Assert.Single(full.Runs);
        Assert.Equal((510, 0), (run.Fetched, run.Changed));
        Assert.Equal(numbers.OrderBy(m => m.Id), (await _rig.NumbersAsync()).OrderBy(m => m.Id));
    }

    [Fact]
    public async Task Run_ConnectionCutAfterTwoPages_FailsClearlyAndTheNextRunFinishesFromTheSavedCursor()
    {
        _hubspot.DropConnectionAfterPages(2);

        var broken = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, broken.Outcome);
        Assert.Contains("could not be reached", broken.Summary, StringComparison.Ordinal);
        // Stored: exactly the contacts up to the saved cursor (two pages; the second started with the last one read again).
        var cursor = await _rig.Store.GetCursorAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmObjectKind.Lead, default);
        var upToCursor = _fixture.Contacts.Where(c => c.ModifiedAt < cursor!.Since || cursor.SeenAtSince!.Contains(c.Id.ToString())).Select(c => c.Id.ToString()).Order();
        Assert.Equal(upToCursor, (await _rig.LeadsAsync()).Select(l => l.ExternalId).Order());
        Assert.InRange(upToCursor.Count(), 150, 200);

        _hubspot.Heal();
        var calls = _hubspot.Calls.Count;
        var resumed = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, resumed.Outcome);
        Assert.Contains("\"operator\":\"GTE\"", _hubspot.Calls.Skip(calls).First().Body, StringComparison.Ordinal);
        Assert.Equal(450, (await _rig.LeadsAsync()).Count);
        Assert.Equal(Expected.Mqls(_fixture), await _rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(Expected.Revenue(_fixture), await _rig.TotalAsync(MetricKey.Revenue));
    }

    [Fact]
    public async Task Run_AfterAProcessDiedHoldingTheLease_TakesOverOnceItExpiresAndMarksTheOldRunInterrupted()
    {
        var clock = new RecordingTimeProvider();
        await using var rig = await SyncRig.StartAsync(clock);
        await rig.ConnectAsync(_hubspot);
        _hubspot.DropConnectionAfterPages(1);
        await rig.RunAsync();
        _hubspot.Heal();

        // What a killed process leaves: its pages stored up to the cursor, a run still "running", and a lease it will never renew.
        var dead = new CrmSyncRun(Guid.NewGuid(), SyncRig.Workspace, CrmSource.HubSpot, CrmSyncTrigger.Schedule, CrmRunState.Running, clock.GetUtcNow(), null, 100, 100, null, "schedule");
        await rig.Store.StartRunAsync(dead, default);
        Assert.True((await rig.Store.TryAcquireLeaseAsync(SyncRig.Workspace, "host-a/4242/dead", clock.GetUtcNow(), clock.GetUtcNow().AddMinutes(10), default)).Acquired);

        Assert.Equal(CrmSyncOutcome.Busy, (await rig.RunAsync()).Outcome);

        clock.Advance(TimeSpan.FromMinutes(11));
        var resumed = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, resumed.Outcome);
        Assert.Equal(CrmRunState.Interrupted, (await rig.Store.ListRunsAsync(SyncRig.Workspace, 10, default)).Single(r => r.Id == dead.Id).State);
        Assert.Equal(450, (await rig.LeadsAsync()).Count);
        Assert.Equal(Expected.Mqls(_fixture), await rig.TotalAsync(MetricKey.Mql));
    }

    [Fact]
    public async Task SetMapping_LeadCountsAsMql_RecountsTheStoredRecordsWithoutAskingHubSpot()
    {
        await _rig.RunAsync();
        var mqls = await _rig.TotalAsync(MetricKey.Mql);
        var calls = _hubspot.Calls.Count;
        var plainLeads = _fixture.Contacts.Count(c => c.LifecycleStage == "lead");

        var saved = await _rig.Sync.SetMappingAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", CrmFunnelStage.Mql, "Dana", default);

        Assert.Contains("HubSpot lifecycle stage 'lead' counts as MQL (changed)", saved, StringComparison.Ordinal);
        Assert.Equal(calls, _hubspot.Calls.Count);
        Assert.Equal(mqls + plainLeads, await _rig.TotalAsync(MetricKey.Mql));
        var raw = _fixture.Contacts.First(c => c.LifecycleStage == "lead");
        Assert.Equal(LeadStage.Mql, (await _rig.LeadsAsync()).Single(l => l.ExternalId == raw.Id.ToString()).Stage);

        await _rig.Sync.SetMappingAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", null, "Dana", default);

        Assert.Equal(mqls, await _rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(LeadStage.Inquiry, (await _rig.LeadsAsync()).Single(l => l.ExternalId == raw.Id.ToString()).Stage);
    }

    [Fact]
    public async Task Run_Throttled_WaitsForTheRetryAfterHubSpotAsksFor()
    {
        var time = new RecordingTimeProvider();
        await using var rig = await SyncRig.StartAsync(time);
        await rig.ConnectAsync(_hubspot);
        _hubspot.Throttle(1, 7);

        var result = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
        Assert.Single(_hubspot.Calls, c => c.Status == 429);
    }

    [Fact]
    public async Task Run_ThrottledBeyondTheRetries_FailsAndKeepsWhatWasStored()
    {
        _hubspot.Throttle(5, 1);

        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, result.Outcome);
        Assert.Contains("429 Too Many Requests", result.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "HubSpot says the access token has expired")]
    [InlineData(false, "HubSpot refused the access token")]
    public async Task Run_TokenExpiredOrRevoked_FailsWithWhatToDoAndStoresNothing(bool expired, string says)
    {
        if (expired)
        {
            _hubspot.Expire(SyncRig.Token);
        }
        else
        {
            _hubspot.Revoke(SyncRig.Token);
        }

        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, result.Outcome);
        var run = Assert.Single(result.Runs);
        Assert.Equal(CrmRunState.Failed, run.State);
        Assert.Contains(says, run.Detail, StringComparison.Ordinal);
        Assert.Contains("sync connect hubspot --token-stdin", run.Detail, StringComparison.Ordinal);
        Assert.Empty(await _rig.LeadsAsync());
    }

    [Fact]
    public async Task Connect_TokenRefused_StoresNothing()
    {
        await using var rig = await SyncRig.StartAsync();

        var refused = await Assert.ThrowsAsync<CrmSourceException>(() => rig.ConnectAsync(_hubspot, "pat-na1-wrong"));

        Assert.Equal(CrmFailure.Unauthorized, refused.Failure);
        Assert.Empty(await rig.Connections.ListAsync(SyncRig.Workspace, default));
    }
}
