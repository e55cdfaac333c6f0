using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.Signing;
using AlignmentBot.Channels.Slack.Tests.BlockKit;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.Interop;

/// <summary>
/// Independent checks with Slack's own JavaScript packages, so compatibility is not judged only by our reading
/// of the docs: Bolt verifies our signatures, Slack's WebClient talks to our stand-in, and the TypeScript
/// compiler checks our Block Kit against @slack/types.
/// </summary>
public sealed class SlackPackagesInteropTests
{
    [Fact]
    public async Task BoltVerifySlackRequest_AgreesWithOurSignatureCheck()
    {
        var now = DateTimeOffset.UtcNow;
        var ts = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = SlackFixtures.DirectMessage("Ev-bolt", "we need more leads").ToJsonString();
        var signed = SlackSignature.Compute(SlackStandIn.SigningSecret, ts, Encoding.UTF8.GetBytes(body));
        var stale = now.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var form = SlackFixtures.SlashCommand("https://hooks.slack.com/commands/T/1/x", "trig");
        var cases = new[]
        {
            Case("json signed now", SlackStandIn.SigningSecret, body, ts, signed, now),
            Case("form signed now", SlackStandIn.SigningSecret, form, ts, SlackSignature.Compute(SlackStandIn.SigningSecret, ts, Encoding.UTF8.GetBytes(form)), now),
            Case("unicode body", SlackStandIn.SigningSecret, "{\"text\":\"✓ Ziel für Q3 — 240 MQLs\"}", ts, SlackSignature.Compute(SlackStandIn.SigningSecret, ts, Encoding.UTF8.GetBytes("{\"text\":\"✓ Ziel für Q3 — 240 MQLs\"}")), now),
            Case("documented example", "8f742231b10e8888abcd99yyyzzz85a5", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documented_signature_body.txt")).TrimEnd('\n'), "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", DateTimeOffset.FromUnixTimeSeconds(1531420620)),
            Case("tampered body", SlackStandIn.SigningSecret, body.Replace("leads", "deals", StringComparison.Ordinal), ts, signed, now),
            Case("wrong secret", "another-secret", body, ts, signed, now),
            Case("stale", SlackStandIn.SigningSecret, body, stale, SlackSignature.Compute(SlackStandIn.SigningSecret, stale, Encoding.UTF8.GetBytes(body)), now),
        };

        var output = await NodeInterop.RunAsync("verify-signatures.mjs", [], JsonSerializer.Serialize(cases));

        var verdicts = JsonNode.Parse(output)!.AsArray().ToDictionary(r => r!["name"]!.ToString(), r => r!["valid"]!.GetValue<bool>());
        foreach (var c in cases)
        {
            var ours = SlackSignature.Verify(c.signingSecret, c.timestamp, c.signature, Encoding.UTF8.GetBytes(c.body), DateTimeOffset.FromUnixTimeMilliseconds(c.nowMilliseconds)) == SignatureCheck.Valid;
            Assert.True(ours == verdicts[c.name], $"{c.name}: Bolt says {verdicts[c.name]}, we say {ours}");
        }

        Assert.Equal([true, true, true, true, false, false, false], cases.Select(c => verdicts[c.name]));
    }

    [Fact]
    public async Task SlacksWebClient_AgainstOurStandIn_GetsTheAnswersSlackGives()
    {
        await using var slack = await SlackStandIn.StartAsync();
        var limited = 0;
        slack.Script("chat.postMessage", _ => Interlocked.Increment(ref limited) == 1 ? SlackStandIn.RateLimited(1) : null);
        slack.Script("chat.update", _ => SlackStandIn.Error("message_not_found"));

        var report = JsonNode.Parse(await NodeInterop.RunAsync("web-api-client.mjs", [slack.ApiUrl, SlackStandIn.BotToken]))!;

        Assert.Equal(SlackStandIn.BotUserId, report["auth"]!["user_id"]!.ToString());
        Assert.True(report["postMessage"]!["ok"]!.GetValue<bool>());
        Assert.True(report["postMessage"]!["waitedMs"]!.GetValue<int>() >= 900, "WebClient should have waited for Retry-After");
        Assert.Equal(2, slack.CallsTo("chat.postMessage").Count());
        Assert.Equal("America/New_York", report["usersInfo"]!["tz"]!.ToString());
        Assert.Equal("D0DANA001", report["conversationsOpen"]!["channel"]!.ToString());
        Assert.StartsWith("V", report["viewsPublish"]!["id"]!.ToString(), StringComparison.Ordinal);
        Assert.True(report["update"]!["platformError"]!.GetValue<bool>());
        Assert.Equal("message_not_found", report["update"]!["error"]!.ToString());

        // WebClient sends form bodies with JSON-encoded blocks; the stand-in read them as Slack would.
        Assert.Equal("section", slack.CallsTo("chat.postMessage").Last().Args["blocks"]![0]!["type"]!.ToString());
    }

    [Fact]
    public async Task SlacksWebClient_ReminderDirectMessage_OpensAndPostsAsOurClientDoes()
    {
        await using var slack = await SlackStandIn.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:SocketMode"] = "false",
            ["Slack:ApiBaseUrl"] = slack.ApiUrl.TrimEnd('/'),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSlackChannel(configuration).BuildServiceProvider();

        var report = JsonNode.Parse(await NodeInterop.RunAsync("reminder-dm.mjs", [slack.ApiUrl, SlackStandIn.BotToken, "U0PRIYA"]))!;
        var ours = await services.GetServices<IDirectMessages>().Single(d => d.ChannelId == "slack").OpenAsync(SlackStandIn.TeamId, "U0PRIYA", null, null, default);
        var sent = await services.GetServices<IMessageSender>().Single(d => d.ChannelId == "slack").SendAsync(ours!, new OutgoingMessage("Time for your numbers."), default);

        // Slack's client and ours opened the same DM with the same request, and posted into it.
        Assert.True(report["open"]!["ok"]!.GetValue<bool>() && report["post"]!["ok"]!.GetValue<bool>(), report.ToJsonString());
        Assert.Equal(report["open"]!["channel"]!.ToString(), ours!.ConversationId);
        Assert.True(sent.Delivered, sent.Error);
        var opens = slack.CallsTo("conversations.open").ToArray();
        Assert.Equal(2, opens.Length);
        Assert.Equal(opens[0].Arg("users"), opens[1].Arg("users"));
        Assert.Equal(["D0PRIYA", "D0PRIYA"], slack.CallsTo("chat.postMessage").Select(c => c.Arg("channel")));
    }

    [Fact]
    public async Task OurBlockKit_TypeChecksAgainstSlacksPublishedTypes()
    {
        var (renderer, _) = RendererFactory.Create();
        var scorecard = new Card(
            "Scorecard for Northwind Analytics (demo)",
            [
                new TextBlock("**Is marketing working?** Partly: some goals are on track, others need attention."),
                new TableBlock(["Goal", "Owner", "Now", "Target", "Pace", "Trend"], [new TableRow(["Revenue", "Dana", "$887.1k/q", "$792k/q", "ON TRACK", "↓ worse"], Tone.Good), new TableRow(["  └ Lead follow-up time", "Sam", "35 h", "24 h", "OFF TRACK", "↑ worse"], Tone.Attention)]),
                new DividerBlock(),
                new TextBlock("Data as of 2026-11-22", TextStyle.Subtle),
            ],
            [new CardAction("Open details", "scorecard.details", new Dictionary<string, string> { ["goal"] = "g1" }, ActionStyle.Primary), new CardAction("Dismiss", "scorecard.dismiss", Style: ActionStyle.Destructive)]);
        var bigTable = new Card(null, [new TableBlock(["Account", "Leads"], Enumerable.Range(0, 60).Select(i => new TableRow([$"Account {i}", $"{i}"])).ToList())]);
        var facts = new Card("Goal", [new FactsBlock([new Fact("Metric", "MQLs"), new Fact("Target", "240 a month")]), new TextBlock("On pace", TextStyle.Good), new TextBlock("Heads up", TextStyle.Warning), new TextBlock("Section", TextStyle.Heading)]);
        var goalForm = ScriptedGoalBot.GoalForm("we need more leads").Card!;
        var requestForm = new Card("Log a marketing request", [new TextInput("title", "What is asked", "A one-pager", Multiline: true, Required: true), new TextInput("budget", "Budget", Kind: InputKind.Number), new ChoiceInput("goal", "Serves goal", [new Choice("MQLs", "g1")]), new DateInput("due", "Due")], [new CardAction("Log request", "request.save")]);
        var messages = new[] { new OutgoingMessage("plain"), new OutgoingMessage("scorecard", scorecard), new OutgoingMessage("accounts", bigTable), new OutgoingMessage("facts", facts), new OutgoingMessage("form", goalForm), new OutgoingMessage("many", new Card("Many", Enumerable.Range(0, 80).Select(i => (CardBlock)new TextBlock($"line {i}")).ToList())) }
            .Select(renderer.Message)
            .Select(r => new JsonObject { ["text"] = r.Text, ["blocks"] = RendererFactory.ToJson(r.Blocks) })
            .ToList();
        var modals = new[] { goalForm, requestForm }.Select(f => RendererFactory.ToJson(renderer.Modal(f, "{}"))).ToList();
        var homes = new[] { RendererFactory.ToJson(renderer.Home(SlackHomePublisher.DefaultHome)), RendererFactory.ToJson(renderer.Home([scorecard, facts, goalForm])) };
        var acks = new[] { SlackAck.Errors(new Dictionary<string, string> { ["target"] = "Enter a positive number." }).Body! };
        var samples = new JsonObject
        {
            ["messages"] = new JsonArray(messages.ToArray<JsonNode>()),
            ["modals"] = new JsonArray(modals.ToArray<JsonNode>()),
            ["homes"] = new JsonArray(homes.ToArray<JsonNode>()),
            ["acks"] = new JsonArray(acks.Select(a => a.DeepClone()).ToArray()),
        };
        var file = Path.Combine(Path.GetTempPath(), $"blockkit-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, samples.ToJsonString());
        try
        {
            var result = JsonNode.Parse(await NodeInterop.RunAsync("check-block-kit.mjs", [file], timeout: TimeSpan.FromMinutes(3)))!;

            Assert.True(result["checked"]!.GetValue<int>() >= 30);
            Assert.Empty(result["diagnostics"]!.AsArray().Select(d => d!.ToString()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Manifest_ParsedByJsYaml_HasEverythingTheBotUses()
    {
        var result = JsonNode.Parse(await NodeInterop.RunAsync("check-manifest.mjs", [Path.Combine(NodeInterop.RepositoryRoot, "manifests", "slack", "manifest.yaml")]))!;

        Assert.Empty(result["problems"]!.AsArray().Select(p => p!.ToString()));
        Assert.Equal(
            SlackScopes.Required,
            result["scopes"]!.AsArray().Select(s => s!.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(SlackScopes.Events.Keys.Order(StringComparer.Ordinal), result["events"]!.AsArray().Select(s => s!.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains("/align", result["commands"]!.AsArray().Select(c => c!.ToString()));
        var shortcut = Assert.Single(result["shortcuts"]!.AsArray());
        Assert.Equal("message", shortcut!["type"]!.ToString());
        Assert.Equal(SlackIds.LogRequestShortcut, shortcut["callback_id"]!.ToString());
        Assert.True(result["socketMode"]!.GetValue<bool>());
    }

    private static SignatureCase Case(string name, string secret, string body, string timestamp, string signature, DateTimeOffset now)
        => new(name, secret, body, timestamp, signature, now.ToUnixTimeMilliseconds());

    private sealed record SignatureCase(string name, string signingSecret, string body, string timestamp, string signature, long nowMilliseconds);
}
