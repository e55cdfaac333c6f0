using AlignmentBot.Application.Reminders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>At start-up: one durable reminder job with a repeating trigger, replaced so a changed interval takes effect; removed when reminders are off.</summary>
internal sealed class ReminderSchedulerStartup(
    ISchedulerFactory factory,
    TimeProvider time,
    IOptions<ReminderOptions> reminders,
    IOptions<DigestSchedulingOptions> scheduling,
    ILogger<ReminderSchedulerStartup> logger) : IHostedService
{
    public static readonly JobKey Job = new("reminders", DigestJobKeys.SystemGroup);
    public static readonly TriggerKey Trigger = new("reminders", DigestJobKeys.SystemGroup);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (!scheduling.Value.SchedulerEnabled || !reminders.Value.Enabled)
        {
            await scheduler.DeleteJob(Job, cancellationToken);
            logger.LogWarning("Check-in reminders are off in this instance (Reminders:Enabled or Digests:SchedulerEnabled is false)");
            return;
        }

        var job = JobBuilder.Create<ReminderJob>().WithIdentity(Job).StoreDurably().WithDescription("Asks goal owners for their numbers").Build();
        var every = TriggerBuilder.Create(time).WithIdentity(Trigger).ForJob(job).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(reminders.Value.Interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(job, [every], new ScheduleJobOptions { Replace = true }, cancellationToken);
        logger.LogInformation("Check-in reminders run every {Interval}", reminders.Value.Interval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
