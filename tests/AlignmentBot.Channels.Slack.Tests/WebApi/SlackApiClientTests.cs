using System.Diagnostics;
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

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSlackChannel(configuration).BuildServiceProvider(validateScopes: true);
    }

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
        var calls = 0;
        _slack.Script("views.publish", _ => Interlocked.Increment(ref calls) == 1 ? SlackStandIn.RateLimited(1) : null);
        var views = _services.GetRequiredService<IViewsApi>();
        var watch = Stopwatch.StartNew();

        await views.PublishAsync(new ViewsPublishRequest("U1", new SlackView(SlackView.Home, [])), CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {watch.Elapsed}");
    }

    [Fact]
    public async Task PacingOff_ForAStandIn_PostsWithoutWaiting_ButStillHonoursRetryAfter()
    {
        await using var services = Services(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:SocketMode"] = "false",
            ["Slack:ApiBaseUrl"] = _slack.ApiUrl.TrimEnd('/'),
            ["Slack:PaceRequests"] = "false",
        });
        var chat = services.GetRequiredService<IChatApi>();
        var watch = Stopwatch.StartNew();

        // One channel, ten messages: paced, the per-channel rule (one a second after a burst of 3) would take 7 s.
        for (var i = 0; i < 10; i++)
        {
            await chat.PostMessageAsync(new PostMessageRequest("C1", $"m{i}"), CancellationToken.None);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"ten posts took {watch.Elapsed}");
        Assert.Equal(10, _slack.CallsTo("chat.postMessage").Count());

        var calls = 0;
        _slack.Script("chat.postMessage", _ => Interlocked.Increment(ref calls) == 1 ? SlackStandIn.RateLimited(1) : null);
        watch.Restart();
        await chat.PostMessageAsync(new PostMessageRequest("C1", "after a 429"), CancellationToken.None);
        Assert.Equal(2, calls);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {watch.Elapsed}");
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
        var slowHit = 0;
        _slack.Script("chat.postMessage", c => c.Arg("channel") == "C-SLOW" && Interlocked.Increment(ref slowHit) == 1 ? SlackStandIn.RateLimited(2) : null);
        var watch = Stopwatch.StartNew();

        var slow = Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, "C-SLOW"), "digest", CancellationToken.None);
        await Task.Delay(100);
        var fast = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Sender.SendAsync(new ConversationAddress("slack", SlackStandIn.TeamId, $"C-FAST-{i}"), "digest", CancellationToken.None)));
        var fastDone = watch.Elapsed;
        var slowResult = await slow;

        Assert.All(fast, r => Assert.True(r.Delivered));
        Assert.True(slowResult.Delivered);
        Assert.True(fastDone < TimeSpan.FromSeconds(1), $"fast channels took {fastDone}");
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"slow channel did not wait: {watch.Elapsed}");
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
