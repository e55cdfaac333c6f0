using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>Workspaces waiting to be deleted after an uninstall, and the deletion itself.</summary>
public interface IWorkspaceDeletionStore
{
    /// <summary>Schedules (or keeps) the deletion; an earlier schedule for the same workspace stays as it was.</summary>
    Task<PendingDeletion> ScheduleAsync(PendingDeletion deletion, CancellationToken cancellationToken);

    /// <summary>Cancels a pending deletion; false when none was pending.</summary>
    Task<bool> CancelAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PendingDeletion>> ListAsync(CancellationToken cancellationToken);

    /// <summary>How many rows of the workspace each table holds: what <see cref="PurgeAsync"/> would delete.</summary>
    Task<IReadOnlyList<PurgedTable>> CountAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every row of the workspace in every table keyed by workspace, the audit trail and the pending deletion
    /// included, in one transaction. Returns the rows deleted per table, tables with none included.
    /// </summary>
    Task<IReadOnlyList<PurgedTable>> PurgeAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);
}
