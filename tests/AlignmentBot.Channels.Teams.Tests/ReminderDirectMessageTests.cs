using System.Text.Json.Nodes;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>A reminder to someone who never wrote to the bot: a proactive 1:1 created through the Connector stand-in, then the card.</summary>
public sealed class ReminderDirectMessageTests : ConnectedHostTest
{
    [Fact]
    public async Task OpenThenSend_PersonWithoutA1To1_CreatesItInTheTenantAndPostsTheAdaptiveCardThere()
    {
        var opener = Host.Services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "msteams");
        var near = new ConversationAddress("msteams", Tenant, "19:8c1d3e5f7a9b4c6d8e0f2a4b6c8d0e2f@thread.tacv2", ServiceUrl: Connector.ServiceUrl,
            BotId: "28:6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", IsGroup: true);

        var address = await opener.OpenAsync(Tenant, "aad-priya", "29:1Priya", near, CancellationToken.None);
        Assert.NotNull(address);
        var card = new Card("Marketing qualified leads: the week of 30 Nov",
            [new TextInput(ReminderCards.NumberInput(Domain.Goals.GoalId.New()), "Marketing qualified leads for the week of 30 Nov?", Kind: InputKind.Number)],
            [new CardAction("Record", ReminderCards.Record, new Dictionary<string, string> { [ReminderCards.GoalsKey] = "x/2026-11-30" }, ActionStyle.Primary)]);
        var sent = await Host.Services.GetRequiredService<TeamsMessageSender>().SendAsync(address, new OutgoingMessage("Time for your numbers.", card), CancellationToken.None);

        Assert.True(sent.Delivered);
        var create = await Connector.NextCallAsync();
        Assert.Equal("/amer/v3/conversations", create.PathAndQuery);
        var body = ConnectorStandIn.Body(create);
        Assert.Equal(("29:1Priya", false, Tenant), (body["members"]![0]!["id"]!.GetValue<string>(), body["isGroup"]!.GetValue<bool>(), body["channelData"]!["tenant"]!["id"]!.GetValue<string>()));
        var post = await Connector.NextCallAsync();
        Assert.Equal($"/amer/v3/conversations/{address.ConversationId}/activities", Uri.UnescapeDataString(post.PathAndQuery));
        var activity = ConnectorStandIn.Body(post);
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains("Marketing qualified leads for the week of 30 Nov?", activity["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NoKnownConversationInTheTenant_ReturnsNullWithoutCallingTheConnector()
    {
        var opener = Host.Services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "msteams");

        Assert.Null(await opener.OpenAsync(Tenant, "aad-priya", "29:1Priya", near: null, CancellationToken.None));
        Assert.Empty(Connector.Calls);
    }
}
