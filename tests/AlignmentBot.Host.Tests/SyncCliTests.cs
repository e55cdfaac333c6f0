using AlignmentBot.Host.Cli;
using AlignmentBot.Integrations.Crm.StandIns;

namespace AlignmentBot.Host.Tests;

/// <summary>The sync on the command line: the bundled demo, connecting with a token from standard input, the mapping.</summary>
public sealed class SyncCliTests : CliTest
{
    private const string Token = "pat-na1-cli-0000-1111-2222-333333333333";

    [Fact]
    public async Task SyncDemo_Twice_FirstStoresTheDemoCompanyAndTheSecondChangesNothing()
    {
        Assert.Equal(0, await RunAsync("sync", "--demo"));
        Assert.Contains("HubSpot contacts: page 1", Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("HubSpot: synced, 480 records read, 480 new or changed.", Out.ToString(), StringComparison.Ordinal);

        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("sync", "--demo"));
        Assert.Contains(", 0 new or changed.", Out.ToString(), StringComparison.Ordinal);

        Out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("scorecard", "--workspace", "crm-demo"));
        Assert.Contains("Marketing qualified leads", Out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("No measurable goals", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectHubSpot_TokenFromStandardInput_IsCheckedStoredAndNeverPrinted()
    {
        await using var hubspot = new HubSpotStandIn(CrmFixtureGenerator.Generate(150, 10, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), 60, 3)).WithToken(Token);
        await hubspot.StartAsync();

        Assert.Equal(0, await RunWithInputAsync(Token + "\n", "sync", "connect", "hubspot", "--token-stdin", "--base-url", hubspot.BaseUrl.ToString()));
        Assert.Equal(0, await RunAsync("sync", "--source", "hubspot"));
        Assert.Equal(0, await RunAsync("sync", "status"));

        var printed = Out.ToString() + Err.ToString();
        Assert.Contains("HubSpot connected to workspace 'local' (credentials checked)", printed, StringComparison.Ordinal);
        Assert.Contains("HubSpot: synced, 160 records read, 160 new or changed.", printed, StringComparison.Ordinal);
        Assert.Contains("HubSpot: connected", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectHubSpot_RefusedToken_ExitsOneAndStoresNothing()
    {
        await using var hubspot = new HubSpotStandIn(CrmFixtureGenerator.Generate(5, 1, DateTimeOffset.UnixEpoch.AddYears(56), 10, 3)).WithToken(Token);
        await hubspot.StartAsync();

        Assert.Equal(1, await RunWithInputAsync("pat-na1-stale\n", "sync", "connect", "hubspot", "--token-stdin", "--base-url", hubspot.BaseUrl.ToString()));

        Assert.Contains("Not connected: HubSpot refused the access token", Err.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await RunAsync("sync"));
        Assert.Contains("is not connected to workspace 'local'", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectHubSpot_TokenAsAnArgument_IsRefusedBeforeAnythingIsStored()
    {
        Assert.Equal(2, await RunAsync("sync", "connect", "hubspot"));

        Assert.Contains("--token-stdin", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_SetThenShow_SaysWhatTheValueCountsAsNow()
    {
        Assert.Equal(0, await RunAsync("sync", "mapping", "set", "hubspot", "lifecyclestage", "lead", "mql"));
        Assert.Contains("Saved: HubSpot lifecycle stage 'lead' counts as MQL (changed)", Out.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync("sync", "mapping", "show", "--source", "hubspot"));
        Assert.Contains("HubSpot lead status 'UNQUALIFIED' counts as rejected by sales", Out.ToString(), StringComparison.Ordinal);

        Assert.Equal(2, await RunAsync("sync", "mapping", "set", "salesforce", "lifecyclestage", "lead", "mql"));
        Assert.Equal(2, await RunAsync("sync", "mapping", "set", "hubspot", "lifecyclestage", "lead", "hot"));
        Assert.Contains("'hot' is not a stage", Err.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(Out, Err, Settings(), new StringReader(string.Empty)));

    private Task<int> RunWithInputAsync(string input, params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(Out, Err, Settings(), new StringReader(input)));

    private Dictionary<string, string?> Settings() => new() { ["ConnectionStrings:AlignmentBot"] = Database.ConnectionString, ["Sync:HubSpot:RequestsPerSecond"] = "0" };
}
