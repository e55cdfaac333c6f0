using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IGoalStore
{
    Task<Goal?> GetAsync(WorkspaceId workspaceId, GoalId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Goal>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Saves a company goal together with the goals translated from it: all or nothing.</summary>
    Task SaveAsync(WorkspaceId workspaceId, IReadOnlyList<Goal> goals, CancellationToken cancellationToken);
}
