using System.Collections.Concurrent;
using System.Globalization;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>
/// Behaves the way the real goal and request dialogs will, in shapes rather than wording: an ask becomes a goal
/// form pre-filled from the text, a bad target comes back as an input error, a good one replaces the form and
/// confirms; the message shortcut becomes a pre-filled request form.
/// </summary>
public sealed class ScriptedGoalBot : IBot
{
    public const string GoalFormId = "goal-form";
    public const string SaveGoal = "goal.save";
    public const string CancelGoal = "goal.cancel";
    public const string SaveRequest = "request.save";

    public ConcurrentQueue<IncomingActivity> Activities { get; } = new();

    private TaskCompletionSource? _hold;

    /// <summary>
    /// Every turn from now on waits until the returned source is completed (to push a modal submission past Slack's
    /// budget, or to show an acknowledgement did not wait for the turn).
    /// </summary>
    public TaskCompletionSource HoldTurns()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = hold;
        return hold;
    }

    public async Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        Activities.Enqueue(activity);
        if (_hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        return activity.Kind switch
        {
            ActivityKind.ConversationStarted => TurnResult.Reply("Hi, I'm AlignmentBot."),
            ActivityKind.Message when activity.Text == "help" => TurnResult.Reply("**Help**: try /align we need more leads"),
            ActivityKind.Message when activity.Text?.Contains("leads", StringComparison.OrdinalIgnoreCase) == true => TurnResult.Reply(GoalForm(activity.Text)),
            ActivityKind.Message => TurnResult.Reply($"You said: {activity.Text}"),
            ActivityKind.Submission => Submit(activity.Submission!),
            _ => TurnResult.Empty,
        };
    }

    public static OutgoingMessage GoalForm(string ask) => new(
        "Let's make that measurable. Check the goal and save it.",
        new Card(
            "Define a goal",
            [
                new TextBlock($"You asked: _{ask}_"),
                new ChoiceInput("metric", "Metric", [new Choice("Leads", "leads"), new Choice("Marketing qualified leads", "mql"), new Choice("Revenue", "revenue")], "leads", Required: true),
                new TextInput("target", "Target per month", null, "e.g. 240", Required: true, Kind: InputKind.Number),
                new DateInput("deadline", "Deadline", new DateOnly(2027, 3, 31), Required: true),
            ],
            [new CardAction("Save goal", SaveGoal, new Dictionary<string, string> { ["draft"] = "d-42" }, ActionStyle.Primary), new CardAction("Cancel", CancelGoal)],
            GoalFormId));

    private static TurnResult Submit(CardSubmission submission)
    {
        switch (submission.Verb)
        {
            case SaveGoal when !decimal.TryParse(submission.Value("target"), NumberStyles.Number, CultureInfo.InvariantCulture, out var target) || target <= 0:
                return new TurnResult([], InputErrors: new Dictionary<string, string> { ["target"] = "Enter a positive number, like 240." });
            case SaveGoal:
                return new TurnResult(
                    [new OutgoingMessage($"Goal saved: {submission.Value("metric")} to {submission.Value("target")} by {submission.Value("deadline")}.")],
                    ReplaceCard: new OutgoingMessage("✓ Goal saved", new Card("Goal saved", [new TextBlock("✓ Saved. I'll track it on the scorecard.", TextStyle.Good)])));
            case CancelGoal:
                return new TurnResult([], ReplaceCard: new OutgoingMessage("Cancelled."));
            case WellKnownVerbs.LogRequestFromMessage:
                return TurnResult.Reply(new OutgoingMessage(
                    "Log this request?",
                    new Card(
                        "Log a marketing request",
                        [
                            new TextInput("title", "What is asked", submission.Value("text"), Multiline: true, Required: true),
                            new TextInput("requester", "Asked by", submission.Value("author")),
                            new TextInput("link", "Link", submission.Value("link")),
                        ],
                        [new CardAction("Log request", SaveRequest, Style: ActionStyle.Primary)],
                        "request-form")));
            case SaveRequest:
                return TurnResult.Reply($"Request logged: {submission.Value("title")}");
            default:
                return TurnResult.Reply($"Pressed {submission.Verb}");
        }
    }
}
