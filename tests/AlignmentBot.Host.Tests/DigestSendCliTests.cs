using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Host.Cli;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary>
/// <c>digest send</c>, <c>send --all-due</c>, <c>list</c> and the recovery of an uncertain digest, run as a person runs
/// them, posting through the product's own Slack and Teams senders to the Slack Web API and Bot Connector stand-ins.
/// </summary>
public sealed class DigestSendCliTests : IAsyncLifetime
{
    private const string SlackTeam = "T0ACME";
    private const string Tenant = "b1a2c3d4-0000-4000-8000-000000000001";
    private const string AppId = "8f6c3a52-4a8e-4d2b-9a63-0d1f3c1b7e21";

    private readonly TempSqliteDatabase _database = new();
    private readonly SlackStandIn _slack = new();
    private readonly TeamsStandIn _teams = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public async Task InitializeAsync()
    {
        await _database.MigratedAsync();
        await _slack.StartAsync();
        await _teams.StartAsync();
        var workspaces = new SqlWorkspaceStore(_database.Connections);
        await workspaces.SaveAsync(new Workspace(new WorkspaceId(SlackTeam), Platform.Slack, "Acme"), default);
        await workspaces.SaveAsync(new Workspace(new WorkspaceId(Tenant), Platform.Teams, "Contoso"), default);
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _teams.DisposeAsync();
        _database.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task DigestSend_SlackSubscription_PostsWithChatPostMessageAndRecordsItSent()
    {
        var subscription = await SubscribeSlackAsync();

        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", subscription.ShortId, "--workspace", SlackTeam));

        var posted = Assert.Single(_slack.Accepted);
        Assert.Equal((SlackTeam, "C0MARKETING"), (posted.Workspace, posted.Conversation));
        Assert.Contains("Weekly alignment digest for marketing", posted.Text, StringComparison.Ordinal);
        var record = Assert.Single(await DeliveriesAsync(subscription));
        Assert.Equal((DeliveryState.Sent, 1, posted.Id), (record.State, record.Attempts, record.MessageId));
        Assert.Contains($"{subscription.ShortId} (marketing in #marketing): Posted", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSend_TeamsSubscription_PostsThroughTheBotConnectorWithTheAppsTokenAndRecordsItSent()
    {
        var subscription = await SubscribeTeamsAsync();

        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", subscription.ShortId, "--workspace", Tenant));

        var posted = Assert.Single(_teams.Accepted);
        Assert.Equal((Tenant, "19:leadership@thread.tacv2"), (posted.Workspace, posted.Conversation));
        Assert.Contains("Weekly alignment digest for leadership", posted.Text, StringComparison.Ordinal);
        Assert.Equal(1, _teams.TokensIssued);
        var record = Assert.Single(await DeliveriesAsync(subscription));
        Assert.Equal((DeliveryState.Sent, posted.Id), (record.State, record.MessageId));
    }

    [Fact]
    public async Task DigestSendAllDue_ServesWhatIsDueOnBothPlatformsAndLeavesTheRestAlone()
    {
        var now = DateTimeOffset.UtcNow;
        var slack = await SubscribeSlackAsync(DueAnHourAgo(now), since: now.AddDays(-1));
        var teams = await SubscribeTeamsAsync(DueAnHourAgo(now), since: now.AddDays(-1));
        var notYet = await SubscribeSlackAsync(DueAnHourAgo(now), since: now, channel: "C0SALES", audience: Audience.Sales);

        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", "--all-due"));

        Assert.Contains("3 subscription(s) looked at. NotDue: 1, Posted: 2", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal("C0MARKETING", Assert.Single(_slack.Accepted).Conversation);
        Assert.Equal("19:leadership@thread.tacv2", Assert.Single(_teams.Accepted).Conversation);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await DeliveriesAsync(slack)).State);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await DeliveriesAsync(teams)).State);
        Assert.Empty(await DeliveriesAsync(notYet));

        // Run again: each period is served at most once.
        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", "--all-due"));
        Assert.Single(_slack.Accepted);
        Assert.Single(_teams.Accepted);
    }

    [Fact]
    public async Task DigestList_BothPlatformsConfigured_FlagsNothing()
    {
        await SubscribeSlackAsync();

        Assert.Equal(0, await RunAsync(Configured(), "digest", "list", "--workspace", SlackTeam));

        Assert.Contains("none yet", _out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Needs attention", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSendAndList_SlackNotConfigured_SaySoForThatSubscriptionAndRecordNothing()
    {
        var subscription = await SubscribeSlackAsync();
        var withoutSlack = Configured();
        withoutSlack.Remove("Slack:BotToken");

        Assert.Equal(1, await RunAsync(withoutSlack, "digest", "send", subscription.ShortId, "--workspace", SlackTeam));
        Assert.Contains($"{subscription.ShortId} (marketing in #marketing): ChannelUnavailable — Not posted to #marketing (subscription {subscription.ShortId}): " +
            "Slack is not configured here: Slack:BotToken is not set. Nothing was recorded for this period.", _err.ToString(), StringComparison.Ordinal);
        Assert.Empty(_slack.Accepted);
        Assert.Empty(await DeliveriesAsync(subscription));

        Assert.Equal(1, await RunAsync(withoutSlack, "digest", "list", "--workspace", SlackTeam));
        Assert.Contains($"• {subscription.ShortId} (marketing in #marketing): Slack is not configured here: Slack:BotToken is not set.", _out.ToString(), StringComparison.Ordinal);

        // With the token the same period still goes out, once.
        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", subscription.ShortId, "--workspace", SlackTeam));
        Assert.Single(_slack.Accepted);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await DeliveriesAsync(subscription)).State);
    }

    [Fact]
    public async Task DigestSendAllDue_TeamsNotConfigured_ReportsThatSubscriptionPostsTheOthersAndExitsWithOne()
    {
        var now = DateTimeOffset.UtcNow;
        var slack = await SubscribeSlackAsync(DueAnHourAgo(now), since: now.AddDays(-1));
        var teams = await SubscribeTeamsAsync(DueAnHourAgo(now), since: now.AddDays(-1), serviceUrl: "https://smba.trafficmanager.net/amer/");
        var withoutTeams = Configured();
        withoutTeams.Remove("MicrosoftAppId");
        withoutTeams.Remove("MicrosoftAppPassword");

        Assert.Equal(1, await RunAsync(withoutTeams, "digest", "send", "--all-due"));

        Assert.Contains($"ChannelUnavailable: Not posted to 19:leadership@thread.tacv2 (subscription {teams.ShortId}): Teams is not configured here: MicrosoftAppId", _err.ToString(), StringComparison.Ordinal);
        Assert.Single(_slack.Accepted);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await DeliveriesAsync(slack)).State);
        Assert.Empty(await DeliveriesAsync(teams));
    }

    [Fact]
    public async Task DigestSend_UncertainDelivery_ListFlagsItSendPostsItOnceAndTheRecordBecomesSent()
    {
        var subscription = await SubscribeSlackAsync();
        var now = DateTimeOffset.UtcNow;
        var today = DigestCalendar.LocalDate(subscription.Schedule, now);
        var period = DigestCalendar.PeriodKey(subscription.Schedule, today);
        await new SqlDigestDeliveryStore(_database.Connections).TryInsertAsync(new DigestDelivery(new WorkspaceId(SlackTeam), subscription.Id, period, now.AddHours(-2), today,
            DeliveryState.Uncertain, 1, now.AddHours(-1), now.AddHours(-2), "old-host:42",
            Detail: "The bot stopped while posting, so the post may or may not have arrived. Check the channel; `digest send` posts it again."), default);

        Assert.Equal(1, await RunAsync(Configured(), "digest", "list", "--workspace", SlackTeam));
        Assert.Contains($"UNCERTAIN {today:yyyy-MM-dd}", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("`digest send <id>` posts this period's digest again", _out.ToString(), StringComparison.Ordinal);

        // A person checked the channel: it never arrived. Post it.
        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", subscription.ShortId, "--workspace", SlackTeam));
        var posted = Assert.Single(_slack.Accepted);
        var record = Assert.Single(await DeliveriesAsync(subscription));
        Assert.Equal((period, DeliveryState.Sent, 2, posted.Id), (record.PeriodKey, record.State, record.Attempts, record.MessageId));

        // Now the period is settled: the list is clean, and sending again posts nothing.
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(Configured(), "digest", "list", "--workspace", SlackTeam));
        Assert.Contains($"sent {today:yyyy-MM-dd}", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(Configured(), "digest", "send", subscription.ShortId, "--workspace", SlackTeam));
        Assert.Contains("already sent", _out.ToString(), StringComparison.Ordinal);
        Assert.Single(_slack.Accepted);
    }

    /// <summary>What a deployment's configuration holds for both platforms, pointed at the stand-ins.</summary>
    private Dictionary<string, string?> Configured() => new()
    {
        ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString,
        ["Slack:BotToken"] = SlackStandIn.TokenPrefix + SlackTeam,
        ["Slack:ApiBaseUrl"] = new Uri(_slack.BaseUri, "api/").ToString(),
        ["MicrosoftAppId"] = AppId,
        // The Bot Connector stand-in listens on 127.0.0.1: the one Connector host these tests allow.
        ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["MicrosoftAppPassword"] = TeamsStandIn.ClientSecret,
        ["BotFramework:TokenEndpoint"] = new Uri(_teams.BaseUri, TeamsStandIn.TokenPath).ToString(),
    };

    private Task<int> RunAsync(Dictionary<string, string?> configuration, params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err, configuration));

    /// <summary>Weekly, on the weekday and at the minute of an hour ago (UTC): due now, within the grace period.</summary>
    private static DigestSchedule DueAnHourAgo(DateTimeOffset now)
    {
        var due = now.AddHours(-1);
        return new DigestSchedule(due.DayOfWeek, new TimeOnly(due.Hour, due.Minute), "UTC");
    }

    private Task<DigestSubscription> SubscribeSlackAsync(DigestSchedule? schedule = null, DateTimeOffset? since = null, string channel = "C0MARKETING", Audience audience = Audience.Marketing)
        => SaveAsync(new ConversationAddress("slack", SlackTeam, channel, BotId: "UBOT0001", IsGroup: true, Name: channel == "C0MARKETING" ? "#marketing" : "#sales"), audience, schedule, since);

    private Task<DigestSubscription> SubscribeTeamsAsync(DigestSchedule? schedule = null, DateTimeOffset? since = null, string? serviceUrl = null)
        => SaveAsync(new ConversationAddress("msteams", Tenant, "19:leadership@thread.tacv2", ServiceUrl: serviceUrl ?? _teams.BaseUri.ToString(), BotId: "28:" + AppId, IsGroup: true),
            Audience.Leadership, schedule, since);

    private async Task<DigestSubscription> SaveAsync(ConversationAddress address, Audience audience, DigestSchedule? schedule, DateTimeOffset? since)
    {
        var at = since ?? DateTimeOffset.UtcNow;
        var subscription = new DigestSubscription(Guid.NewGuid(), new WorkspaceId(address.WorkspaceId), audience, address,
            schedule ?? new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "UTC"), at, "test", at, "test");
        await new SqlDigestSubscriptionStore(_database.Connections).SaveAsync(subscription, default);
        return subscription;
    }

    private async Task<IReadOnlyList<DigestDelivery>> DeliveriesAsync(DigestSubscription subscription)
        => await new SqlDigestDeliveryStore(_database.Connections).ListAsync(subscription.WorkspaceId, subscription.Id, 10, default);
}
