using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Commands;

/// <summary>Starts the goal dialog from a sentence ("grow revenue 10% next year") or from the "Define a goal" button.</summary>
public sealed class DefineGoalCommand : IBotCommand, ISubmissionHandler
{
    public string Intent => "define_goal";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.StartGoal, Dialogs.Verbs.GoalFromNumbers];

    public Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(understanding.Text, understanding.Entities), cancellationToken);

    public Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        // "Make it a goal" on a numbers card carries the checked target along.
        var entities = submission.Verb == Dialogs.Verbs.GoalFromNumbers
            ? new Entities(Metric: submission.Value("metric"), Target: decimal.TryParse(submission.Value("target"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null, Period: submission.Value("period"))
            : Entities.None;
        return dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(submission.Verb == Dialogs.Verbs.GoalFromNumbers ? "from running the numbers" : string.Empty, entities), cancellationToken);
    }
}
