using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <param name="RunningLease">The lease of a run in progress, if any.</param>
/// <param name="RunningRun">That run's history row, with its counts so far.</param>
/// <param name="NextScheduled">When this instance's scheduler syncs next, if it schedules syncs.</param>
public sealed record CrmSyncStatus(
    WorkspaceId WorkspaceId,
    IReadOnlyList<CrmConnectionStatus> Connections,
    CrmSyncLease? RunningLease,
    CrmSyncRun? RunningRun,
    DateTimeOffset? NextScheduled);
