using AlignmentBot.Application.Digests;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>
/// Fired by a subscription's cron trigger, on time or once after downtime. It only says "look at this
/// subscription now": which period is owed, and whether it is still within the grace period, is decided by
/// <see cref="DigestDispatcher"/>, so a duplicate or late firing cannot post twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestDispatcher dispatcher, ILogger<DigestJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var key = context.JobDetail.Key;
        if (!DigestJobKeys.TryParse(key, out var workspaceId, out var subscriptionId))
        {
            logger.LogError("Digest job {JobKey} has no subscription in its key; removing it", key);
            await context.Scheduler.DeleteJob(key, cancellationToken);
            return;
        }

        try
        {
            var outcome = await dispatcher.RunScheduledAsync(workspaceId, subscriptionId, cancellationToken);
            if (outcome.Kind == DeliveryOutcomeKind.NoSubscription)
            {
                // The subscription was removed while its trigger survived (e.g. a crash between the two deletes).
                await context.Scheduler.DeleteJob(key, cancellationToken);
            }

            logger.LogInformation("Digest {SubscriptionId} fired (scheduled {Scheduled}): {Outcome} — {Summary}",
                subscriptionId, context.ScheduledFireTimeUtc, outcome.Kind, outcome.Summary);
            context.Result = outcome.Kind.ToString();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The next firing, the retry sweep or the next digest's backfill picks it up; the scheduler must keep going.
            logger.LogError(ex, "Digest {SubscriptionId} in {Workspace} could not be served", subscriptionId, workspaceId);
        }
    }
}
