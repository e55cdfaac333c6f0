using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Application.Commands;

/// <summary>The Undo button of a goal change: puts back the target, deadline, owner and status the goal had before.</summary>
public sealed class GoalEditUndoCommand(IGoalStore goals) : ISubmissionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.UndoGoalEdit];

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!Guid.TryParse(submission.Value("goal"), out var id) || await goals.GetAsync(scope.Workspace.Id, new GoalId(id), cancellationToken) is not { } goal)
        {
            dc.Turn.Send("That goal no longer exists, so there is nothing to undo.");
            return;
        }

        var restored = goal with
        {
            Target = decimal.TryParse(submission.Value("target"), NumberStyles.Number, CultureInfo.InvariantCulture, out var target) ? target : goal.Target,
            Deadline = DateOnly.TryParseExact(submission.Value("deadline"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline) ? deadline : goal.Deadline,
            OwnerName = submission.Value("owner") ?? goal.OwnerName,
            OwnerId = submission.Value("owner") is null ? goal.OwnerId : submission.Value("ownerId"),
            Status = Enum.TryParse<GoalStatus>(submission.Value("status"), out var status) ? status : goal.Status,
        };
        await goals.SaveAsync(scope.Workspace.Id, [restored], cancellationToken);
        var text = $"Undone: {restored.Title(scope.Currency)} (owner: {restored.OwnerName}, {restored.Status.ToString().ToLowerInvariant()}).";
        dc.Turn.ReplaceCard = new OutgoingMessage(text);
        dc.Turn.Send(text);
    }
}
