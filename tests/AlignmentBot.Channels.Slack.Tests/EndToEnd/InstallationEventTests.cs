using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>app_uninstalled and tokens_revoked reach the application as an uninstall of the team.</summary>
public sealed class InstallationEventTests : IAsyncLifetime
{
    private readonly RecordingInstallations _installations = new();
    private SlackStandIn _slack = null!;
    private SlackBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();

        // One turn at a time, so events are handled in the order they were posted.
        _host = await SlackBotHost.StartAsync(_slack, new ScriptedGoalBot(), configure: s => s["BackgroundTurns:Concurrency"] = "1",
            services: s => s.AddSingleton<IInstallationEvents>(_installations));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task AppUninstalled_IsReportedAsAnUninstallOfTheTeamAtTheEventTime()
    {
        using var ack = await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Load("app_uninstalled.json"));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await Eventually.TrueAsync(() => !_installations.Uninstalled.IsEmpty, "the uninstall is reported");
        Assert.Equal(new InstallationChange("slack", SlackStandIn.TeamId, "app_uninstalled", DateTimeOffset.FromUnixTimeSeconds(1700000900)), Assert.Single(_installations.Uninstalled));
    }

    [Fact]
    public async Task TokensRevoked_OnlyPeoplesTokens_IsNotAnUninstallButTheBotsTokenIs()
    {
        var usersOnly = SlackFixtures.Load("tokens_revoked.json");
        usersOnly["event_id"] = "Ev0REVOKE00";
        usersOnly["event_time"] = 1700000940;
        usersOnly["event"]!["tokens"]!.AsObject().Remove("bot");

        await _slack.PostEventAsync(_host.EventsUrl, usersOnly);
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Load("tokens_revoked.json"));

        await Eventually.TrueAsync(() => !_installations.Uninstalled.IsEmpty, "the bot token's revocation is reported");
        Assert.Equal(new InstallationChange("slack", SlackStandIn.TeamId, "tokens_revoked", DateTimeOffset.FromUnixTimeSeconds(1700000950)), Assert.Single(_installations.Uninstalled));
    }

    private sealed class RecordingInstallations : IInstallationEvents
    {
        public ConcurrentQueue<InstallationChange> Uninstalled { get; } = new();

        public Task UninstalledAsync(InstallationChange change, CancellationToken cancellationToken)
        {
            Uninstalled.Enqueue(change);
            return Task.CompletedTask;
        }

        public Task InstalledAsync(InstallationChange change, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
