using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>The sync's own records: leases, cursors, the records fetched, run history, and the numbers derived from them.</summary>
public interface ICrmSyncStore
{
    /// <summary>Takes the workspace's lease if it is free or expired. Atomic on every engine: of two callers, one wins.</summary>
    Task<CrmLeaseAttempt> TryAcquireLeaseAsync(WorkspaceId workspaceId, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Gives the lease up, if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseLeaseAsync(WorkspaceId workspaceId, string holder, CancellationToken cancellationToken);

    Task<CrmSyncLease?> GetLeaseAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task<CrmCursor?> GetCursorAsync(WorkspaceId workspaceId, CrmSource source, CrmObjectKind kind, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmCursorState>> ListCursorsAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Forgets how far a CRM was synced, so the next run reads everything again (stored records stay).</summary>
    Task ResetCursorsAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken);

    /// <summary>Stores one page in one transaction (see <see cref="CrmPageWrite"/>); returns how many records were new or changed.</summary>
    /// <exception cref="CrmLeaseLostException">The lease is no longer the writer's.</exception>
    Task<int> ApplyPageAsync(CrmPageWrite write, CancellationToken cancellationToken);

    /// <summary>Every record stored for the workspace, streamed.</summary>
    IAsyncEnumerable<CrmStoredRecord> ReadRecordsAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes leads mapped again under a changed stage mapping, in one transaction, as the sync writes them: no audit entry
    /// per lead (the mapping change is what changed, and a sync can remap a hundred thousand of them).
    /// </summary>
    Task WriteLeadsAsync(WorkspaceId workspaceId, IReadOnlyList<Domain.Leads.Lead> leads, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrmStageValueCount>> ListStageValuesAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>The measurements an earlier sync derived (source Sync).</summary>
    Task<IReadOnlyList<Measurement>> ListSyncedMeasurementsAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the changed derived measurements and deletes the ones no longer derived, and marks the numbers current under
    /// <paramref name="mappingVersion"/>, in one transaction.
    /// </summary>
    Task SettleAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> upserts, IReadOnlyList<Guid> deletes, int mappingVersion, CancellationToken cancellationToken);

    Task<CrmDerivedState> GetDerivedStateAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task StartRunAsync(CrmSyncRun run, CancellationToken cancellationToken);

    Task FinishRunAsync(WorkspaceId workspaceId, Guid runId, CrmRunState state, string? detail, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Marks runs still "running" as interrupted: called by the run that took over the lease, so they were not finished by anyone.</summary>
    Task<int> InterruptRunningAsync(WorkspaceId workspaceId, Guid exceptRunId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The latest runs, newest first.</summary>
    Task<IReadOnlyList<CrmSyncRun>> ListRunsAsync(WorkspaceId workspaceId, int limit, CancellationToken cancellationToken);
}
