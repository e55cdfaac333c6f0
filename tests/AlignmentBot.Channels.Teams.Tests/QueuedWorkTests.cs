using System.Text.Json;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// What the endpoint queues is data: it survives being written down and read back, so a durable queue can record it
/// before the 200 and another instance can run the turn and reply.
/// </summary>
public sealed class QueuedWorkTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    [Fact]
    public void QueuedTurn_WrittenAndReadBack_KeepsTheTurnAndWhereToReply()
    {
        var inbound = JsonSerializer.Deserialize(Fixtures.Activity("teams-channel-message-with-mention.json"), TeamsJsonContext.Default.Activity)!;
        var caller = new CallerIdentity("https://api.botframework.com", IsAnonymous: false, CallerAppId: "app");
        var turn = ActivityMapper.Message(inbound, caller, DateTimeOffset.UnixEpoch);

        var written = JsonSerializer.Serialize(new TurnRequest<TeamsReply>(turn, new TeamsReply(inbound, caller)), Json);
        var back = JsonSerializer.Deserialize<TurnRequest<TeamsReply>>(written, Json)!;

        Assert.Equal(written, JsonSerializer.Serialize(back, Json));
        Assert.Equal(turn, back.Activity);
        Assert.Equal(caller, back.Reply.Caller);
        Assert.Equal(inbound.ServiceUrl, back.Reply.Inbound.ServiceUrl);
        Assert.Equal(inbound.Conversation!.Id, back.Reply.Inbound.Conversation!.Id);
        Assert.Equal(inbound.Id, back.Reply.Inbound.Id);
    }
}
