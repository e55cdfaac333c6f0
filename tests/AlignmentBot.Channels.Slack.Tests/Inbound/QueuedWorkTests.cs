using System.Text.Json;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Tests.Inbound;

/// <summary>
/// What the Slack handlers queue is data: it survives being written down and read back, so a durable queue can
/// record it before the acknowledgement and another instance can do it.
/// </summary>
public sealed class QueuedWorkTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private static readonly DateTimeOffset ReceivedAt = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void EventWork_WrittenAndReadBack_IsTheSame()
    {
        var envelope = JsonSerializer.Deserialize(SlackFixtures.DirectMessage("Ev-1", "we need more leads").ToJsonString(), SlackJsonContext.Default.EventEnvelope)!;

        var back = RoundTrip(new SlackEventWork(envelope, ReceivedAt));

        Assert.Equal("we need more leads", back.Envelope.Event!.Text);
        Assert.Equal("Ev-1", back.Envelope.EventId);
        Assert.Equal(ReceivedAt, back.ReceivedAt);
    }

    [Fact]
    public void InteractionWork_WrittenAndReadBack_IsTheSame()
    {
        var payload = JsonSerializer.Deserialize(SlackFixtures.Load("block_actions.json").ToJsonString(), SlackJsonContext.Default.InteractionPayload)!;

        var back = RoundTrip(new SlackBlockActionWork(payload, ReceivedAt));

        Assert.Equal(payload.TriggerId, back.Payload.TriggerId);
        Assert.Equal(payload.Actions![0].Value, back.Payload.Actions![0].Value);
        Assert.Equal(payload.ResponseUrl, back.Payload.ResponseUrl);
    }

    [Fact]
    public void CommandWork_WrittenAndReadBack_IsTheSame()
    {
        var command = JsonSerializer.Deserialize(SlackFixtures.SlashCommandJson("https://hooks.slack.com/commands/1/2/3", "trigger-1").ToJsonString(), SlackJsonContext.Default.SlashCommand)!;

        var back = RoundTrip(new SlackCommandWork(command, ReceivedAt));

        Assert.Equal("we need more leads", back.Command.Text);
        Assert.Equal("trigger-1", back.Command.TriggerId);
    }

    [Fact]
    public void PendingAnswer_WrittenAndReadBack_KeepsTheResultAndWhereItGoes()
    {
        var conversation = new ConversationAddress("slack", SlackStandIn.TeamId, "C0MARKETING", "1700000000.000050", BotId: SlackStandIn.BotUserId, IsGroup: true);
        var activity = new IncomingActivity(ActivityKind.Submission, "trigger-9", conversation, new UserRef("U0DANA001", "Dana", "America/New_York"), null, ReceivedAt,
            new CardSubmission(ScriptedGoalBot.SaveGoal, new Dictionary<string, string> { ["target"] = "240" }, ScriptedGoalBot.GoalFormId), "en-US");
        var reply = new ReplyContext(conversation, "U0DANA001") { ResponseUrl = "https://hooks.slack.com/actions/1/2/3", SourceMessageTs = "1700000000.000051" };
        var result = new TurnResult([ScriptedGoalBot.GoalForm("we need more leads")], ReplaceCard: new OutgoingMessage("✓ Goal saved"));

        var back = RoundTrip(new PendingDelivery<ReplyContext>(new TurnRequest<ReplyContext>(activity, reply), result));

        Assert.Equal(activity with { Submission = null }, back.Request.Activity with { Submission = null });
        Assert.Equal("240", back.Request.Activity.Submission!.Value("target"));
        Assert.Equal(reply.ResponseUrl, back.Request.Reply.ResponseUrl);
        Assert.Equal(reply.SourceMessageTs, back.Request.Reply.SourceMessageTs);
        Assert.Equal(3, back.Result.Replies[0].Card!.Inputs.Count());
        Assert.Equal("✓ Goal saved", back.Result.ReplaceCard!.Text);
    }

    /// <summary>Writes, reads back and writes again: both writings must be identical, so nothing was lost on the way.</summary>
    private static T RoundTrip<T>(T work)
        where T : ITurnWork
    {
        var written = JsonSerializer.Serialize(work, Json);
        var back = JsonSerializer.Deserialize<T>(written, Json)!;
        Assert.Equal(written, JsonSerializer.Serialize(back, Json));
        return back;
    }
}
