using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using Quartz;

namespace AlignmentBot.Scheduling.CrmSync;

/// <summary>
/// "Sync now" as a one-off Quartz job, so it runs on the scheduler's threads and, on PostgreSQL, on whichever instance
/// is free. Where the scheduler is not running (the command line's terminal chat) it runs in the background instead.
/// </summary>
internal sealed class QuartzCrmSyncTrigger(ISchedulerFactory factory, InlineCrmSyncTrigger inline) : ICrmSyncTrigger
{
    public async Task TriggerAsync(WorkspaceId workspaceId, CrmSyncTrigger trigger, string requestedBy, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            await inline.TriggerAsync(workspaceId, trigger, requestedBy, cancellationToken);
            return;
        }

        var job = JobBuilder.Create<CrmSyncJob>()
            .WithIdentity(CrmSyncJobKeys.Now(workspaceId))
            .WithDescription($"CRM sync of {workspaceId} asked for by {requestedBy}")
            .UsingJobData(CrmSyncJob.TriggerKey, trigger.ToString())
            .UsingJobData(CrmSyncJob.RequestedByKey, requestedBy)
            .Build();
        var now = TriggerBuilder.Create().WithIdentity(CrmSyncJobKeys.Now(workspaceId).Name, CrmSyncJobKeys.Group).ForJob(job).StartNow().Build();

        // Asking twice before the first ran replaces the waiting one: there is still one run.
        await scheduler.ScheduleJob(job, [now], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task<DateTimeOffset?> NextScheduledRunAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            return null;
        }

        return await scheduler.GetTrigger(CrmSyncJobKeys.RecurringTrigger, cancellationToken) is { } recurring ? recurring.NextFireTimeUtc : null;
    }
}
