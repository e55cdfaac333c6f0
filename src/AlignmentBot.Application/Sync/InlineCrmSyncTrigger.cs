using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// "Sync now" without a scheduler (the terminal chat, tests): the run starts on the thread pool and the turn answers
/// at once. The workspace's lease keeps it from overlapping any other run.
/// </summary>
public sealed class InlineCrmSyncTrigger(CrmSyncService sync, ILogger<InlineCrmSyncTrigger> logger) : ICrmSyncTrigger
{
    public Task TriggerAsync(WorkspaceId workspaceId, CrmSyncTrigger trigger, string requestedBy, CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await sync.RunAsync(workspaceId, new CrmSyncRequest(Trigger: trigger, RequestedBy: requestedBy), null, CancellationToken.None);
                logger.LogInformation("Sync of {Workspace} ({Trigger}): {Outcome}", workspaceId, trigger, result.Outcome);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sync of {Workspace} ({Trigger}) failed", workspaceId, trigger);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> NextScheduledRunAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);
}
