using AlignmentBot.Application.Reminders;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>
/// Every <see cref="ReminderOptions.Interval"/>: works out which check-ins are due and sends the reminders. One instance of
/// the cluster runs it at a time; the delivery records keep each reminder at most once even if two ran.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderJob(ReminderDispatcher dispatcher, ILogger<ReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var outcomes = await dispatcher.RunAsync(cancellationToken);
            if (outcomes.Count > 0)
            {
                logger.LogInformation("Reminders: {People} people, {Sent} messages sent", outcomes.Count, outcomes.Count(o => o.Sent));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The reminder run failed; it runs again at the next interval");
        }
    }
}
