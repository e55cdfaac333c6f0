using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>Replies and proactive messages reaching a Bot Connector stand-in, with Teams' throttling rules.</summary>
public sealed class ConnectorTests : ConnectedHostTest
{
    private const string PersonalChat = "a:1pL7tQ9sV3xZ5bD7fH9jK1mN3pR5tV7xZ9bD1fH3jK5mN7pR9tV1xZ3bD5fH7jK9mN1pR3tV5xZ7bD9fH1j";

    [Fact]
    public async Task Message_Reply_IsPostedAsAReplyToTheActivityWithAnAppToken()
    {
        var activity = Fixtures.Activity("teams-personal-message.json", a => { a["id"] = "1763889611000"; a["serviceUrl"] = Connector.ServiceUrl; });

        await Host.PostAsync(activity, Identity.ChannelToken(serviceUrl: Connector.ServiceUrl));

        var call = await Connector.NextCallAsync();
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(PersonalChat)}/activities/1763889611000", call.PathAndQuery);
        var token = new JsonWebToken(call.Authorization["Bearer ".Length..]);
        Assert.Equal("https://api.botframework.com", token.Audiences.Single());
        Assert.Equal(TestIdentity.BotAppId, token.GetClaim("appid").Value);
        var reply = ConnectorStandIn.Body(call);
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Equal("echo: we need more leads", reply["text"]!.GetValue<string>());
        Assert.Equal("1763889611000", reply["replyToId"]!.GetValue<string>());
        Assert.Equal("28:6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal(PersonalChat, reply["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_ReplyGets500Then503ThenAReset_IsRetriedAndDeliveredOnce()
    {
        Connector.Failures.Enqueue((500, null, null));
        Connector.Failures.Enqueue((503, null, null));
        Connector.Failures.Enqueue((0, null, null));
        var activity = Fixtures.Activity("teams-personal-message.json", a => { a["id"] = "1763889612000"; a["serviceUrl"] = Connector.ServiceUrl; });

        await Host.PostAsync(activity, Identity.ChannelToken(serviceUrl: Connector.ServiceUrl));

        // Three failed attempts, then the one that lands; the turn itself ran once.
        var calls = new[] { await Connector.NextCallAsync(), await Connector.NextCallAsync(), await Connector.NextCallAsync(), await Connector.NextCallAsync() };
        Assert.All(calls, c => Assert.EndsWith("/activities/1763889612000", c.PathAndQuery, StringComparison.Ordinal));
        Assert.Empty(Connector.Failures);
        Assert.Single(Host.Bot.Turns);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_TheBotGetsTheAddressAndItsGreetingIsSentToTheConversation()
    {
        Host.Bot.Answer = _ => TurnResult.Reply("Hi team, I'm AlignmentBot.");
        var activity = Fixtures.Activity("teams-conversation-update-bot-added.json", a => a["serviceUrl"] = Connector.ServiceUrl);

        await Host.PostAsync(activity, Identity.ChannelToken(serviceUrl: Connector.ServiceUrl));

        var turn = await Host.Bot.NextTurnAsync();
        Assert.Equal(ActivityKind.ConversationStarted, turn.Kind);
        Assert.Equal(new ConversationAddress("msteams", Tenant, "19:aa11bb22cc33dd44ee55ff66aa77bb88@thread.tacv2", ServiceUrl: Connector.ServiceUrl, BotId: "28:6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", IsGroup: true), turn.Conversation);
        var call = await Connector.NextCallAsync();
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString("19:aa11bb22cc33dd44ee55ff66aa77bb88@thread.tacv2")}/activities", call.PathAndQuery);
        Assert.Equal("Hi team, I'm AlignmentBot.", ConnectorStandIn.Body(call)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_Proactive_ReachesTheStoredConversationAndReturnsTheMessageId()
    {
        var result = await Sender().SendAsync(Address(), new OutgoingMessage("Weekly digest: 4 of 7 goals on track."), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.StartsWith("1:", result.MessageId, StringComparison.Ordinal);
        var call = await Connector.NextCallAsync();
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString("19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2")}/activities", call.PathAndQuery);
    }

    [Fact]
    public async Task Send_Throttled429_WaitsForRetryAfterThenDelivers()
    {
        Connector.Failures.Enqueue((429, "1", null));
        var started = DateTime.UtcNow;

        var result = await Sender().SendAsync(Address(), new OutgoingMessage("digest"), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal(2, Connector.Calls.Count);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not honoured");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Send_TransientFailuresThenSuccess_Delivers(int status)
    {
        Connector.Failures.Enqueue((status, null, null));
        Connector.Failures.Enqueue((429, null, null));

        var result = await Sender().SendAsync(Address(), new OutgoingMessage("digest"), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal(3, Connector.Calls.Count);
    }

    [Fact]
    public async Task Send_ThrottledOnEveryAttempt_GivesUpAfterMaxRetriesAndLogsTheConversation()
    {
        // BotFramework:Retry:MaxRetries is 20 by default.
        for (var i = 0; i < 25; i++)
        {
            Connector.Failures.Enqueue((429, null, null));
        }

        var result = await Sender().SendAsync(Address(), new OutgoingMessage("digest"), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.False(result.Permanent);
        Assert.Equal(21, Connector.Calls.Count);
        Assert.Contains(Host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_BotBlocked403_IsAPermanentFailureNotRetriedAndLogged()
    {
        Connector.Failures.Enqueue((403, null, "MessageWritesBlocked"));

        var result = await Sender().SendAsync(Address(), new OutgoingMessage("digest"), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.True(result.Permanent);
        Assert.Contains("MessageWritesBlocked", result.Error, StringComparison.Ordinal);
        Assert.Single(Connector.Calls);
        var logged = Assert.Single(Host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains("permanently", logged.Message, StringComparison.Ordinal);
        Assert.Contains("19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestIdentity.BotPassword, Host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Several_UsesOneCachedToken()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await Sender().SendAsync(Address(), new OutgoingMessage($"message {i}"), CancellationToken.None)).Delivered);
        }

        Assert.Equal(1, Identity.TokensIssued);
        Assert.Single(Connector.Calls.Select(c => c.Authorization).Distinct());
    }

    [Fact]
    public async Task Sender_EighthMessageInASecond_WaitsForTheConversationsWindowInsteadOfDrawingA429()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
        {
            Assert.True((await Sender().SendAsync(Address(), new OutgoingMessage($"update {i}"), CancellationToken.None)).Delivered);
        }

        // Teams allows 7 a second per conversation: the 8th went out a second after the first, not straight away.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(990), $"8 sends took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(8, Connector.Calls.Count);
    }

    [Fact]
    public async Task OpenPersonalConversation_CreatesA1To1ChatInTheTenant()
    {
        var address = await Sender().OpenPersonalConversationAsync(Address(), new UserRef("29:1Xb9wQ7l", "Dana Whitfield"), CancellationToken.None);

        Assert.NotNull(address);
        Assert.Equal("a:new-personal-chat", address.ConversationId);
        Assert.False(address.IsGroup);
        var call = await Connector.NextCallAsync();
        Assert.Equal("/amer/v3/conversations", call.PathAndQuery);
        var body = ConnectorStandIn.Body(call);
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:1Xb9wQ7l", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(Tenant, body["tenantId"]!.GetValue<string>());
        Assert.Equal(Tenant, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteActivity_UsesTheEscapedIds()
    {
        var client = Host.Services.GetRequiredService<ConnectorClient>();

        await client.DeleteActivityAsync(Connector.ServiceUrl, "19:abc@thread.tacv2;messageid=17", "1:xyz", audience: null, CancellationToken.None);

        var call = await Connector.NextCallAsync();
        Assert.Equal("DELETE", call.Method);
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3Axyz", call.PathAndQuery);
    }

    private TeamsMessageSender Sender() => Host.Services.GetRequiredService<TeamsMessageSender>();

    private ConversationAddress Address() => new("msteams", Tenant, "19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2", ServiceUrl: Connector.ServiceUrl, BotId: "28:6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", IsGroup: true, Name: "Marketing");
}
