using AlignmentBot.Application.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlignmentBot.Scheduling.CrmSync;

/// <summary>At start-up: the recurring sync every Sync:Interval, first a minute after start. An unchanged trigger is kept, so restarts do not push the next run back.</summary>
internal sealed class CrmSyncSchedulerStartup(ISchedulerFactory factory, IOptions<CrmSyncOptions> options, TimeProvider time, ILogger<CrmSyncSchedulerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (!options.Value.SchedulerEnabled)
        {
            await scheduler.DeleteJob(CrmSyncJobKeys.Recurring, cancellationToken);
            logger.LogWarning("Sync:SchedulerEnabled is false: this instance schedules no CRM syncs");
            return;
        }

        var interval = options.Value.Interval > TimeSpan.Zero ? options.Value.Interval : TimeSpan.FromHours(1);
        if (await scheduler.GetTrigger(CrmSyncJobKeys.RecurringTrigger, cancellationToken) is ISimpleTrigger existing && existing.RepeatInterval == interval)
        {
            return;
        }

        var job = JobBuilder.Create<CrmSyncJob>().WithIdentity(CrmSyncJobKeys.Recurring).StoreDurably()
            .WithDescription("Syncs every workspace's connected CRMs").Build();
        var every = TriggerBuilder.Create(time).WithIdentity(CrmSyncJobKeys.RecurringTrigger).ForJob(job)
            .StartAt(time.GetUtcNow().AddMinutes(1))
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()

                // After downtime, sync once at the next interval rather than once per missed one.
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [every], new ScheduleJobOptions { Replace = true }, cancellationToken);
        logger.LogInformation("CRM sync scheduled every {Interval}", interval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
