using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>
/// One durable job and one cron trigger per subscription, in the subscription's time zone. The job asks for
/// recovery: if the process running it dies, the job fires again at restart or, in a cluster, on another instance,
/// and the dispatcher (which keeps one delivery record per period) decides whether anything is still owed.
/// </summary>
internal sealed class QuartzDigestScheduler(
    ISchedulerFactory factory,
    IDigestSubscriptionStore subscriptionStore,
    TimeProvider time,
    IOptions<DigestSchedulingOptions> options,
    ILogger<QuartzDigestScheduler> logger)
    : IDigestScheduler
{
    public async Task ScheduleAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(Job(subscription), [Trigger(subscription)], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task UnscheduleAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(DigestJobKeys.Job(workspaceId, subscriptionId), cancellationToken);
    }

    /// <summary>
    /// Brings the job store in line with the subscription table (the source of truth): missing or changed
    /// triggers are (re)created, orphans removed. An unchanged trigger is left alone — replacing it would
    /// forget a misfire the store is about to catch up on.
    /// </summary>
    public async Task<(int Scheduled, int Kept, int Removed)> SyncAsync(IReadOnlyCollection<DigestSubscription> subscriptions, CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        var (scheduled, kept) = (0, 0);
        foreach (var listed in subscriptions)
        {
            // Read again: another instance may have changed or removed it since the list was taken.
            if (await subscriptionStore.GetAsync(listed.WorkspaceId, listed.Id, cancellationToken) is not { } subscription)
            {
                continue;
            }

            var existing = await scheduler.GetTrigger(DigestJobKeys.Trigger(subscription), cancellationToken) as ICronTrigger;
            if (existing is not null && existing.CronExpressionString == DigestCron.For(subscription.Schedule) && existing.TimeZone.Id == DigestTimeZones.Get(subscription.Schedule.TimeZone).Id)
            {
                // A job stored before it asked for recovery is replaced on its own; its trigger, and any misfire it
                // is about to catch up on, stay as they are.
                if (await scheduler.GetJobDetail(DigestJobKeys.Job(subscription), cancellationToken) is { RequestsRecovery: false })
                {
                    await scheduler.AddJob(Job(subscription), AddJobOptions.Replacing, cancellationToken);
                }

                kept++;
                continue;
            }

            await ScheduleAsync(subscription, cancellationToken);
            scheduled++;
        }

        var wanted = subscriptions.Select(DigestJobKeys.Job).ToHashSet();
        var removed = 0;
        foreach (var group in (await scheduler.GetJobGroupNames(cancellationToken)).Where(DigestJobKeys.IsDigestGroup))
        {
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken))
            {
                // An instance that started a moment ago may have added a subscription after our list was taken.
                if (wanted.Contains(key) || (DigestJobKeys.TryParse(key, out var workspaceId, out var id) && await subscriptionStore.GetAsync(workspaceId, id, cancellationToken) is not null))
                {
                    continue;
                }

                if (await scheduler.DeleteJob(key, cancellationToken))
                {
                    removed++;
                }
            }
        }

        var maintenance = JobBuilder.Create<DigestMaintenanceJob>().WithIdentity(DigestJobKeys.Maintenance).StoreDurably()
            .WithDescription("Retries failed digest posts and settles posts a stopped process left behind").Build();
        var every = TriggerBuilder.Create(time).WithIdentity(DigestJobKeys.MaintenanceTrigger).ForJob(maintenance).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(options.Value.MaintenanceInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(maintenance, [every], new ScheduleJobOptions { Replace = true }, cancellationToken);

        logger.LogInformation("Digest schedules in sync: {Scheduled} (re)scheduled, {Kept} unchanged, {Removed} orphaned triggers removed", scheduled, kept, removed);
        return (scheduled, kept, removed);
    }

    private static IJobDetail Job(DigestSubscription subscription)
        => JobBuilder.Create<DigestJob>()
            .WithIdentity(DigestJobKeys.Job(subscription))
            .WithDescription($"{subscription.Audience} digest for {subscription.ChannelLabel} ({subscription.Address.ChannelId})")
            .StoreDurably()
            .RequestRecovery()
            .Build();

    private ITrigger Trigger(DigestSubscription subscription)
        => TriggerBuilder.Create(time)
            .WithIdentity(DigestJobKeys.Trigger(subscription))
            .WithDescription(subscription.Schedule.Describe())

            // Triggers that fall due at the same minute fire in priority order. A priority drawn from the subscription
            // id shuffles the workspaces together, so a Monday 9:00 fan-out keeps every workspace's send slots busy
            // instead of serving one workspace's channels before the next one starts.
            .WithPriority(DigestJobKeys.Priority(subscription))
            .StartNow()
            .WithSchedule(CronScheduleBuilder.Create(DigestCron.For(subscription.Schedule))
                .InTimeZone(DigestTimeZones.Get(subscription.Schedule.TimeZone))

                // After downtime: fire once, now. The job then decides between "still within the grace period" and "missed".
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
}
