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

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.StartGoal];

    public Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(understanding.Text, understanding.Entities), cancellationToken);

    public Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
        => dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(string.Empty, Entities.None), cancellationToken);
}
