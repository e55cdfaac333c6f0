using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Forgets inbound ids older than <see cref="SqlInboundDeduplicator.Retention"/>, hourly. Every instance runs it;
/// the delete is idempotent, so they need no coordination.
/// </summary>
internal sealed class InboundActivityCleanup(SqlInboundDeduplicator deduplicator, TimeProvider time, ILogger<InboundActivityCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var forgotten = await deduplicator.ForgetBeforeAsync(time.GetUtcNow() - SqlInboundDeduplicator.Retention, stoppingToken);
                if (forgotten > 0)
                {
                    logger.LogDebug("Forgot {Count} inbound activity ids older than {Retention}", forgotten, SqlInboundDeduplicator.Retention);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The table only grows a little until the next pass; dedupe itself keeps working.
                logger.LogWarning(ex, "Could not clean up inbound activity ids; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
