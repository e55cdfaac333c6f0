using System.Net;
using AlignmentBot.Channels.Teams.Tests.Support;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>installationUpdate remove reaches the application as an uninstall from that conversation of the tenant.</summary>
public sealed class InstallationUpdateTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private TestIdentity _identity = null!;
    private ConnectorStandIn _connector = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        _connector = await ConnectorStandIn.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task Remove_WithAChannelToken_IsReportedAsAnUninstallOfTheTenant()
    {
        await using var host = await TeamsTestHost.StartAsync(_identity);
        var activity = Fixtures.Activity("teams-installation-update.json", a =>
        {
            a["action"] = "remove";
            a["serviceUrl"] = _connector.ServiceUrl;
        });

        var response = await host.PostAsync(activity, _identity.ChannelToken(serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message == $"The app was uninstalled from msteams workspace {Tenant} (installationUpdate remove); nothing handles it, so its data stays");
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Remove_WithoutAnAppId_IsIgnored()
    {
        await using var host = await TeamsTestHost.StartAsync(identity: null);
        var activity = Fixtures.Activity("teams-installation-update.json", a =>
        {
            a["action"] = "remove";
            a["serviceUrl"] = $"{host.BaseUrl}/";
        });

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.Entries, e => e.Message == "Ignored an unauthenticated installationUpdate remove");
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.StartsWith("The app was uninstalled", StringComparison.Ordinal));
    }
}
