using AlignmentBot.Application.Sync;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AlignmentBot.Scheduling.CrmSync;

/// <summary>
/// Syncs every connected workspace in turn (the recurring trigger), or one workspace now (a one-off job from "sync now").
/// Whether a workspace is already being synced, here or on another instance, is the workspace lease's decision: such a
/// run is skipped and the next interval catches up.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CrmSyncJob(CrmSyncService sync, CrmConnections connections, ILogger<CrmSyncJob> logger) : IJob
{
    public const string TriggerKey = "trigger";
    public const string RequestedByKey = "requestedBy";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (CrmSyncJobKeys.TryParseNow(context.JobDetail.Key, out var one))
        {
            var data = context.MergedJobDataMap;
            var trigger = Enum.TryParse<CrmSyncTrigger>(data.GetString(TriggerKey), out var t) ? t : CrmSyncTrigger.Chat;
            await RunAsync(one, trigger, data.GetString(RequestedByKey) ?? "chat", cancellationToken);
            return;
        }

        var workspaces = (await connections.ListAsync(null, cancellationToken)).Select(c => c.WorkspaceId).Distinct().ToArray();
        foreach (var workspace in workspaces)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await RunAsync(workspace, CrmSyncTrigger.Schedule, "schedule", cancellationToken);
        }
    }

    private async Task RunAsync(Domain.Workspaces.WorkspaceId workspace, CrmSyncTrigger trigger, string requestedBy, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sync.RunAsync(workspace, new CrmSyncRequest(Trigger: trigger, RequestedBy: requestedBy), null, cancellationToken);
            logger.LogInformation("CRM sync of {Workspace} ({Trigger}): {Outcome}", workspace, trigger, result.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One workspace's failure must not stop the others; its run history says what happened.
            logger.LogError(ex, "CRM sync of {Workspace} failed", workspace);
        }
    }
}
