using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>Whole conversations over HTTP: the stand-in signs requests to /slack/events and serves the Web API.</summary>
public sealed class HttpConversationTests : IAsyncLifetime
{
    private readonly ScriptedGoalBot _bot = new();
    private SlackStandIn _slack = null!;
    private SlackBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await SlackStandIn.StartAsync();
        _host = await SlackBotHost.StartAsync(_slack, _bot);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_GoalFormWithBadThenGoodTarget_SavesGoalAndPostsConfirmation()
    {
        var responseUrl = _slack.NewResponseUrl();
        var watch = Stopwatch.StartNew();
        using var ack = await _slack.PostSignedAsync(_host.EventsUrl, SlackFixtures.SlashCommand(responseUrl, "trigger-1"), "application/x-www-form-urlencoded");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(await ack.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"ack took {watch.Elapsed}");

        // The command's trigger is fresh, so the form opens straight away as a modal, pre-filled.
        var open = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("trigger-1", open.Arg("trigger_id"));
        var view = (JsonObject)open.Args["view"]!;
        Assert.Equal("modal", view["type"]!.ToString());
        Assert.Equal("Save goal", view["submit"]!["text"]!.ToString());
        var inputs = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.ToString() == "input").ToList();
        Assert.Equal(["metric", "target", "deadline"], inputs.Select(b => b["block_id"]!.ToString()));
        Assert.Equal("leads", inputs[0]["element"]!["initial_option"]!["value"]!.ToString());
        Assert.Equal("2027-03-31", inputs[2]["element"]!["initial_date"]!.ToString());

        var message = Assert.Single(_bot.Activities);
        Assert.Equal(ActivityKind.Message, message.Kind);
        Assert.Equal("we need more leads", message.Text);
        Assert.Equal(new ConversationAddress("slack", SlackStandIn.TeamId, "C0MARKETING", BotId: SlackStandIn.BotUserId, IsGroup: true, Name: "#marketing"), message.Conversation);
        Assert.Equal(new UserRef("U0DANA001", "Dana", "America/New_York"), message.From);
        Assert.Equal("en-US", message.Locale);

        // A bad target keeps the modal open with the error next to the field.
        using var bad = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(view, "trigger-2", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "lots", ["deadline"] = "2027-03-31" }));
        var errors = JsonNode.Parse(await bad.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", errors["response_action"]!.ToString());
        Assert.Equal("Enter a positive number, like 240.", errors["errors"]!["target"]!.ToString());

        // A good one closes the modal (empty 200) and the goal is saved and confirmed.
        using var good = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(view, "trigger-3", new Dictionary<string, string> { ["metric"] = "mql", ["target"] = "240", ["deadline"] = "2027-06-30" }));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Empty(await good.Content.ReadAsStringAsync());

        var confirmation = await _slack.WaitForCallAsync($"response_url:{responseUrl[(responseUrl.LastIndexOf('/') + 1)..]}", c => c.Arg("text")!.StartsWith("Goal saved", StringComparison.Ordinal));
        Assert.Equal("ephemeral", confirmation.Arg("response_type"));
        var saved = _bot.Activities.Last();
        Assert.Equal(ScriptedGoalBot.SaveGoal, saved.Submission!.Verb);
        Assert.Equal(ScriptedGoalBot.GoalFormId, saved.Submission.CardId);
        Assert.Equal("mql", saved.Submission.Value("metric"));
        Assert.Equal("240", saved.Submission.Value("target"));
        Assert.Equal("2027-06-30", saved.Submission.Value("deadline"));
        Assert.Equal("d-42", saved.Submission.Value("draft"));
        Assert.Equal("C0MARKETING", saved.Conversation.ConversationId);
    }

    [Fact]
    public async Task DirectMessage_FormOfferedAsSummary_ButtonOpensModalAndSubmissionReplacesSummary()
    {
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-dm-form", "we need more leads"));

        // No trigger comes with a message event: the form arrives as a summary with a button that opens it.
        var post = await _slack.WaitForCallAsync("chat.postMessage");
        Assert.Equal("D0DANA001", post.Arg("channel"));
        var blocks = post.Args["blocks"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.DoesNotContain(blocks, b => b["type"]!.ToString() == "input");
        Assert.Equal("header", blocks[0]["type"]!.ToString());
        var buttons = SlackFixtures.Buttons(post.Args).ToList();
        Assert.Equal(["alignmentbot.form.open", ScriptedGoalBot.CancelGoal], buttons.Select(b => b["action_id"]!.ToString()));

        var actionUrl = _slack.NewResponseUrl();
        using var press = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.ButtonPress(buttons[0], "trigger-open", actionUrl, "D0DANA001", "1700000000.000001"));
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        var open = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("trigger-open", open.Arg("trigger_id"));

        await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission((JsonObject)open.Args["view"]!, "trigger-submit", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "300", ["deadline"] = "2027-03-31" }));

        var replaced = await _slack.WaitForCallAsync($"response_url:{actionUrl[(actionUrl.LastIndexOf('/') + 1)..]}");
        Assert.Equal("true", replaced.Arg("replace_original"));
        Assert.Equal("✓ Goal saved", replaced.Arg("text"));
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text")!.StartsWith("Goal saved: leads to 300", StringComparison.Ordinal) && c.Arg("channel") == "D0DANA001");
    }

    [Fact]
    public async Task Event_RetriedAndDuplicated_IsAnsweredOnce()
    {
        var envelope = SlackFixtures.DirectMessage("Ev-once", "hello there");
        using var first = await _slack.PostEventAsync(_host.EventsUrl, envelope);
        using var retry = await _slack.PostEventAsync(_host.EventsUrl, envelope, retryNum: 1);
        using var duplicate = await _slack.PostEventAsync(_host.EventsUrl, envelope);

        Assert.All(new[] { first, retry, duplicate }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await _slack.WaitForCallAsync("chat.postMessage");
        await Eventually.StillTrueAsync(() => _slack.CallsTo("chat.postMessage").Count() == 1 && _bot.Activities.Count == 1, "one reply only");
    }

    [Fact]
    public async Task SlashCommand_WithoutText_AsksTheBotForHelp()
    {
        var responseUrl = _slack.NewResponseUrl();

        await _slack.PostSignedAsync(_host.EventsUrl, SlackFixtures.SlashCommand(responseUrl, "trigger-help", text: "   "), "application/x-www-form-urlencoded");

        var help = await _slack.WaitForCallAsync(responseUrl.Replace(_slack.BaseUrl + "response/", "response_url:", StringComparison.Ordinal));
        Assert.Equal("help", Assert.Single(_bot.Activities).Text);
        Assert.Equal("*Help*: try /align we need more leads", help.Arg("text"));
    }

    [Fact]
    public async Task Events_FromTheSamePerson_LookThemUpOnce()
    {
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-u1", "one"));
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: one");
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-u2", "two"));
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: two");

        Assert.Single(_slack.CallsTo("users.info"));
        Assert.Single(_slack.CallsTo("auth.test"));
        Assert.All(_bot.Activities, a => Assert.Equal("America/New_York", a.From.TimeZone));
    }

    [Fact]
    public async Task Event_FromOurOwnBotOrAnotherBot_IsIgnored()
    {
        var own = SlackFixtures.DirectMessage("Ev-own", "Goal saved", user: SlackStandIn.BotUserId);
        var otherBot = SlackFixtures.DirectMessage("Ev-bot", "beep");
        otherBot["event"]!["subtype"] = "bot_message";
        otherBot["event"]!["bot_id"] = "B0OTHER";
        var edited = SlackFixtures.DirectMessage("Ev-edit", "edited");
        edited["event"]!["subtype"] = "message_changed";
        await _slack.PostEventAsync(_host.EventsUrl, own);
        await _slack.PostEventAsync(_host.EventsUrl, otherBot);
        await _slack.PostEventAsync(_host.EventsUrl, edited);
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-person", "a person"));

        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: a person");
        Assert.Equal("a person", Assert.Single(_bot.Activities).Text);
    }

    [Fact]
    public async Task AppMention_InAThread_StripsTheMentionAndRepliesInTheThread()
    {
        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Mention("Ev-mention", $"<@{SlackStandIn.BotUserId}>   is marketing &lt;b&gt;working&lt;/b&gt;?", threadTs: "1700000000.000050"));

        var reply = await _slack.WaitForCallAsync("chat.postMessage");
        var activity = Assert.Single(_bot.Activities);
        Assert.Equal("is marketing <b>working</b>?", activity.Text);
        Assert.Equal("1700000000.000050", activity.Conversation.ThreadId);
        Assert.Equal("C0MARKETING", reply.Arg("channel"));
        Assert.Equal("1700000000.000050", reply.Arg("thread_ts"));
        Assert.Equal("You said: is marketing &lt;b&gt;working&lt;/b&gt;?", reply.Arg("text"));
    }

    [Fact]
    public async Task AppMention_BotNotInChannel_FallsBackToADirectMessage()
    {
        _slack.Script("chat.postMessage", c => c.Arg("channel") == "C0MARKETING" ? SlackStandIn.Error("not_in_channel") : null);

        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Mention("Ev-notin", $"<@{SlackStandIn.BotUserId}> hi"));

        await _slack.WaitForCallAsync("conversations.open");
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == "D0DANA001");
    }

    [Fact]
    public async Task AppMention_ChannelPostFailsForAPassingReason_DoesNotMoveTheReplyToADirectMessage()
    {
        _slack.Script("chat.postMessage", _ => SlackStandIn.Error("internal_error"));

        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.Mention("Ev-transient", $"<@{SlackStandIn.BotUserId}> hi"));

        await _slack.WaitForCallAsync("chat.postMessage");
        await Eventually.StillTrueAsync(() => !_slack.CallsTo("conversations.open").Any(), "a transient failure moved the reply to a DM");
    }

    [Fact]
    public async Task ModalSubmission_SlackFailsWhileHandlingIt_KeepsTheModalOpenWithAMessage()
    {
        _slack.Script("conversations.open", _ => SlackStandIn.Error("internal_error"));
        var homeForm = new JsonObject
        {
            ["callback_id"] = "alignmentbot.form",
            ["private_metadata"] = "{\"ch\":\"\",\"v\":\"goal.save\"}",
            ["blocks"] = new JsonArray(new JsonObject { ["type"] = "input", ["block_id"] = "target", ["element"] = new JsonObject { ["type"] = "number_input", ["action_id"] = "target" } }),
        };

        using var ack = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(homeForm, "trigger-fail", new Dictionary<string, string> { ["target"] = "240" }));

        var body = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", body["response_action"]!.ToString());
        Assert.Contains("try again", body["errors"]!["target"]!.ToString(), StringComparison.Ordinal);
        Assert.Empty(_bot.Activities);
    }

    [Fact]
    public async Task UrlVerification_IsAnsweredWithTheChallenge()
    {
        using var response = await _slack.PostEventAsync(_host.EventsUrl, new JsonObject { ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.ToString());
    }

    [Fact]
    public async Task SslCheck_IsAnsweredWithoutActingOnIt()
    {
        using var response = await _slack.Http.PostAsync(_host.EventsUrl, new StringContent("ssl_check=1&token=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Activities);
    }

    [Fact]
    public async Task UnsignedTamperedOrStaleRequests_AreRefusedAndNeverReachTheBot()
    {
        var body = SlackFixtures.DirectMessage("Ev-attack", "we need more leads").ToJsonString();

        using var unsigned = await _slack.PostSignedAsync(_host.EventsUrl, body, "application/json", secret: null);
        using var wrongSecret = await _slack.PostSignedAsync(_host.EventsUrl, body, "application/json", secret: "not-the-secret");
        using var stale = await _slack.PostSignedAsync(_host.EventsUrl, body, "application/json", timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        using var future = await _slack.PostSignedAsync(_host.EventsUrl, body, "application/json", timestamp: DateTimeOffset.UtcNow.AddMinutes(6).ToUnixTimeSeconds());

        Assert.All(new[] { unsigned, wrongSecret, stale, future }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        await Eventually.StillTrueAsync(() => _bot.Activities.IsEmpty && !_slack.CallsTo("chat.postMessage").Any(), "nothing handled");
    }

    [Fact]
    public async Task MessageShortcut_LogAsRequest_OpensThePrefilledRequestForm()
    {
        var payload = SlackFixtures.Load("message_action.json");
        payload["response_url"] = _slack.NewResponseUrl();

        using var ack = await _slack.PostInteractionAsync(_host.EventsUrl, payload);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var open = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("1700000500.333.cccc", open.Arg("trigger_id"));
        var submission = Assert.Single(_bot.Activities).Submission!;
        Assert.Equal(WellKnownVerbs.LogRequestFromMessage, submission.Verb);
        Assert.Equal("Can marketing make a one-pager for the Acme renewal by Friday?", submission.Value("text"));
        Assert.Equal("Dana", submission.Value("author"));
        Assert.Equal("https://acme.slack.com/archives/C0SALES/p1700000450000900", submission.Value("link"));
        var title = open.Args["view"]!["blocks"]!.AsArray().OfType<JsonObject>().Single(b => b["block_id"]?.ToString() == "title");
        Assert.Equal("Can marketing make a one-pager for the Acme renewal by Friday?", title["element"]!["initial_value"]!.ToString());
        Assert.True(title["element"]!["multiline"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AppHomeOpened_FirstVisitPublishesHomeAndGreets_LaterVisitsOnlyRefresh()
    {
        var first = SlackFixtures.Load("message_im.json");
        first["event_id"] = "Ev-home-1";
        first["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = "U0DANA001", ["channel"] = "D0DANA001", ["tab"] = "home", ["event_ts"] = "1700000600.000001" };
        var later = first.DeepClone().AsObject();
        later["event_id"] = "Ev-home-2";
        later["event"]!["view"] = new JsonObject { ["id"] = "V1", ["type"] = "home" };

        await _slack.PostEventAsync(_host.EventsUrl, first);
        var publish = await _slack.WaitForCallAsync("views.publish");
        Assert.Equal("U0DANA001", publish.Arg("user_id"));
        Assert.Equal("home", publish.Args["view"]!["type"]!.ToString());
        Assert.Contains("/align", publish.Args["view"]!.ToJsonString(), StringComparison.Ordinal);
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "Hi, I'm AlignmentBot." && c.Arg("channel") == "D0DANA001");

        await _slack.PostEventAsync(_host.EventsUrl, later);
        await Eventually.TrueAsync(() => _slack.CallsTo("views.publish").Count() == 2, "home refreshed");
        Assert.Single(_bot.Activities, a => a.Kind == ActivityKind.ConversationStarted);
    }

    [Fact]
    public async Task AppHomeOpened_HomeTabCannotBePublished_StillGreets()
    {
        _slack.Script("views.publish", _ => SlackStandIn.Error("not_enabled"));
        var opened = SlackFixtures.Load("message_im.json");
        opened["event_id"] = "Ev-home-fail";
        opened["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = "U0DANA001", ["channel"] = "D0DANA001", ["tab"] = "home", ["event_ts"] = "1700000600.000001" };

        await _slack.PostEventAsync(_host.EventsUrl, opened);

        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "Hi, I'm AlignmentBot.");
    }

    [Fact]
    public async Task BotAddedToAChannel_StartsTheConversationThere()
    {
        var joined = SlackFixtures.Load("message_im.json");
        joined["event_id"] = "Ev-joined";
        joined["event"] = new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackStandIn.BotUserId, ["channel"] = "C0SALES", ["channel_type"] = "C", ["team"] = SlackStandIn.TeamId, ["inviter"] = "U0DANA001" };
        var someoneElse = joined.DeepClone().AsObject();
        someoneElse["event_id"] = "Ev-joined-2";
        someoneElse["event"]!["user"] = "U0OTHER";

        await _slack.PostEventAsync(_host.EventsUrl, someoneElse);
        await _slack.PostEventAsync(_host.EventsUrl, joined);

        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == "C0SALES");
        var started = Assert.Single(_bot.Activities);
        Assert.Equal(ActivityKind.ConversationStarted, started.Kind);
        Assert.True(started.Conversation.IsGroup);
        Assert.Equal("U0DANA001", started.From.Id);
    }

    [Fact]
    public async Task Reply_RateLimited_WaitsForRetryAfterThenPosts()
    {
        var limited = 0;
        _slack.Script("chat.postMessage", _ => Interlocked.Increment(ref limited) == 1 ? SlackStandIn.RateLimited(1) : null);

        await _slack.PostEventAsync(_host.EventsUrl, SlackFixtures.DirectMessage("Ev-429", "anyone there?"));

        await Eventually.TrueAsync(() => _slack.CallsTo("chat.postMessage").Count() == 2, "retried after Retry-After");
        var calls = _slack.CallsTo("chat.postMessage").ToList();
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {calls[1].At - calls[0].At}");
        Assert.Single(_bot.Activities);
    }

    [Fact]
    public async Task SlowBot_CommandIsStillAcknowledgedWithinThreeSeconds()
    {
        _bot.TurnDelay = TimeSpan.FromSeconds(4);
        var watch = Stopwatch.StartNew();

        using var ack = await _slack.PostSignedAsync(_host.EventsUrl, SlackFixtures.SlashCommand(_slack.NewResponseUrl(), "trigger-slow", "status"), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"ack took {watch.Elapsed}");
    }

    [Fact]
    public async Task ModalSubmission_BotSlowerThanTheBudget_ClosesTheModalAndAnswersByMessage()
    {
        var responseUrl = _slack.NewResponseUrl();
        await _slack.PostSignedAsync(_host.EventsUrl, SlackFixtures.SlashCommand(responseUrl, "trigger-a"), "application/x-www-form-urlencoded");
        var view = (JsonObject)(await _slack.WaitForCallAsync("views.open")).Args["view"]!;
        _bot.TurnDelay = TimeSpan.FromSeconds(3.5);

        var watch = Stopwatch.StartNew();
        using var ack = await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.Submission(view, "trigger-b", new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "240", ["deadline"] = "2027-03-31" }));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Empty(await ack.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.9), $"answered Slack after {watch.Elapsed}");
        await _slack.WaitForCallAsync(responseUrl.Replace(_slack.BaseUrl + "response/", "response_url:", StringComparison.Ordinal), c => c.Arg("text")!.StartsWith("Goal saved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormButton_ForAFormThatExpired_SaysSoInsteadOfFailingSilently()
    {
        var responseUrl = _slack.NewResponseUrl();
        var stale = new JsonObject { ["action_id"] = "alignmentbot.form.open", ["value"] = "{\"f\":\"gone\"}" };

        await _slack.PostInteractionAsync(_host.EventsUrl, SlackFixtures.ButtonPress(stale, "trigger-stale", responseUrl, "C0MARKETING", "1700000000.000009"));

        var answer = await _slack.WaitForCallAsync(responseUrl.Replace(_slack.BaseUrl + "response/", "response_url:", StringComparison.Ordinal));
        Assert.Contains("expired", answer.Arg("text"), StringComparison.Ordinal);
        Assert.Empty(_slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task HomeView_WhenTheBotProvidesOne_IsPublished()
    {
        await using var slack = await SlackStandIn.StartAsync();
        await using var host = await SlackBotHost.StartAsync(slack, _bot, services: s => s.AddSingleton<IHomeView>(new FixedHome()));
        var opened = SlackFixtures.Load("message_im.json");
        opened["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = "U0DANA001", ["channel"] = "D0DANA001", ["tab"] = "home", ["view"] = new JsonObject { ["id"] = "V1" } };

        await slack.PostEventAsync(host.EventsUrl, opened);

        var publish = await slack.WaitForCallAsync("views.publish");
        Assert.Contains("Your goals", publish.Args["view"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Scorecard", publish.Args["view"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private sealed class FixedHome : IHomeView
    {
        public Task<IReadOnlyList<Card>> RenderAsync(string channelId, string workspaceId, UserRef user, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyList<Card>>(
            [
                new Card("Your goals", [new FactsBlock([new Fact("MQLs", "228 of 240 a month")])]),
                new Card("Scorecard", [new TableBlock(["Goal", "Pace"], [new TableRow(["Revenue", "ON TRACK"], Tone.Good)])]),
            ]);
    }
}
