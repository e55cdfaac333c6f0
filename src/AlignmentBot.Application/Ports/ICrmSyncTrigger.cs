using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>Starts a workspace's sync in the background now ("sync now"); the scheduler's implementation runs it as a Quartz job.</summary>
public interface ICrmSyncTrigger
{
    Task TriggerAsync(WorkspaceId workspaceId, CrmSyncTrigger trigger, string requestedBy, CancellationToken cancellationToken);

    /// <summary>When the scheduled sync runs next, if this process schedules it.</summary>
    Task<DateTimeOffset?> NextScheduledRunAsync(CancellationToken cancellationToken);
}
