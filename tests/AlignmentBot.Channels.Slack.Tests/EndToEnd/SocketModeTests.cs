using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>Socket Mode against the stand-in's WebSocket server: envelopes, acks, refreshes, drops and backoff.</summary>
public sealed class SocketModeTests : IAsyncLifetime
{
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(5);
    private readonly ScriptedGoalBot _bot = new();
    private SlackStandIn _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackStandIn.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task SlashCommandOverTheSocket_GoalFormBadThenGoodTarget_AcksWithErrorsThenSaves()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        var socket = await _slack.WaitForSocketAsync(1);
        Assert.Equal(SlackStandIn.AppToken, (await _slack.WaitForCallAsync("apps.connections.open")).Token);

        var responseUrl = _slack.NewResponseUrl();
        var command = socket.SendEnvelope("slash_commands", SlackFixtures.SlashCommandJson(responseUrl, "sock-trigger-1"), acceptsResponsePayload: true);
        var commandAck = await socket.WaitForAckAsync(command, AckTimeout);
        Assert.Null(commandAck["payload"]);

        var view = (JsonObject)(await _slack.WaitForCallAsync("views.open", c => c.Arg("trigger_id") == "sock-trigger-1")).Args["view"]!;
        var bad = socket.SendEnvelope("interactive", SlackFixtures.Submission(view, "sock-trigger-2", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "-5", ["deadline"] = "2027-03-31" }), acceptsResponsePayload: true);
        var errors = await socket.WaitForAckAsync(bad, AckTimeout);
        Assert.Equal("errors", errors["payload"]!["response_action"]!.ToString());
        Assert.NotNull(errors["payload"]!["errors"]!["target"]);

        var good = socket.SendEnvelope("interactive", SlackFixtures.Submission(view, "sock-trigger-3", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "240", ["deadline"] = "2027-03-31" }), acceptsResponsePayload: true);
        var closed = await socket.WaitForAckAsync(good, AckTimeout);
        Assert.Null(closed["payload"]);
        await _slack.WaitForCallAsync(ResponseMethod(responseUrl), c => c.Arg("text")!.StartsWith("Goal saved: leads to 240", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnvelopeWithoutResponsePayload_IsAckedWithTheEnvelopeIdOnly()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        var socket = await _slack.WaitForSocketAsync(1);

        var id = socket.SendEnvelope("events_api", SlackFixtures.DirectMessage("Ev-sock-1", "hello"));

        var ack = await socket.WaitForAckAsync(id, AckTimeout);
        Assert.Equal([id], ack.Select(p => p.Value!.ToString()));
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: hello");
    }

    [Fact]
    public async Task DisconnectWarning_OpensTheReplacementBeforeClosingTheOldSocket_AndLosesNothing()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        var old = await _slack.WaitForSocketAsync(1);

        old.SendDisconnect("warning");

        // Slack may still deliver on the old socket after its warning; that envelope is handled and acked there.
        var onOld = old.SendEnvelope("events_api", SlackFixtures.DirectMessage("Ev-late-old", "late on old"));
        var replacement = await _slack.WaitForSocketAsync(2);
        Assert.Equal(1, replacement.OthersOpenWhenAccepted);
        await old.WaitForAckAsync(onOld, AckTimeout);

        var onNew = replacement.SendEnvelope("events_api", SlackFixtures.DirectMessage("Ev-on-new", "on new"));
        await replacement.WaitForAckAsync(onNew, AckTimeout);
        await old.Closed.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(old.ClosedByClient, "the old socket should be closed politely by the client");
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: late on old");
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: on new");
    }

    [Fact]
    public async Task SocketDroppedMidConversation_ReconnectsAndARedeliveryIsNotAnsweredTwice()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        var first = await _slack.WaitForSocketAsync(1);
        var responseUrl = _slack.NewResponseUrl();
        first.SendEnvelope("slash_commands", SlackFixtures.SlashCommandJson(responseUrl, "drop-trigger-1"));
        var view = (JsonObject)(await _slack.WaitForCallAsync("views.open")).Args["view"]!;
        var message = SlackFixtures.DirectMessage("Ev-before-drop", "before the drop");
        await first.WaitForAckAsync(first.SendEnvelope("events_api", message), AckTimeout);
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: before the drop");

        first.Abort();
        var second = await _slack.WaitForSocketAsync(2);

        // Slack redelivers what it is unsure about on the new socket: acknowledged, but not answered again.
        var redelivered = (JsonObject)message.DeepClone();
        var again = second.SendEnvelope("events_api", redelivered);
        await second.WaitForAckAsync(again, AckTimeout);

        // The conversation carries on across the reconnect: the modal opened before the drop is submitted after it.
        var submit = second.SendEnvelope("interactive", SlackFixtures.Submission(view, "drop-trigger-2", new Dictionary<string, string> { ["metric"] = "revenue", ["target"] = "1000000", ["deadline"] = "2027-12-31" }), acceptsResponsePayload: true);
        await second.WaitForAckAsync(submit, AckTimeout);
        await _slack.WaitForCallAsync(ResponseMethod(responseUrl), c => c.Arg("text")!.StartsWith("Goal saved: revenue", StringComparison.Ordinal));

        // The redelivery was turned away before its acknowledgement, which the test already waited for.
        await host.Logs.WaitForAsync("slack event Ev-before-drop (message) is already in the inbox");
        Assert.Single(_slack.CallsTo("chat.postMessage"), c => c.Arg("text") == "You said: before the drop");
    }

    [Fact]
    public async Task ConnectionRefused_BacksOffAndConnects()
    {
        _slack.RefuseConnections = 2;

        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        await _slack.WaitForSocketAsync(1);

        var opens = _slack.CallsTo("apps.connections.open").ToList();
        Assert.Equal(3, opens.Count);

        // Base delay 50 ms, doubling, with ±20% jitter: at least 40 ms, then at least 80 ms.
        Assert.True(opens[1].At - opens[0].At >= TimeSpan.FromMilliseconds(38), $"first retry after {opens[1].At - opens[0].At}");
        Assert.True(opens[2].At - opens[1].At >= TimeSpan.FromMilliseconds(76), $"second retry after {opens[2].At - opens[1].At}");
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesThisSocketAndWaitsBeforeReconnecting()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        var socket = await _slack.WaitForSocketAsync(1);

        socket.SendDisconnect("too_many_websockets");
        await socket.Closed.WaitAsync(TimeSpan.FromSeconds(5));

        var closedAt = DateTimeOffset.UtcNow;
        Assert.True(socket.ClosedByClient);
        var next = await _slack.WaitForSocketAsync(2);

        // The test tuning waits ReconnectMaxDelay (400 ms) before trying again, with no socket left open meanwhile.
        Assert.Equal(0, next.OthersOpenWhenAccepted);
        Assert.True(_slack.CallsTo("apps.connections.open").Last().At - closedAt >= TimeSpan.FromMilliseconds(250), "reconnected without stepping back");
    }

    [Fact]
    public async Task InvalidAppToken_StopsInsteadOfHammeringSlack()
    {
        _slack.Script("apps.connections.open", _ => SlackStandIn.Error("invalid_auth"));

        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true);
        await _slack.WaitForCallAsync("apps.connections.open");

        // The connection loop logs that it cannot connect and ends; nothing is left that could call again.
        await host.Logs.WaitForAsync("Slack Socket Mode cannot connect: invalid_auth");
        Assert.Single(_slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task TwoConnections_EventDeliveredOnBoth_IsHandledOnce()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, _bot, socketMode: true, configure: s => s["Slack:SocketConnections"] = "2");
        var a = await _slack.WaitForSocketAsync(1);
        var b = await _slack.WaitForSocketAsync(2);
        var envelope = SlackFixtures.DirectMessage("Ev-both", "twice delivered");

        await a.WaitForAckAsync(a.SendEnvelope("events_api", envelope), AckTimeout);
        await b.WaitForAckAsync(b.SendEnvelope("events_api", (JsonObject)envelope.DeepClone()), AckTimeout);

        await host.Logs.WaitForAsync("slack event Ev-both (message) is already in the inbox");
        await _slack.WaitForCallAsync("chat.postMessage");
        Assert.Single(_slack.CallsTo("chat.postMessage"));
    }

    private static string ResponseMethod(string responseUrl) => $"response_url:{responseUrl[(responseUrl.LastIndexOf('/') + 1)..]}";
}
