using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Testing;

namespace AlignmentBot.Channels.Slack.Tests.Interop;

/// <summary>
/// Differential checks against Slack's own implementations: a Bolt app and our endpoint receive the same signed
/// requests and must answer alike; Slack's SocketModeClient runs against our Socket Mode stand-in.
/// </summary>
public sealed class SlackReferenceImplementationTests
{
    [Fact]
    public async Task BoltAppAndOurEndpoint_AnswerTheSameSignedRequestsAlike()
    {
        await using var slack = await SlackStandIn.StartAsync();
        var port = LoopbackPort.Free();
        await using var bolt = await NodeInterop.StartAsync("bolt-app.mjs", [port.ToString(System.Globalization.CultureInfo.InvariantCulture), SlackStandIn.SigningSecret, slack.ApiUrl]);
        var ours = new ScriptedGoalBot();
        await using var host = await SlackBotHost.StartAsync(slack, ours);
        var boltUrl = new Uri($"http://127.0.0.1:{port}/slack/events");

        await slack.PostSignedAsync(host.EventsUrl, SlackFixtures.SlashCommand(slack.NewResponseUrl(), "diff-open"), "application/x-www-form-urlencoded");
        var view = (JsonObject)(await slack.WaitForCallAsync("views.open")).Args["view"]!;
        var requests = new (string Name, Func<Uri, Task<HttpResponseMessage>> Send)[]
        {
            ("url_verification", u => slack.PostEventAsync(u, new JsonObject { ["token"] = "t", ["challenge"] = "c-123", ["type"] = "url_verification" })),
            ("slash command", u => slack.PostSignedAsync(u, SlackFixtures.SlashCommand(slack.NewResponseUrl(), "diff-1", "status"), "application/x-www-form-urlencoded")),
            ("message.im", u => slack.PostEventAsync(u, SlackFixtures.DirectMessage("Ev-diff-1", "hello"))),
            ("app_mention", u => slack.PostEventAsync(u, SlackFixtures.Mention("Ev-diff-2", $"<@{SlackStandIn.BotUserId}> hi"))),
            ("message shortcut", u => slack.PostInteractionAsync(u, SlackFixtures.Load("message_action.json"))),
            ("view_submission bad", u => slack.PostInteractionAsync(u, SlackFixtures.Submission(view, "diff-2", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "lots", ["deadline"] = "2027-03-31" }))),
            ("view_submission good", u => slack.PostInteractionAsync(u, SlackFixtures.Submission(view, "diff-3", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "240", ["deadline"] = "2027-03-31" }))),
            ("tampered", u => slack.PostSignedAsync(u, SlackFixtures.DirectMessage("Ev-diff-3", "x").ToJsonString(), "application/json", secret: "wrong")),
            ("stale", u => slack.PostSignedAsync(u, SlackFixtures.DirectMessage("Ev-diff-4", "x").ToJsonString(), "application/json", timestamp: DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds())),
            ("unsigned", u => slack.PostSignedAsync(u, SlackFixtures.DirectMessage("Ev-diff-5", "x").ToJsonString(), "application/json", secret: null)),
        };

        foreach (var (name, send) in requests)
        {
            using var fromBolt = await send(boltUrl);
            using var fromUs = await send(host.EventsUrl);
            var boltBody = await fromBolt.Content.ReadAsStringAsync();
            var ourBody = await fromUs.Content.ReadAsStringAsync();

            Assert.True(Success(fromBolt.StatusCode) == Success(fromUs.StatusCode), $"{name}: Bolt {(int)fromBolt.StatusCode}, us {(int)fromUs.StatusCode}");
            if (Success(fromBolt.StatusCode) && boltBody.Trim().Length > 0)
            {
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(boltBody), JsonNode.Parse(ourBody)), $"{name}: Bolt answered {boltBody}, we answered {ourBody}");
            }
            else if (Success(fromBolt.StatusCode))
            {
                Assert.True(ourBody.Trim().Length == 0, $"{name}: Bolt answered empty, we answered {ourBody}");
            }
        }

        // Bolt parsed the stand-in's payloads into the same things our endpoint handed the bot.
        using var records = await slack.Http.GetAsync(new Uri($"http://127.0.0.1:{port}/records"));
        var seen = JsonNode.Parse(await records.Content.ReadAsStringAsync())!.AsArray().Select(r => r!["kind"]!.ToString()).ToList();
        Assert.Equal(["command", "message", "app_mention", "shortcut", "view", "view"], seen);
    }

    [Fact]
    public async Task SlacksSocketModeClient_SpeaksWithOurStandIn()
    {
        await using var slack = await SlackStandIn.StartAsync();
        await using var client = await NodeInterop.StartAsync("socket-mode-client.mjs", [slack.ApiUrl, SlackStandIn.AppToken]);
        var socket = await slack.WaitForSocketAsync(1);
        Assert.Equal(SlackStandIn.AppToken, slack.CallsTo("apps.connections.open").Single().Token);

        var command = socket.SendEnvelope("slash_commands", SlackFixtures.SlashCommandJson("https://example.invalid/r", "sm-1", "status"), acceptsResponsePayload: true);
        JsonObject commandAck;
        try
        {
            commandAck = await socket.WaitForAckAsync(command, TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; node said: {string.Join(" | ", client.Lines)}; errors: {client.Errors}", ex);
        }

        Assert.Equal("got status", commandAck["payload"]!["text"]!.ToString());

        var submission = socket.SendEnvelope("interactive", SlackFixtures.Load("view_submission.json"), acceptsResponsePayload: true);
        var submissionAck = await socket.WaitForAckAsync(submission, TimeSpan.FromSeconds(5));
        Assert.Equal("errors", submissionAck["payload"]!["response_action"]!.ToString());

        var evt = socket.SendEnvelope("events_api", SlackFixtures.DirectMessage("Ev-sm", "hello"));
        var eventAck = await socket.WaitForAckAsync(evt, TimeSpan.FromSeconds(5));
        Assert.True(eventAck["payload"] is null or JsonObject { Count: 0 }, "an events_api ack carries no response");
        await client.WaitForLineAsync(l => l.Contains("\"events_api\"", StringComparison.Ordinal) && l.Contains("hello", StringComparison.Ordinal), TimeSpan.FromSeconds(5));

        // Slack's client reconnects when asked to, through apps.connections.open again.
        socket.SendDisconnect("refresh_requested");
        await slack.WaitForSocketAsync(2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, slack.CallsTo("apps.connections.open").Count());
    }

    private static bool Success(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
