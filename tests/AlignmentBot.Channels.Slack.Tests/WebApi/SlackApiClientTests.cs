using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.WebApi;

/// <summary>Our Web API client and the "slack" message sender against the stand-in.</summary>
public sealed class SlackApiClientTests : IAsyncLifetime
{
    private SlackStandIn _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();
        _services = Services(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:AppToken"] = SlackStandIn.AppToken,
            ["Slack:SocketMode"] = "false",
            ["Slack:ApiBaseUrl"] = _slack.ApiUrl.TrimEnd('/'),
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        return services.AddSlackChannel(configuration).BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The client against the stand-in on a clock the test moves, so every wait it starts is seen and ended by the test.</summary>
    private ServiceProvider ServicesOn(WatchedClock clock, bool paceRequests = true) => Services(new Dictionary<string, string?>
    {
        ["Slack:BotToken"] = SlackStandIn.BotToken,
        ["Slack:SocketMode"] = "false",
        ["Slack:ApiBaseUrl"] = _slack.ApiUrl.TrimEnd('/'),
        ["Slack:PaceRequests"] = paceRequests ? "true" : "false",
    }, clock);

    private IMessageSender Sender => _services.GetServices<IMessageSender>().Single(s => s.ChannelId == "slack");

    [Fact]
    public async Task PostMessage_SendsBearerTokenAndJsonToTheConfiguredBaseUrl()
    {
        var chat = _services.GetRequiredService<IChatApi>();

        var response = await chat.PostMessageAsync(new PostMessageRequest("C1", "hello") { ThreadTs = "1.2" }, CancellationToken.None);

        var call = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal(SlackStandIn.BotToken, call.Token);
        Assert.StartsWith("application/json; charset=utf-8", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("C1", call.Arg("channel"));
        Assert.Equal("1.2", call.Arg("thread_ts"));
        Assert.NotNull(response.Ts);
    }

    [Fact]
    public async Task OkFalse_IsRaisedWithSlacksErrorCode()
    {
        _slack.Script("chat.update", _ => SlackStandIn.Error("cant_update_message"));
        var chat = _services.GetRequiredService<IChatApi>();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => chat.UpdateAsync(new UpdateMessageRequest("C1", "1.1", "x"), CancellationToken.None));

        Assert.Equal("cant_update_message", error.Error);
        Assert.Equal("chat.update", error.Method);
        Assert.False(error.IsPermanent);
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfterAndRetries()
    {
        var clock = new WatchedClock();
        await using var services = ServicesOn(clock);
        var calls = 0;
        _slack.Script("views.publish", _ => Interlocked.Increment(ref calls) == 1 ? SlackStandIn.RateLimited(1) : null);

        var publish = services.GetRequiredService<IViewsApi>().PublishAsync(new ViewsPublishRequest("U1", new SlackView(SlackView.Home, [])), CancellationToken.None);

        // The client now waits Retry-After on its clock; the retry can only come once the test moves it.
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextWaitAsync());
        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.False(publish.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await publish.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task PacingOff_ForAStandIn_PostsWithoutWaiting_ButStillHonoursRetryAfter()
    {
        var clock = new WatchedClock();
        await using var services = ServicesOn(clock, paceRequests: false);
        var chat = services.GetRequiredService<IChatApi>();

        // One channel, ten messages: paced, the per-channel rule (one a second after a burst of 3) would wait 7 times.
        // The clock never moves here, so a single wait would hold the loop until the guard gives up.
        for (var i = 0; i < 10; i++)
        {
            await chat.PostMessageAsync(new PostMessageRequest("C1", $"m{i}"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, clock.WaitsStarted);
        Assert.Equal(10, _slack.CallsTo("chat.postMessage").Count());

        var calls = 0;
        _slack.Script("chat.postMessage", _ => Interlocked.Increment(ref calls) == 1 ? SlackStandIn.RateLimited(1) : null);
        var post = chat.PostMessageAsync(new PostMessageRequest("C1", "after a 429"), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextWaitAsync());
        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.False(post.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await post.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task TooManyRequestsEveryTime_GivesUpWithRatelimited()
    {
        _slack.Script("chat.postEphemeral", _ => SlackStandIn.RateLimited(0));
        var chat = _services.GetRequiredService<IChatApi>();

        var error = await Assert.ThrowsAsync<SlackApiException>(() => chat.PostEphemeralAsync(new PostEphemeralRequest("C1", "U1", "x"), CancellationToken.None));

        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(SlackApiClient.MaxRateLimitRetries + 1, _slack.CallsTo("chat.postEphemeral").Count());
    }

    [Fact]
    public async Task UsersInfo_ReadsTimeZoneWithAFormRequest()
    {
        var user = await _services.GetRequiredService<IUsersApi>().InfoAsync("U0DANA001", CancellationToken.None);

        Assert.Equal("America/New_York", user.TimeZone);
        Assert.StartsWith("application/x-www-form-urlencoded", Assert.Single(_slack.CallsTo("users.info")).ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionsOpen_UsesTheAppTokenInTheHeader()
    {
        var url = await _services.GetRequiredService<IAppsConnectionsApi>().OpenAsync(CancellationToken.None);

        Assert.Equal("ws", url.Scheme);
        var call = Assert.Single(_slack.CallsTo("apps.connections.open"));
        Assert.Equal(SlackStandIn.AppToken, call.Token);
        Assert.Empty(call.Args);
    }

    [Fact]
    public async Task Sender_Delivered_ReturnsTheMessageTs()
    {
        var result = await Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C0DIGEST"), new OutgoingMessage("Weekly digest", new Card("Digest", [new TextBlock("**3 of 7** on track")])), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.StartsWith("1700000000.", result.MessageId, StringComparison.Ordinal);
        Assert.Equal("*3 of 7* on track", Assert.Single(_slack.CallsTo("chat.postMessage")).Args["blocks"]![1]!["text"]!["text"]!.ToString());
    }

    [Theory]
    [InlineData("channel_not_found", true)]
    [InlineData("not_in_channel", true)]
    [InlineData("is_archived", true)]
    [InlineData("account_inactive", true)]
    [InlineData("invalid_auth", true)]
    [InlineData("internal_error", false)]
    [InlineData("fatal_error", false)]
    public async Task Sender_SlackRefuses_ReportsTheErrorCodeAndWhetherRetryingCanHelp(string error, bool permanent)
    {
        _slack.Script("chat.postMessage", _ => SlackStandIn.Error(error));

        var result = await Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C0GONE"), "digest", CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.StartsWith($"Slack refused the post: {error}", result.Error, StringComparison.Ordinal);
        Assert.Equal(permanent, result.Permanent);
    }

    [Theory]
    [InlineData("not_in_channel", "/invite")]
    [InlineData("token_revoked", "Slack:BotToken")]
    [InlineData("is_archived", "unarchive")]
    public async Task Sender_FailureAnAdminCanFix_SaysWhatToDo(string error, string hint)
    {
        _slack.Script("chat.postMessage", _ => SlackStandIn.Error(error));

        var result = await Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C0GONE"), "digest", CancellationToken.None);

        Assert.Contains(hint, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sender_OneRateLimitedChannel_DoesNotHoldUpTheOthers()
    {
        var clock = new WatchedClock();
        await using var services = ServicesOn(clock);
        var sender = services.GetServices<IMessageSender>().Single(s => s.ChannelId == "slack");
        var slowHit = 0;
        _slack.Script("chat.postMessage", c => c.Arg("channel") == "C-SLOW" && Interlocked.Increment(ref slowHit) == 1 ? SlackStandIn.RateLimited(2) : null);

        var slow = sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C-SLOW"), "digest", CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(2), await clock.NextWaitAsync());

        // The slow channel waits on the clock, which stands still: the other channels get through all the same.
        var fast = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, $"C-FAST-{i}"), "digest", CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(fast, r => Assert.True(r.Delivered));
        Assert.False(slow.IsCompleted);
        Assert.Equal(1, clock.WaitsStarted);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await slow.WaitAsync(TimeSpan.FromSeconds(30))).Delivered);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == "C-SLOW"));
    }

    [Fact]
    public async Task Sender_LongPlainText_IsSplitRatherThanTruncated()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 9).Select(i => new string((char)('a' + i), 9_000)));

        var result = await Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C1"), text, CancellationToken.None);

        Assert.True(result.Delivered);
        var posts = _slack.CallsTo("chat.postMessage").ToList();
        Assert.True(posts.Count >= 3);
        Assert.All(posts, p => Assert.True(p.Arg("text")!.Length <= BlockKitLimits.MessageText));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(posts.Select(p => p.Arg("text")!.Replace("\n", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Sender_WithoutABotToken_FailsPermanentlyWithoutCallingSlack()
    {
        await using var unconfigured = Services(new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = _slack.ApiUrl });
        var sender = unconfigured.GetServices<IMessageSender>().Single(s => s.ChannelId == "slack");

        var result = await sender.SendAsync(new ConversationAddress("slack", "T1", "C1"), "hi", CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.True(result.Permanent);
        Assert.Empty(_slack.Calls);
    }
}
