using System.Text;
using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>Tokens and secrets are stored encrypted, never logged (at any level, in success or failure), never in an error message.</summary>
public sealed class SecretHandlingTests : IAsyncLifetime
{
    private const string SalesforceSecret = "sf-secret-7f3a9c2e1b5d4f60a8e7";
    private readonly CrmFixture _fixture = Expected.Fixture(120, 10);
    private HubSpotStandIn _hubspot = null!;
    private SalesforceStandIn _salesforce = null!;

    public async Task InitializeAsync()
    {
        _hubspot = new HubSpotStandIn(_fixture).WithToken(SyncRig.Token);
        await _hubspot.StartAsync();
        _salesforce = new SalesforceStandIn(_fixture) { ClientSecret = SalesforceSecret };
        await _salesforce.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _hubspot.DisposeAsync();
        await _salesforce.DisposeAsync();
    }

    [Fact]
    public async Task ConnectSyncAndFail_LogsEverythingExceptTheSecrets()
    {
        await using var rig = await SyncRig.StartAsync();
        await rig.ConnectAsync(_hubspot);
        await rig.ConnectAsync(_salesforce);
        await rig.RunAsync();
        _hubspot.Throttle(1, 0);
        _hubspot.Expire(SyncRig.Token);
        _salesforce.RejectSessions = true;
        var failed = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Failed, failed.Outcome);
        Assert.NotEmpty(rig.Logs.Lines);
        Assert.Contains(rig.Logs.Lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(SyncRig.Token, rig.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SalesforceSecret, rig.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("00DSTANDIN!", rig.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(SyncRig.Token, failed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_StoresTheSecretEncryptedAndAnotherInstanceCanUseIt()
    {
        await using var rig = await SyncRig.StartAsync();
        await rig.ConnectAsync(_hubspot);

        await using (var db = await rig.Database.Connections.OpenAsync(default))
        {
            await using var read = db.CreateCommand();
            read.CommandText = "SELECT protected_secret FROM crm_connections";
            var stored = (string)(await read.ExecuteScalarAsync())!;
            Assert.DoesNotContain("pat-na1", stored, StringComparison.Ordinal);
        }

        rig.Database.Connections.ClearPool();
        Assert.DoesNotContain(SyncRig.Token, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(rig.Database.Path)), StringComparison.Ordinal);

        // Another instance has its own key ring loaded from the same database: it decrypts what this one protected.
        await using var other = rig.SecondInstance();
        var connection = await other.Connections.GetAsync(SyncRig.Workspace, CrmSource.HubSpot, default);
        Assert.Equal(SyncRig.Token, connection!.Secret.Reveal());
        Assert.Equal(CrmSyncOutcome.Synced, (await other.RunAsync()).Outcome);
    }

    [Fact]
    public void Connection_PrintedOrLogged_ShowsNoSecret()
    {
        var connection = new CrmConnection(SyncRig.Workspace, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken), new CrmSecret(SyncRig.Token), DateTimeOffset.UnixEpoch, "Dana");

        Assert.DoesNotContain(SyncRig.Token, connection.ToString(), StringComparison.Ordinal);
        Assert.Contains("(secret)", connection.ToString(), StringComparison.Ordinal);
    }
}
