using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Application.Goals;

/// <summary>
/// Takes a goal change back: the target, deadline, owner and status it had before (<see cref="GoalEditDialog.UndoData"/>).
/// One place for the Undo button and for "wait no, undo that" typed right after, so both check the same permission and
/// say the same thing.
/// </summary>
public sealed class GoalChangeUndo(IGoalStore goals, PermissionGate gate)
{
    /// <summary>What was put back, to say; null when the person was already told why not (refused, or the data is not valid).</summary>
    public async Task<string?> UndoAsync(DialogContext dc, GoalId id, string? data, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (await goals.GetAsync(scope.Workspace.Id, id, ct) is not { } goal)
        {
            dc.Turn.Send("That goal no longer exists, so there is nothing to undo.");
            return null;
        }

        var (action, resource) = GoalPermissions.Change(goal);
        if (!await gate.AllowsAsync(dc.Turn, action, resource, ct))
        {
            return null;
        }

        if (GoalEditDialog.Restore(goal, data) is not { } restored)
        {
            dc.Turn.Send(References.ActionReferences.NotValid);
            return null;
        }

        await goals.SaveAsync(scope.Workspace.Id, [restored], ct);
        return $"Undone: {restored.Title(scope.Currency)} (owner: {restored.OwnerName}, {restored.Status.ToString().ToLowerInvariant()}).";
    }
}
