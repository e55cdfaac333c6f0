using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;

namespace AlignmentBot.Host.Tests;

/// <summary><c>settings show|set</c>: the workspace settings from the server, audited as the command line's.</summary>
public sealed class SettingsCliTests : CliTest
{
    [Fact]
    public async Task SettingsSet_CurrencyThenRevenue_SavedShownAndAudited()
    {
        Assert.Equal(0, await RunAsync("demo"));

        Assert.Equal(0, await RunAsync("settings", "set", "currency", "EUR"));
        Assert.Equal(0, await RunAsync("settings", "set", "annual revenue", "€40M"));
        Assert.Equal(0, await RunAsync("settings", "show"));

        var saved = await new SqlWorkspaceStore(Database.Connections).GetAsync(WorkspaceId.Local, default);
        Assert.Equal(("EUR", 40_000_000m), (saved!.Currency, saved.AnnualRevenue));
        Assert.Contains("Total annual revenue: €40M", Out.ToString(), StringComparison.Ordinal);
        IAuditLog audit = new SqlAuditLog(Database.Connections);
        var changes = (await audit.ListAsync(WorkspaceId.Local, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), default))
            .Where(e => e.Kind == AuditKinds.WorkspaceChanged).ToArray();
        Assert.Equal(2, changes.Length);
        Assert.All(changes, c => Assert.Equal(AuditActorKind.CommandLine, c.Actor.Kind));
        Assert.Contains(changes, c => c.Changes().Contains(("annual revenue", null, "40000000")));
    }

    [Theory]
    [InlineData("currency", "moneys", "\"moneys\" is not a currency I know")]
    [InlineData("colour", "blue", "There is no setting called \"colour\"")]
    public async Task SettingsSet_BadKeyOrValue_SaysWhyAndKeepsTheSetting(string key, string value, string error)
    {
        Assert.Equal(0, await RunAsync("demo"));

        Assert.Equal(2, await RunAsync("settings", "set", key, value));

        Assert.Contains(error, Err.ToString(), StringComparison.Ordinal);
        var saved = await new SqlWorkspaceStore(Database.Connections).GetAsync(WorkspaceId.Local, default);
        Assert.Equal("USD", saved!.Currency);
    }

    private Task<int> RunAsync(params string[] args)
        => InvokeAsync(args);
}
