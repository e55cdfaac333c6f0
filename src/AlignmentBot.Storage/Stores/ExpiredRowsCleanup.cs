using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Hourly: forgets inbound ids older than <see cref="SqlInboundDeduplicator.Retention"/>, shared items past
/// their expiry, and finished inbox rows older than Inbox:Retention. Every instance runs it; the deletes are idempotent,
/// so they need no coordination.
/// </summary>
internal sealed class ExpiredRowsCleanup(
    SqlInboundDeduplicator deduplicator, SqlSharedItemStore items, SqlTurnInbox inbox, IOptions<InboxOptions> inboxOptions, TimeProvider time, ILogger<ExpiredRowsCleanup> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var now = time.GetUtcNow();
                var ids = await deduplicator.ForgetBeforeAsync(now - SqlInboundDeduplicator.Retention, stoppingToken);
                var expired = await items.ForgetExpiredAsync(now, stoppingToken);
                var finished = await inbox.ForgetFinishedBeforeAsync(now - inboxOptions.Value.Retention, stoppingToken);
                if (ids + expired + finished > 0)
                {
                    logger.LogDebug("Forgot {Ids} inbound activity ids, {Items} expired shared items and {Finished} finished inbox rows", ids, expired, finished);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The tables only grow a little until the next pass; dedupe and lookups keep working.
                logger.LogWarning(ex, "Could not delete expired rows; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
