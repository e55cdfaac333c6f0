using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>What each kind of inbound activity becomes, and how the answer goes back.</summary>
public sealed class MessagesEndpointTests : ConnectedHostTest
{
    [Fact]
    public async Task Message_InAChannel_StripsTheBotsMentionAndCarriesTheAddress()
    {
        var response = await PostAsync("teams-channel-message-with-mention.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await Host.Bot.NextTurnAsync();
        Assert.Equal(ActivityKind.Message, turn.Kind);
        Assert.Equal("is marketing working?", turn.Text);
        Assert.Equal(Tenant, turn.Conversation.WorkspaceId);
        Assert.True(turn.Conversation.IsGroup);
        Assert.Equal("Marketing", turn.Conversation.Name);
        Assert.Equal("msteams", turn.Conversation.ChannelId);
        // The person's key is their AAD object id; the channel account id stays for addressing.
        Assert.Equal(new UserRef("3f2b8c1d-7e4a-4b9c-8d2e-1a6f5c4b3e21", "Dana Whitfield", "Europe/Berlin") { AddressId = "29:1Xb9wQ7lD0mEo8uYl5vWq-3kS4gBv0pW2yJ8zR6tN1aH0cF4dE7iK9lM2nO5pQ3rS" }, turn.From);
        Assert.Equal("en-US", turn.Locale);
    }

    [Fact]
    public async Task Message_MentioningSomeoneElse_KeepsThatMention()
    {
        await PostAsync("teams-channel-message-with-mention.json", a =>
        {
            a["text"] = "<at>AlignmentBot</at> ask <at>Sam Okafor</at> about follow-up";
            a["entities"]!.AsArray().Add(new JsonObject { ["type"] = "mention", ["text"] = "<at>Sam Okafor</at>", ["mentioned"] = new JsonObject { ["id"] = "29:sam" } });
        });

        Assert.Equal("ask <at>Sam Okafor</at> about follow-up", (await Host.Bot.NextTurnAsync()).Text);
    }

    [Fact]
    public async Task Message_DeliveredTwiceWithTheSameId_IsHandledOnce()
    {
        var activity = Fixtures.Activity("teams-personal-message.json", a => a["serviceUrl"] = Connector.ServiceUrl);
        var token = Identity.ChannelToken(serviceUrl: Connector.ServiceUrl);

        var first = await Host.PostAsync(activity, token);
        await Host.Bot.NextTurnAsync();
        await Connector.NextCallAsync();
        var retry = await Host.PostAsync(activity, token);

        // The repeat is turned away before it is acknowledged: no second turn was queued.
        await Host.Logs.WaitForAsync("is already in the inbox: a platform retry");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(Host.Bot.Turns);
        Assert.Single(Connector.Calls);
    }

    [Fact]
    public async Task Message_SameActivityIdInTwoConversations_IsAnsweredInBoth()
    {
        // Teams numbers activities per conversation: the same id in another chat is another message.
        var token = Identity.ChannelToken(serviceUrl: Connector.ServiceUrl);
        var first = Fixtures.Activity("teams-personal-message.json", a => a["serviceUrl"] = Connector.ServiceUrl);
        var second = Fixtures.Activity("teams-personal-message.json", a =>
        {
            a["serviceUrl"] = Connector.ServiceUrl;
            a["conversation"]!["id"] = "a:2qM8uR0tW4yA6cE8gI0kL2nP4qS6uW8yA0cE2gI4kL6nP8qS0uW2yA4cE6gI8kL0nP2qS4uW6yA8cE0gI2k";
            a["text"] = "and what about pipeline?";
        });

        Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync(first, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync(second, token)).StatusCode);

        await Host.Bot.NextTurnAsync();
        await Host.Bot.NextTurnAsync();
        Assert.Equal(["and what about pipeline?", "we need more leads"], Host.Bot.Turns.Select(t => t.Text).Order());
        var replies = new[] { await Connector.NextCallAsync(), await Connector.NextCallAsync() };
        Assert.Equal(2, replies.Select(r => ConnectorStandIn.Body(r)["conversation"]!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData("teams-installation-update.json")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("conversationUpdate without the bot")]
    public async Task OtherActivities_AreAcknowledgedWithoutATurn(string what)
    {
        var (response, type) = what switch
        {
            "teams-installation-update.json" => (await PostAsync(what), "installationUpdate"),
            "conversationUpdate without the bot" => (await PostAsync("teams-conversation-update-bot-added.json", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" })), "conversationUpdate"),
            _ => (await PostAsync("teams-personal-message.json", a => a["type"] = what), what),
        };

        // Decided inside the request: acknowledged as needing no turn, so nothing was queued that could still run.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Host.Logs.Entries.Any(e => e.Message.StartsWith($"Acknowledged {type} ", StringComparison.Ordinal)), Host.Logs.All);
        Assert.Empty(Host.Bot.Turns);
    }

    [Fact]
    public async Task Invoke_ActionExecute_IsASubmissionAnsweredWithTheReplacementCardInTheResponse()
    {
        Host.Bot.Answer = turn => new TurnResult([], ReplaceCard: new OutgoingMessage("✓ Goal saved: 240 MQLs a month by 2027-06-30"));

        var response = await PostAsync("teams-invoke-adaptive-card-action.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await Host.Bot.NextTurnAsync();
        Assert.Equal(ActivityKind.Submission, turn.Kind);
        Assert.Equal("goal.confirm", turn.Submission!.Verb);
        Assert.Equal("goal-confirm-d-42", turn.Submission.CardId);
        Assert.Equal(new Dictionary<string, string> { ["goalDraft"] = "d-42", ["target"] = "240" }, turn.Submission.Values);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Empty(AdaptiveCardSchema.Validate(body["value"]!));
        Assert.Equal("✓ Goal saved: 240 MQLs a month by 2027-06-30", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Null(body["value"]!["actions"]);
    }

    [Fact]
    public async Task Invoke_WithInputErrors_KeepsTheCardAndSaysWhatIsWrong()
    {
        Host.Bot.Answer = _ => new TurnResult([], InputErrors: new Dictionary<string, string> { ["target"] = "Target must be a number." });

        var response = await PostAsync("teams-invoke-adaptive-card-action.json");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("Target must be a number.", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RepliesBesidesTheCard_AreSentThroughTheConnector()
    {
        Host.Bot.Answer = _ => new TurnResult(["Saved. I'll include it in Monday's digest."], ReplaceCard: new OutgoingMessage("✓ Goal saved"));

        await PostAsync("teams-invoke-adaptive-card-action.json");

        var call = await Connector.NextCallAsync();
        Assert.Equal("Saved. I'll include it in Monday's digest.", ConnectorStandIn.Body(call)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_NotActionExecute_Is400LikeTheSdk()
    {
        var response = await PostAsync("teams-invoke-adaptive-card-action.json", a => a["value"]!["action"]!["type"] = "Action.Submit");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Empty(Host.Bot.Turns);
    }

    [Fact]
    public async Task Invoke_UnknownName_Is501LikeTheSdk()
    {
        var response = await PostAsync("teams-invoke-adaptive-card-action.json", a => a["name"] = "task/fetch");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ActionSubmit_MessageWithValue_IsASubmissionAndTheCardIsUpdatedInPlace()
    {
        Host.Bot.Answer = _ => new TurnResult(["Logged against MQLs."], ReplaceCard: new OutgoingMessage("✓ Request logged"));

        await PostAsync("teams-message-submit-value.json");

        var turn = await Host.Bot.NextTurnAsync();
        Assert.Equal(ActivityKind.Submission, turn.Kind);
        Assert.Equal("request.triage", turn.Submission!.Verb);
        Assert.Equal("triage-r-7", turn.Submission.CardId);
        Assert.Equal("g-3", turn.Submission.Value("goal"));
        Assert.Equal("r-7", turn.Submission.Value("requestId"));
        var update = await Connector.NextCallAsync();
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/1763889650000", update.PathAndQuery, StringComparison.Ordinal);
        var card = ConnectorStandIn.Body(update)["attachments"]![0]!["content"]!;
        Assert.Equal("✓ Request logged", card["body"]![0]!["text"]!.GetValue<string>());
        var reply = await Connector.NextCallAsync();
        Assert.Equal("Logged against MQLs.", ConnectorStandIn.Body(reply)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActionSubmit_WithInputErrors_RepliesWithTheProblems()
    {
        Host.Bot.Answer = _ => new TurnResult([], InputErrors: new Dictionary<string, string> { ["goal"] = "Choose a goal or mark it unaligned." });

        await PostAsync("teams-message-submit-value.json");

        var reply = await Connector.NextCallAsync();
        Assert.Contains("Choose a goal or mark it unaligned.", ConnectorStandIn.Body(reply)["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectReplies_RepliesComeBackInTheResponseBody()
    {
        Host.Bot.Answer = _ => TurnResult.Reply("Here is your scorecard.", new OutgoingMessage("Scorecard", SampleCards.Scorecard()));

        var response = await PostAsync("teams-personal-message.json", a => a["deliveryMode"] = "expectReplies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);
        Assert.Equal("Here is your scorecard.", activities[0]!["text"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", activities[1]!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.All(activities, a => Assert.False(string.IsNullOrEmpty(a!["id"]?.GetValue<string>())));
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task TurnThatThrows_IsLoggedAndExpectRepliesGetsTheApologyWith200()
    {
        Host.Bot.Answer = _ => throw new InvalidOperationException("storage is down");

        var response = await PostAsync("teams-personal-message.json", a => a["deliveryMode"] = "expectReplies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(TurnApology.Text, Assert.Single(activities)!["text"]!.GetValue<string>());
        Assert.Contains(Host.Logs.Entries, e => e.Exception?.Message == "storage is down");
    }

    [Fact]
    public async Task Post_NoActivityBesideAChannelToken_IsRefused()
    {
        using var content = new StringContent("<xml/>", System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.Authorization = new("Bearer", Identity.ChannelToken(serviceUrl: null));

        var response = await Host.Http.SendAsync(request);

        // Without an activity there is no serviceUrl to match the token's claim against, so it is refused first.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string fixture, Action<JsonObject>? change = null)
    {
        var activity = Fixtures.Activity(fixture, a =>
        {
            a["serviceUrl"] = Connector.ServiceUrl;
            change?.Invoke(a);
        });
        return Host.PostAsync(activity, Identity.ChannelToken(serviceUrl: Connector.ServiceUrl));
    }
}
