using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>The HubSpot sync end to end: the real client against the stand-in, stored in SQLite, numbers derived.</summary>
public sealed class HubSpotSyncTests : ConnectedSyncTest<HubSpotStandIn>
{
    protected override HubSpotStandIn Create(CrmFixture fixture) => new HubSpotStandIn(fixture).WithToken(SyncRig.Token);

    protected override Task ConnectAsync(SyncRig rig, HubSpotStandIn standIn) => rig.ConnectAsync(standIn);

    [Fact]
    public async Task Run_FirstTime_StoresEveryContactAsALeadAndDerivesTheFunnelNumbers()
    {
        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        var run = Assert.Single(result.Runs);
        Assert.Equal((510, 510), (run.Fetched, run.Changed));
        Assert.Equal(450, (await Rig.LeadsAsync()).Count);
        Assert.Equal(450m, await Rig.TotalAsync(MetricKey.Leads));
        Assert.Equal(Expected.Mqls(Fixture), await Rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(60m, await Rig.TotalAsync(MetricKey.Opportunities));
        Assert.Equal(Expected.Pipeline(Fixture), await Rig.TotalAsync(MetricKey.Pipeline));
        Assert.Equal(Expected.Won(Fixture), await Rig.TotalAsync(MetricKey.DealsWon));
        Assert.Equal(Expected.Revenue(Fixture), await Rig.TotalAsync(MetricKey.Revenue));

        // Several pages, each its own query from the last change read; no query ever pages with an offset.
        Assert.True(StandIn.Searches >= 6, $"{StandIn.Searches} searches");
        Assert.DoesNotContain(StandIn.Calls, c => c.Body?.Contains("\"after\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Run_FirstTime_MapsLifecycleStagesLeadStatusesAndReasonsLikeTheImport()
    {
        await Rig.RunAsync();
        var leads = (await Rig.LeadsAsync()).ToDictionary(l => l.ExternalId);

        var customer = Fixture.Contacts.First(c => c.LifecycleStage == "customer");
        Assert.Equal((LeadStage.Won, LeadDecision.Accepted), (leads[customer.Id.ToString()].Stage, leads[customer.Id.ToString()].Decision));
        var working = Fixture.Contacts.First(c => c.LifecycleStage == "marketingqualifiedlead" && c.LeadStatus == "IN_PROGRESS");
        Assert.Equal((LeadStage.Sal, LeadDecision.Accepted), (leads[working.Id.ToString()].Stage, leads[working.Id.ToString()].Decision));
        Assert.All(Fixture.Contacts.Where(c => c.LeadStatus == "UNQUALIFIED"), c =>
        {
            var rejected = leads[c.Id.ToString()];
            Assert.Equal((LeadDecision.Rejected, RejectionReasons.Normalize(c.ReasonText), c.ReasonText), (rejected.Decision, rejected.RejectionReason, rejected.ReasonNote));
        });
        var nurture = Fixture.Contacts.First(c => c.LeadStatus == "BAD_TIMING");
        Assert.Equal(RejectionReason.NotInMarket, leads[nurture.Id.ToString()].RejectionReason);
        var raw = Fixture.Contacts.First(c => c.LifecycleStage == "lead");
        Assert.Equal((LeadStage.Inquiry, LeadDecision.Pending), (leads[raw.Id.ToString()].Stage, leads[raw.Id.ToString()].Decision));
        Assert.Equal(raw.Email, leads[raw.Id.ToString()].Contact);
        Assert.Equal(raw.Source, leads[raw.Id.ToString()].Source.Channel);
    }

    [Fact]
    public async Task Run_AfterChangesInHubSpot_ReadsOnlyWhatChangedSinceTheCursor()
    {
        await Rig.RunAsync();
        var searchesBefore = StandIn.Calls.Count;
        var lookback = TimeSpan.FromMinutes(5);
        var contactsSince = Fixture.Contacts.Max(c => c.ModifiedAt) - lookback;
        var dealsSince = Fixture.Deals.Max(d => d.ModifiedAt) - lookback;
        var promoted = Fixture.Contacts.Where(c => c.LifecycleStage == "lead").Take(3).ToArray();
        foreach (var contact in promoted)
        {
            Fixture.Touch(contact, Expected.Anchor.AddHours(5), c =>
            {
                c.LifecycleStage = "customer";
                c.StageDates["customer"] = Expected.Anchor.AddHours(5);
            });
        }

        var result = await Rig.RunAsync();

        var run = Assert.Single(result.Runs);
        Assert.Equal(3, run.Changed);

        // Read again: what changed, and what changed within the lookback before the last change read (the search index may list a change late).
        var expected = Fixture.Contacts.Count(c => c.ModifiedAt >= contactsSince) + Fixture.Deals.Count(d => d.ModifiedAt >= dealsSince);
        Assert.Equal(expected, run.Fetched);
        Assert.True(run.Fetched < 100, $"{run.Fetched} read");
        var incremental = StandIn.Calls.Skip(searchesBefore).First(c => c.Path.Contains("contacts", StringComparison.Ordinal));
        Assert.Contains("\"operator\":\"GTE\"", incremental.Body, StringComparison.Ordinal);
        var leads = (await Rig.LeadsAsync()).ToDictionary(l => l.ExternalId);
        Assert.All(promoted, c => Assert.Equal(LeadStage.Won, leads[c.Id.ToString()].Stage));
    }

    [Fact]
    public async Task Run_Twice_TheSecondChangesNothing()
    {
        await Rig.RunAsync();
        var leads = await Rig.LeadsAsync();
        var numbers = await Rig.NumbersAsync();

        var second = await Rig.RunAsync();

        Assert.Equal(0, Assert.Single(second.Runs).Changed);
        Assert.Equal(leads, await Rig.LeadsAsync());
        Assert.Equal(numbers.OrderBy(m => m.Id), (await Rig.NumbersAsync()).OrderBy(m => m.Id));
    }

    [Fact]
    public async Task Run_Full_ReadsEverythingAgainAndStillChangesNothing()
    {
        await Rig.RunAsync();
        var numbers = await Rig.NumbersAsync();

        var full = await Rig.RunAsync(new CrmSyncRequest(Full: true));

        var run = Assert.Single(full.Runs);
        Assert.Equal((510, 0), (run.Fetched, run.Changed));
        Assert.Equal(numbers.OrderBy(m => m.Id), (await Rig.NumbersAsync()).OrderBy(m => m.Id));
    }

    [Fact]
    public async Task Run_ConnectionCutAfterTwoPages_FailsClearlyAndTheNextRunFinishesFromTheSavedCursor()
    {
        StandIn.DropConnectionAfterPages(2);

        var broken = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, broken.Outcome);
        Assert.Contains("could not be reached", broken.Summary, StringComparison.Ordinal);
        // Stored: exactly the contacts up to the saved cursor (two pages; the second started with the last one read again).
        var cursor = await Rig.Store.GetCursorAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmObjectKind.Lead, default);
        var upToCursor = Fixture.Contacts.Where(c => c.ModifiedAt < cursor!.Since || cursor.SeenAtSince!.Contains(c.Id.ToString())).Select(c => c.Id.ToString()).Order();
        Assert.Equal(upToCursor, (await Rig.LeadsAsync()).Select(l => l.ExternalId).Order());
        Assert.InRange(upToCursor.Count(), 150, 200);

        StandIn.Heal();
        var calls = StandIn.Calls.Count;
        var resumed = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, resumed.Outcome);
        Assert.Contains("\"operator\":\"GTE\"", StandIn.Calls.Skip(calls).First().Body, StringComparison.Ordinal);
        Assert.Equal(450, (await Rig.LeadsAsync()).Count);
        Assert.Equal(Expected.Mqls(Fixture), await Rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(Expected.Revenue(Fixture), await Rig.TotalAsync(MetricKey.Revenue));
    }

    [Fact]
    public async Task Run_AfterAProcessDiedHoldingTheLease_TakesOverOnceItExpiresAndMarksTheOldRunInterrupted()
    {
        var clock = new RecordingTimeProvider();
        await using var rig = await SyncRig.StartAsync(clock);
        await rig.ConnectAsync(StandIn);
        StandIn.DropConnectionAfterPages(1);
        await rig.RunAsync();
        StandIn.Heal();

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
        Assert.Equal(Expected.Mqls(Fixture), await rig.TotalAsync(MetricKey.Mql));
    }

    [Fact]
    public async Task SetMapping_LeadCountsAsMql_RecountsTheStoredRecordsWithoutAskingHubSpot()
    {
        await Rig.RunAsync();
        var mqls = await Rig.TotalAsync(MetricKey.Mql);
        var calls = StandIn.Calls.Count;
        var plainLeads = Fixture.Contacts.Count(c => c.LifecycleStage == "lead");

        var saved = await Rig.Sync.SetMappingAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", CrmFunnelStage.Mql, "Dana", default);

        Assert.Contains("HubSpot lifecycle stage 'lead' counts as MQL (changed)", saved, StringComparison.Ordinal);
        Assert.Equal(calls, StandIn.Calls.Count);
        Assert.Equal(mqls + plainLeads, await Rig.TotalAsync(MetricKey.Mql));
        var raw = Fixture.Contacts.First(c => c.LifecycleStage == "lead");
        Assert.Equal(LeadStage.Mql, (await Rig.LeadsAsync()).Single(l => l.ExternalId == raw.Id.ToString()).Stage);

        await Rig.Sync.SetMappingAsync(SyncRig.Workspace, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", null, "Dana", default);

        Assert.Equal(mqls, await Rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(LeadStage.Inquiry, (await Rig.LeadsAsync()).Single(l => l.ExternalId == raw.Id.ToString()).Stage);
    }

    [Fact]
    public async Task Run_Throttled_WaitsForTheRetryAfterHubSpotAsksFor()
    {
        var time = new RecordingTimeProvider();
        await using var rig = await SyncRig.StartAsync(time);
        await rig.ConnectAsync(StandIn);
        StandIn.Throttle(1, 7);

        var result = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
        Assert.Single(StandIn.Calls, c => c.Status == 429);
    }

    [Fact]
    public async Task Run_ThrottledBeyondTheRetries_FailsAndKeepsWhatWasStored()
    {
        StandIn.Throttle(5, 1);

        var result = await Rig.RunAsync();

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
            StandIn.Expire(SyncRig.Token);
        }
        else
        {
            StandIn.Revoke(SyncRig.Token);
        }

        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, result.Outcome);
        var run = Assert.Single(result.Runs);
        Assert.Equal(CrmRunState.Failed, run.State);
        Assert.Contains(says, run.Detail, StringComparison.Ordinal);
        Assert.Contains("sync connect hubspot --token-stdin", run.Detail, StringComparison.Ordinal);
        Assert.Empty(await Rig.LeadsAsync());
    }

    [Fact]
    public async Task Connect_TokenRefused_StoresNothing()
    {
        await using var rig = await SyncRig.StartAsync();

        var refused = await Assert.ThrowsAsync<CrmSourceException>(() => rig.ConnectAsync(StandIn, "pat-na1-wrong"));

        Assert.Equal(CrmFailure.Unauthorized, refused.Failure);
        Assert.Empty(await rig.Connections.ListAsync(SyncRig.Workspace, default));
    }
}
