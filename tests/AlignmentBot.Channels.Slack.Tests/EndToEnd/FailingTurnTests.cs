using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>A turn that fails apologises on every Slack path, and a full queue never loses an answer already decided.</summary>
public sealed class FailingTurnTests : IAsyncLifetime
{
    private SlackStandIn _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackStandIn.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task Event_TurnFails_PostsTheApology(Failure failure)
    {
        await using var host = await StartFailingAsync(failure);

        await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-fails", "is marketing working?"));

        var post = await _slack.WaitForCallAsync("chat.postMessage");
        Assert.Equal("D0DANA001", post.Arg("channel"));
        Assert.Equal(TurnApology.Text, post.Arg("text"));
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task SlashCommand_TurnFails_AnswersTheApologyOnTheResponseUrl(Failure failure)
    {
        await using var host = await StartFailingAsync(failure);
        var responseUrl = _slack.NewResponseUrl();

        using var ack = await _slack.PostSignedAsync(host.EventsUrl, SlackFixtures.SlashCommand(responseUrl, "trigger-fail"), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var answer = await _slack.WaitForCallAsync(ResponseUrlMethod(responseUrl));
        Assert.Equal(TurnApology.Text, answer.Arg("text"));
        Assert.Equal("ephemeral", answer.Arg("response_type"));
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task Button_TurnFails_AnswersTheApology(Failure failure)
    {
        await using var host = await StartFailingAsync(failure);
        var responseUrl = _slack.NewResponseUrl();
        var button = new JsonObject { ["action_id"] = ScriptedGoalBot.CancelGoal, ["value"] = "{\"v\":\"goal.cancel\"}" };

        using var ack = await _slack.PostInteractionAsync(host.EventsUrl, SlackFixtures.ButtonPress(button, "trigger-button", responseUrl, "C0MARKETING", "1700000000.000010"));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var answer = await _slack.WaitForCallAsync(ResponseUrlMethod(responseUrl));
        Assert.Equal(TurnApology.Text, answer.Arg("text"));
    }

    [Theory]
    [InlineData(Failure.BotThrows)]
    [InlineData(Failure.BotCannotBeCreated)]
    public async Task ModalSubmission_TurnFails_KeepsTheModalOpenWithTheApology(Failure failure)
    {
        await using var host = await StartFailingAsync(failure);

        using var ack = await _slack.PostInteractionAsync(host.EventsUrl, SlackFixtures.Submission(GoalModal("D0DANA001"), "trigger-submit", Answers));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var body = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", body["response_action"]!.ToString());
        Assert.Equal(TurnApology.Text, body["errors"]!["metric"]!.ToString());
    }

    [Fact]
    public async Task ModalSubmission_QueueFull_TheAnswerOfTheTurnThatRanIsStillDelivered()
    {
        var gate = new TaskCompletionSource();
        var bot = new GatedBot(new ScriptedGoalBot(), gate.Task);
        await using var host = await SlackBotHost.StartAsync(_slack, bot, services: s => s.Configure<BackgroundTurnsOptions>(o =>
        {
            o.Capacity = 1;
            o.Concurrency = 1;
            o.ReservedCapacity = 1;
            o.FullQueueWait = TimeSpan.Zero;
        }));

        // The one worker is held inside a turn and the one place in the queue is taken.
        await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-hold", GatedBot.Hold));
        await bot.Holding.WaitAsync(TimeSpan.FromSeconds(10));
        using var queued = await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-queued", "queued"));
        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        using var refused = await _slack.PostSignedAsync(host.EventsUrl, SlackFixtures.SlashCommand(_slack.NewResponseUrl(), "trigger-refused", "status"), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        // The submission's turn runs inside Slack's request (the goal is saved), so its answer must not be refused.
        using var submitted = await _slack.PostInteractionAsync(host.EventsUrl, SlackFixtures.Submission(GoalModal("D0DANA001"), "trigger-full", Answers));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Empty(await submitted.Content.ReadAsStringAsync());
        Assert.Equal(ScriptedGoalBot.SaveGoal, bot.Inner.Activities.Last().Submission!.Verb);

        gate.SetResult();
        var confirmation = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text")!.StartsWith("Goal saved: leads to 240", StringComparison.Ordinal));
        Assert.Equal("D0DANA001", confirmation.Arg("channel"));
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text") == "You said: queued");
    }

    [Fact]
    public async Task FormButton_ModalCannotBeOpened_SaysSoInsteadOfDoingNothing()
    {
        await using var host = await SlackBotHost.StartAsync(_slack, new ScriptedGoalBot());
        await _slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-form", "we need more leads"));
        var summary = await _slack.WaitForCallAsync("chat.postMessage");
        var open = SlackFixtures.Buttons(summary.Args).First();
        _slack.Script("views.open", _ => SlackStandIn.Error("expired_trigger_id"));
        var responseUrl = _slack.NewResponseUrl();

        await _slack.PostInteractionAsync(host.EventsUrl, SlackFixtures.ButtonPress(open, "trigger-late", responseUrl, "D0DANA001", "1700000000.000011"));

        await _slack.WaitForCallAsync("views.open");
        var said = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text")!.Contains("couldn't open the form", StringComparison.Ordinal));
        Assert.Equal("D0DANA001", said.Arg("channel"));
    }

    public enum Failure
    {
        BotThrows,
        BotCannotBeCreated,
    }

    private static readonly Dictionary<string, string> Answers = new() { ["metric"] = "leads", ["target"] = "240", ["deadline"] = "2027-03-31" };

    private Task<SlackBotHost> StartFailingAsync(Failure failure) => failure == Failure.BotThrows
        ? SlackBotHost.StartAsync(_slack, new ThrowingBot())
        : SlackBotHost.StartAsync(_slack, new ScriptedGoalBot(), services: s => s.AddSingleton<IBot>(_ => throw new InvalidOperationException("the database is unreachable")));

    private static string ResponseUrlMethod(string responseUrl) => $"response_url:{responseUrl[(responseUrl.LastIndexOf('/') + 1)..]}";

    /// <summary>The goal modal as the bot opens it, for a conversation known in advance.</summary>
    private static JsonObject GoalModal(string channelId) => new()
    {
        ["callback_id"] = "alignmentbot.form",
        ["private_metadata"] = $"{{\"ch\":\"{channelId}\",\"v\":\"{ScriptedGoalBot.SaveGoal}\",\"c\":\"{ScriptedGoalBot.GoalFormId}\"}}",
        ["blocks"] = new JsonArray(
            Input("metric", "static_select"),
            Input("target", "number_input"),
            Input("deadline", "datepicker")),
    };

    private static JsonObject Input(string id, string type)
        => new() { ["type"] = "input", ["block_id"] = id, ["element"] = new JsonObject { ["type"] = type, ["action_id"] = id } };

    private sealed class ThrowingBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
            => throw new InvalidOperationException("state could not be saved");
    }

    /// <summary>Holds the turn for <see cref="Hold"/> until the gate opens; everything else goes straight to the inner bot.</summary>
    private sealed class GatedBot(ScriptedGoalBot inner, Task gate) : IBot
    {
        public const string Hold = "hold";

        private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ScriptedGoalBot Inner { get; } = inner;

        public Task Holding => _holding.Task;

        public async Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
        {
            if (activity.Text == Hold)
            {
                _holding.TrySetResult();
                await gate.WaitAsync(cancellationToken);
            }

            return await Inner.OnTurnAsync(activity, cancellationToken);
        }
    }
}
