using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>The wire contract the local web chat page relies on, without a browser.</summary>
public sealed class WebChatProtocolTests : IAsyncLifetime
{
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsTestHost.StartAsync(identity: null);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Submission_WithExpectReplies_ReturnsAMessageUpdateForThePressedCardThenTheReplies()
    {
        _host.Bot.Answer = _ => new TurnResult(["Saved."], ReplaceCard: new OutgoingMessage("✓ Goal saved"));
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://localhost:3978/",
            ["from"] = new JsonObject { ["id"] = "local-1", ["name"] = "You" },
            ["recipient"] = new JsonObject { ["id"] = "alignmentbot" },
            ["conversation"] = new JsonObject { ["id"] = "webchat-1" },
            ["replyToId"] = "card-activity-7",
            ["text"] = "",
            ["value"] = new JsonObject { ["_verb"] = "goal.confirm", ["_card"] = "goal-draft-1", ["metric"] = "mql" },
            ["deliveryMode"] = "expectReplies",
        };

        var response = await _host.PostAsync(activity.ToJsonString());

        var turn = await _host.Bot.NextTurnAsync();
        Assert.Equal(new UserRef("local-1", "You"), turn.From);
        Assert.Equal("local", turn.Conversation.WorkspaceId);
        Assert.Equal("webchat", turn.Conversation.ChannelId);
        Assert.Equal("goal.confirm", turn.Submission!.Verb);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal("messageUpdate", activities[0]!["type"]!.GetValue<string>());
        Assert.Equal("card-activity-7", activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("✓ Goal saved", activities[0]!["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Saved.", activities[1]!["text"]!.GetValue<string>());
    }
}
