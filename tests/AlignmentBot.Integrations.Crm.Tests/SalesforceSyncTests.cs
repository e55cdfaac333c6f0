using System.Security.Cryptography;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>The Salesforce sync end to end: OAuth sign-in, SOQL with queryMore, LeadHistory stage dates, session and limit errors.</summary>
public sealed class SalesforceSyncTests : ConnectedSyncTest<SalesforceStandIn>
{
    protected override SalesforceStandIn Create(CrmFixture fixture) => new SalesforceStandIn(fixture);

    protected override Task ConnectAsync(SyncRig rig, SalesforceStandIn standIn) => rig.ConnectAsync(standIn);

    [Fact]
    public async Task Run_FirstTime_PagesThroughNextRecordsUrlAndGetsTheSameFunnelAsHubSpot()
    {
        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Equal((510, 510), (result.Runs[0].Fetched, result.Runs[0].Changed));
        Assert.Contains(StandIn.Calls, c => c.Path.Contains("/query/01gSTANDIN", StringComparison.Ordinal));
        Assert.Equal(Expected.Mqls(Fixture), await Rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(Expected.Revenue(Fixture), await Rig.TotalAsync(MetricKey.Revenue));
        Assert.Equal(Expected.Won(Fixture), await Rig.TotalAsync(MetricKey.DealsWon));
        Assert.Contains("API requests in the last 24 hours", result.Runs[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FirstTime_TakesStageDatesFromLeadHistoryAndReasonsFromTheConfiguredField()
    {
        await Rig.RunAsync();
        var records = new List<CrmRecord>();
        await foreach (var stored in Rig.Store.ReadRecordsAsync(SyncRig.Workspace, default))
        {
            records.Add(stored.Record);
        }

        var worked = Fixture.Contacts.First(c => c.SalesforceStatus == "Working - Contacted");
        var record = records.Single(r => r.ExternalId == worked.SalesforceId);
        var entered = worked.StatusHistory.Single(h => h.Value == "Working - Contacted").At;
        Assert.Equal(CrmFixture.Seconds(entered), record.EnteredAt("Working - Contacted"));

        var disqualified = Fixture.Contacts.First(c => c.SalesforceStatus == "Closed - Not Converted");
        var lead = (await Rig.LeadsAsync()).Single(l => l.ExternalId == disqualified.SalesforceId);
        Assert.Equal(LeadDecision.Rejected, lead.Decision);
        Assert.Equal(RejectionReasons.Normalize(disqualified.ReasonText), lead.RejectionReason);
        var converted = Fixture.Contacts.First(c => c.IsConverted);
        Assert.Equal(LeadStage.Sql, (await Rig.LeadsAsync()).Single(l => l.ExternalId == converted.SalesforceId).Stage);
    }

    [Fact]
    public async Task Run_SessionExpired_SignsInAgainOnceAndCarriesOn()
    {
        await Rig.RunAsync();
        var tokens = StandIn.TokensIssued;
        StandIn.ExpireSessions();
        Fixture.Touch(Fixture.Contacts[0], Expected.Anchor.AddDays(1), c => c.SalesforceStatus = "Working - Contacted");

        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Equal(tokens + 1, StandIn.TokensIssued);
        Assert.Equal(1, result.Runs[0].Changed);
        Assert.Contains(StandIn.Calls, c => c.Status == 401);
    }

    [Fact]
    public async Task Run_SessionRefusedEvenAfterSigningInAgain_FailsClearly()
    {
        StandIn.RejectSessions = true;

        var result = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, result.Outcome);
        Assert.Contains("refused the session even after signing in again", result.Runs[0].Detail, StringComparison.Ordinal);
        Assert.Equal(2, StandIn.Calls.Count(c => c.Status == 401));
        Assert.Empty(await Rig.LeadsAsync());
    }

    [Fact]
    public async Task Run_RequestLimitExceeded_FailsWithTheLimitAndTheNextRunContinues()
    {
        await Rig.RunAsync(new CrmSyncRequest(CrmSource.Salesforce));
        Fixture.Touch(Fixture.Contacts[1], Expected.Anchor.AddDays(1), c => c.SalesforceStatus = "Closed - Not Converted");
        StandIn.RequestLimitExceeded = true;

        var limited = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, limited.Outcome);
        Assert.Contains("REQUEST_LIMIT_EXCEEDED", limited.Runs[0].Detail, StringComparison.Ordinal);
        Assert.Contains("API requests in the last 24 hours", limited.Runs[0].Detail, StringComparison.Ordinal);
        StandIn.RequestLimitExceeded = false;
        var next = await Rig.RunAsync();
        Assert.Equal(1, next.Runs[0].Changed);
    }

    [Fact]
    public async Task Run_ConnectionCutAfterOnePage_NextRunQueriesAgainFromTheCursor()
    {
        StandIn.DropConnectionAfterPages(1);
        var broken = await Rig.RunAsync();
        Assert.Equal(CrmSyncOutcome.Failed, broken.Outcome);
        Assert.Equal(200, (await Rig.LeadsAsync()).Count);
        StandIn.Heal();

        var resumed = await Rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, resumed.Outcome);
        Assert.Equal(450, (await Rig.LeadsAsync()).Count);
        Assert.Contains(StandIn.Calls, c => c.Path.Contains("Id+%3E+", StringComparison.Ordinal) || c.Path.Contains("Id%20%3E%20", StringComparison.Ordinal));
        Assert.Equal(Expected.Mqls(Fixture), await Rig.TotalAsync(MetricKey.Mql));
    }

    [Fact]
    public async Task Connect_JwtBearer_SignsAnAssertionSalesforceVerifies()
    {
        using var key = RSA.Create(2048);
        await using var salesforce = new SalesforceStandIn(Fixture) { JwtPublicKey = key };
        await salesforce.StartAsync();
        await using var rig = await SyncRig.StartAsync();
        var settings = new CrmConnectionSettings(CrmAuthFlow.JwtBearer, salesforce.BaseUrl.ToString(), salesforce.ClientId, salesforce.Username);

        await rig.Connections.ConnectAsync(SyncRig.Workspace, CrmSource.Salesforce, settings, new CrmSecret(key.ExportPkcs8PrivateKeyPem()), "Dana", verify: true, default);
        var result = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        using var other = RSA.Create(2048);
        var refused = await Assert.ThrowsAsync<CrmSourceException>(() => rig.Connections.ConnectAsync(
            SyncRig.Workspace, CrmSource.Salesforce, settings, new CrmSecret(other.ExportPkcs8PrivateKeyPem()), "Dana", verify: true, default));
        Assert.Equal(CrmFailure.Unauthorized, refused.Failure);
        Assert.Contains("invalid assertion signature", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WrongSecret_FailsWithSalesforcesReasonAndStoresNothing()
    {
        await using var rig = await SyncRig.StartAsync();

        var refused = await Assert.ThrowsAsync<CrmSourceException>(() => rig.Connections.ConnectAsync(SyncRig.Workspace, CrmSource.Salesforce,
            new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, StandIn.BaseUrl.ToString(), StandIn.ClientId), new CrmSecret("not-the-secret"), "Dana", verify: true, default));

        Assert.Contains("invalid_client", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await rig.Connections.ListAsync(SyncRig.Workspace, default));
    }
}
