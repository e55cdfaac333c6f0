using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// Compatibility with Microsoft's own implementation rather than our reading of the spec: a parent bot written
/// with botbuilder-js (tests/interop/teams/skill-parent.js) calls AlignmentBot as a skill over loopback and
/// receives our replies on its own skill host endpoint, with both sides' auth pointed at the local stand-in.
/// </summary>
public sealed class InteropTests : IAsyncLifetime
{
    private const string ParentAppId = "9c2b6d1e-4f3a-4b7c-8e9d-0a1b2c3d4e5f";
    private const string ParentPassword = "parent-secret-not-real";

    private TestIdentity _identity = null!;
    private TeamsTestHost _host = null!;
    private NodeProcess _parent = null!;
    private HttpClient _control = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentity.StartAsync();
        // One background worker: turns run in the order they were acknowledged, so a reply that reaches the parent
        // shows that every earlier turn's Connector sends went out before it.
        _host = await TeamsTestHost.StartAsync(_identity, settings => settings["BotFramework:AllowedCallers:0"] = ParentAppId,
            services => services.Configure<BackgroundTurnsOptions>(o => o.Concurrency = 1));
        _parent = await NodeProcess.StartAsync("skill-parent.js", new Dictionary<string, string>
        {
            ["PARENT_APP_ID"] = ParentAppId,
            ["PARENT_PASSWORD"] = ParentPassword,
            ["SKILL_APP_ID"] = TestIdentity.BotAppId,
            ["SKILL_PASSWORD"] = TestIdentity.BotPassword,
            ["SKILL_ENDPOINT"] = _host.BaseUrl + "/api/messages",
            ["TOKEN_ENDPOINT"] = _identity.TokenEndpoint,
            ["CHANNEL_OPENID_METADATA"] = _identity.MetadataUrl,
            ["ENTRA_OPENID_METADATA"] = _identity.EntraMetadataUrl,
        });
        _control = new HttpClient { BaseAddress = new Uri(_parent.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await _parent.DisposeAsync();
        await _host.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task JsSkillParent_SendsAMessage_OurReplyArrivesAtItsSkillHostAndPassesItsAuth()
    {
        _host.Bot.Answer = turn => TurnResult.Reply($"echo: {turn.Text}");

        var sent = await SendAsync(new { text = "hello from botbuilder-js" });

        Assert.True(sent["status"]!.GetValue<int>() == 200, $"{sent}\n{_host.Logs.All}");
        var turn = await _host.Bot.NextTurnAsync();
        Assert.Equal("hello from botbuilder-js", turn.Text);
        Assert.Equal($"{_parent.BaseUrl}/api/skills/", turn.Conversation.ServiceUrl);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", turn.Conversation.WorkspaceId);

        var received = await ReceivedAsync(1);
        var reply = received[0]!;
        Assert.True(reply["operation"]!.GetValue<string>() == "reply", _parent.Output);
        Assert.Equal(sent["conversationId"]!.GetValue<string>(), reply["conversationId"]!.GetValue<string>());
        Assert.Equal(sent["activityId"]!.GetValue<string>(), reply["activityId"]!.GetValue<string>());
        // The SDK validated our token and its allowed-callers check found our app id in it.
        Assert.Equal(TestIdentity.BotAppId, reply["caller"]!.GetValue<string>());
        Assert.Equal("echo: hello from botbuilder-js", reply["activity"]!["text"]!.GetValue<string>());
        Assert.Equal("message", reply["activity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsSkillParent_ExpectReplies_ReadsOurRepliesIncludingACard()
    {
        _host.Bot.Answer = _ => TurnResult.Reply("Here is the scorecard.", new OutgoingMessage("Scorecard", SampleCards.Scorecard()));

        var sent = await SendAsync(new { text = "is marketing working?", deliveryMode = "expectReplies" });

        Assert.Equal(200, sent["status"]!.GetValue<int>());
        var activities = sent["body"]!["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        Assert.Equal("Here is the scorecard.", activities[0]!["text"]!.GetValue<string>());
        var card = activities[1]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        Assert.Empty(AdaptiveCardSchema.Validate(card["content"]!));

        // Nothing went out through the Connector as well: the first thing the parent's skill host receives is the reply
        // to a later, ordinary message.
        _host.Bot.Answer = turn => TurnResult.Reply($"echo: {turn.Text}");
        Assert.Equal(200, (await SendAsync(new { text = "after expectReplies" }))["status"]!.GetValue<int>());
        var received = await ReceivedAsync(1);
        Assert.Equal("echo: after expectReplies", received[0]!["activity"]!["text"]!.GetValue<string>());
        Assert.Single(received);
    }

    [Fact]
    public async Task JsSkillParent_ProactiveOneToOne_CreatedThroughItsConnectorRoutesThenMessaged()
    {
        // A turn from the parent first: it is the conversation "near" the person (same tenant and bot id), as a
        // reminder finds one for someone who never wrote to the bot; its serviceUrl is the SDK's routes standing in
        // for the Bot Connector (a skill host would want a skill token, which a Connector call never carries).
        _host.Bot.Answer = _ => TurnResult.Empty;
        Assert.Equal(200, (await SendAsync(new { text = "hello" }))["status"]!.GetValue<int>());
        var near = (await _host.Bot.NextTurnAsync()).Conversation with { ServiceUrl = $"{_parent.BaseUrl}/api/connector/" };
        var opener = _host.Services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "msteams");

        var opened = await opener.OpenAsync(near.WorkspaceId, "29:person-to-remind", "29:person-to-remind", near, default);

        Assert.True(opened is not null, $"near: {near}\n{_parent.Output}\n{_host.Logs.All}");
        var create = (await ReceivedAsync(1))[0]!;
        Assert.True(create["operation"]!.GetValue<string>() == "create", $"{create}\n{_parent.Output}");
        // The SDK's route parsed our ConversationParameters and its auth accepted our token from our app id.
        Assert.Equal(TestIdentity.BotAppId, create["caller"]!.GetValue<string>());
        var parameters = create["activity"]!;
        Assert.False(parameters["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:person-to-remind", parameters["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(near.WorkspaceId, parameters["tenantId"]!.GetValue<string>());
        Assert.Equal(near.WorkspaceId, parameters["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("a:1on1-parent-1", opened.ConversationId);

        // The reminder then goes into the new 1:1.
        var sender = _host.Services.GetServices<IMessageSender>().Single(s => s.ChannelId == "msteams");
        var result = await sender.SendAsync(opened, new OutgoingMessage("Time for your numbers."), default);

        Assert.True(result.Delivered, result.Error);
        var send = (await ReceivedAsync(2))[1]!;
        Assert.Equal("send", send["operation"]!.GetValue<string>());
        Assert.Equal("a:1on1-parent-1", send["conversationId"]!.GetValue<string>());
        Assert.Equal("Time for your numbers.", send["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task BotNotInAllowedCallers_IsRefusedBeforeAnyTurn()
    {
        var sent = await SendAsync(new { text = "let me in", fromBotId = "0f0f0f0f-0000-4000-8000-000000000001" });

        Assert.Equal(401, sent["status"]!.GetValue<int>());
        Assert.Empty(_host.Bot.Turns);
    }

    public static TheoryData<string> ChannelTokens => new()
    {
        "valid", "expired", "not yet valid", "within skew", "wrong audience", "wrong issuer", "unknown key",
        "key not endorsed for the channel", "serviceUrl mismatch", "no serviceurl claim",
    };

    /// <summary>The same Bot Connector token, judged by our endpoint and by the SDK's authenticateRequest: the verdicts must agree.</summary>
    [Theory]
    [MemberData(nameof(ChannelTokens))]
    public async Task ChannelToken_OurVerdictMatchesTheSdks(string kind)
    {
        _host.Bot.Answer = _ => TurnResult.Empty;
        var now = DateTime.UtcNow;
        var token = kind switch
        {
            "valid" => _identity.ChannelToken(),
            "expired" => _identity.ChannelToken(notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "not yet valid" => _identity.ChannelToken(notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            "within skew" => _identity.ChannelToken(notBefore: now.AddMinutes(-60), expires: now.AddMinutes(-2)),
            "wrong audience" => _identity.ChannelToken(audience: ParentAppId),
            "wrong issuer" => _identity.ChannelToken(issuer: "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/"),
            "unknown key" => _identity.ChannelToken(key: _identity.UnknownKey),
            "key not endorsed for the channel" => _identity.ChannelToken(key: _identity.SkypeOnlyKey),
            "serviceUrl mismatch" => _identity.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/emea/"),
            "serviceUrl differs only in case" => _identity.ChannelToken(serviceUrl: TestIdentity.TeamsServiceUrl.ToUpperInvariant()),
            "no serviceurl claim" => _identity.ChannelToken(serviceUrl: null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var activity = Fixtures.Activity("teams-personal-message.json");

        var ours = await _host.PostAsync(activity, token);
        using var sdkResponse = await _control.PostAsJsonAsync("/control/validate", new { activity = JsonNode.Parse(activity), authHeader = "Bearer " + token });
        var sdk = JsonNode.Parse(await sdkResponse.Content.ReadAsStringAsync())!;

        var weAccept = ours.StatusCode == HttpStatusCode.OK;
        var sdkAccepts = sdk["ok"]!.GetValue<bool>();
        Assert.True(weAccept == sdkAccepts, $"{kind}: we {(weAccept ? "accept" : "refuse")}, the SDK {(sdkAccepts ? "accepts" : "refuses")} ({sdk["error"]})");
        Assert.Equal(kind is "valid" or "within skew", weAccept);
    }

    /// <summary>
    /// The one place Microsoft's SDKs disagree with each other: botbuilder-dotnet compares the serviceurl claim
    /// ignoring case (ChannelValidation, StringComparison.OrdinalIgnoreCase), botbuilder-js compares exactly.
    /// We follow the .NET SDK; this test pins the difference so a change on either side is noticed.
    /// </summary>
    [Fact]
    public async Task ChannelToken_ServiceUrlDiffersOnlyInCase_WeAcceptAsTheDotnetSdkDoesTheJsSdkRefuses()
    {
        _host.Bot.Answer = _ => TurnResult.Empty;
        var token = _identity.ChannelToken(serviceUrl: TestIdentity.TeamsServiceUrl.ToUpperInvariant());
        var activity = Fixtures.Activity("teams-personal-message.json");

        var ours = await _host.PostAsync(activity, token);
        using var sdkResponse = await _control.PostAsJsonAsync("/control/validate", new { activity = JsonNode.Parse(activity), authHeader = "Bearer " + token });
        var sdk = JsonNode.Parse(await sdkResponse.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, ours.StatusCode);
        Assert.False(sdk["ok"]!.GetValue<bool>());
        Assert.Contains("ServiceUrl", sdk["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> SendAsync(object body)
    {
        using var response = await _control.PostAsJsonAsync("/control/send", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{text}\n{_parent.Output}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<JsonArray> ReceivedAsync(int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var received = JsonNode.Parse(await _control.GetStringAsync(new Uri("/control/received", UriKind.Relative)))!.AsArray();
            if (received.Count >= atLeast)
            {
                return received;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the parent received {received.Count} of {atLeast} activities\n{_parent.Output}\n{_host.Logs.All}");
            await Task.Delay(100);
        }
    }
}
