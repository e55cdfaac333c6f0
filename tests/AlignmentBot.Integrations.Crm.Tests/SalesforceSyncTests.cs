using System.Security.Cryptography;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>The Salesforce sync end to end: OAuth sign-in, SOQL with queryMore, LeadHistory stage dates, session and limit errors.</summary>
public sealed class SalesforceSyncTests : IAsyncLifetime
{
    private readonly CrmFixture _fixture = Expected.Fixture();
    private SalesforceStandIn _salesforce = null!;
    private SyncRig _rig = null!;

    public async Task InitializeAsync()
    {
        _salesforce = new SalesforceStandIn(_fixture);
        await _salesforce.StartAsync();
        _rig = await SyncRig.StartAsync();
        await _rig.ConnectAsync(_salesforce);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _salesforce.DisposeAsync();
    }

    [Fact]
    public async Task Run_FirstTime_PagesThroughNextRecordsUrlAndGetsTheSameFunnelAsHubSpot()
    {
        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Equal((510, 510), (result.Runs[0].Fetched, result.Runs[0].Changed));
        Assert.Contains(_salesforce.Calls, c => c.Path.Contains("/query/01gSTANDIN", StringComparison.Ordinal));
        Assert.Equal(Expected.Mqls(_fixture), await _rig.TotalAsync(MetricKey.Mql));
        Assert.Equal(Expected.Revenue(_fixture), await _rig.TotalAsync(MetricKey.Revenue));
        Assert.Equal(Expected.Won(_fixture), await _rig.TotalAsync(MetricKey.DealsWon));
        Assert.Contains("API requests in the last 24 hours", result.Runs[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FirstTime_TakesStageDatesFromLeadHistoryAndReasonsFromTheConfiguredField()
    {
        await _rig.RunAsync();
        var records = new List<CrmRecord>();
        await foreach (var stored in _rig.Store.ReadRecordsAsync(SyncRig.Workspace, default))
        {
            records.Add(stored.Record);
        }

        var worked = _fixture.Contacts.First(c => c.SalesforceStatus == "Working - Contacted");
        var record = records.Single(r => r.ExternalId == worked.SalesforceId);
        var entered = worked.StatusHistory.Single(h => h.Value == "Working - Contacted").At;
        Assert.Equal(CrmFixture.Seconds(entered), record.EnteredAt("Working - Contacted"));

        var disqualified = _fixture.Contacts.First(c => c.SalesforceStatus == "Closed - Not Converted");
        var lead = (await _rig.LeadsAsync()).Single(l => l.ExternalId == disqualified.SalesforceId);
        Assert.Equal(LeadDecision.Rejected, lead.Decision);
        Assert.Equal(RejectionReasons.Normalize(disqualified.ReasonText), lead.RejectionReason);
        var converted = _fixture.Contacts.First(c => c.IsConverted);
        Assert.Equal(LeadStage.Sql, (await _rig.LeadsAsync()).Single(l => l.ExternalId == converted.SalesforceId).Stage);
    }

    [Fact]
    public async Task Run_SessionExpired_SignsInAgainOnceAndCarriesOn()
    {
        await _rig.RunAsync();
        var tokens = _salesforce.TokensIssued;
        _salesforce.ExpireSessions();
        _fixture.Touch(_fixture.Contacts[0], Expected.Anchor.AddDays(1), c => c.SalesforceStatus = "Working - Contacted");

        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Equal(tokens + 1, _salesforce.TokensIssued);
        Assert.Equal(1, result.Runs[0].Changed);
        Assert.Contains(_salesforce.Calls, c => c.Status == 401);
    }

    [Fact]
    public async Task Run_SessionRefusedEvenAfterSigningInAgain_FailsClearly()
    {
        _salesforce.RejectSessions = true;

        var result = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, result.Outcome);
        Assert.Contains("refused the session even after signing in again", result.Runs[0].Detail, StringComparison.Ordinal);
        Assert.Equal(2, _salesforce.Calls.Count(c => c.Status == 401));
        Assert.Empty(await _rig.LeadsAsync());
    }

    [Fact]
    public async Task Run_RequestLimitExceeded_FailsWithTheLimitAndTheNextRunContinues()
    {
        await _rig.RunAsync(new CrmSyncRequest(CrmSource.Salesforce));
        _fixture.Touch(_fixture.Contacts[1], Expected.Anchor.AddDays(1), c => c.SalesforceStatus = "Closed - Not Converted");
        _salesforce.RequestLimitExceeded = true;

        var limited = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, limited.Outcome);
        Assert.Contains("REQUEST_LIMIT_EXCEEDED", limited.Runs[0].Detail, StringComparison.Ordinal);
        Assert.Contains("API requests in the last 24 hours", limited.Runs[0].Detail, StringComparison.Ordinal);
        _salesforce.RequestLimitExceeded = false;
        var next = await _rig.RunAsync();
        Assert.Equal(1, next.Runs[0].Changed);
    }

    [Fact]
    public async Task Run_ConnectionCutAfterOnePage_NextRunQueriesAgainFromTheCursor()
    {
        _salesforce.DropConnectionAfterPages(1);
        var broken = await _rig.RunAsync();
        Assert.Equal(CrmSyncOutcome.Failed, broken.Outcome);
        Assert.Equal(200, (await _rig.LeadsAsync()).Count);
        _salesforce.Heal();

        var resumed = await _rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, resumed.Outcome);
        Assert.Equal(450, (await _rig.LeadsAsync()).Count);
        Assert.Contains(_salesforce.Calls, c => c.Path.Contains("Id+%3E+", StringComparison.Ordinal) || c.Path.Contains("Id%20%3E%20", StringComparison.Ordinal));
        Assert.Equal(Expected.Mqls(_fixture), await _rig.TotalAsync(MetricKey.Mql));
    }

    [Fact]
    public async Task Connect_JwtBearer_SignsAnAssertionSalesforceVerifies()
    {
        using var key = RSA.Create(2048);
        await using var salesforce = new SalesforceStandIn(_fixture) { JwtPublicKey = key };
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
            new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, _salesforce.BaseUrl.ToString(), _salesforce.ClientId), new CrmSecret("not-the-secret"), "Dana", verify: true, default));

        Assert.Contains("invalid_client", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await rig.Connections.ListAsync(SyncRig.Workspace, default));
    }
}
