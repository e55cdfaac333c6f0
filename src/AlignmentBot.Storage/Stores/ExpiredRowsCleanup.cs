using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Hourly: forgets inbound ids older than <see cref="SqlInboundDeduplicator.Retention"/>, shared items and card
/// references past their expiry, audit entries older than <see cref="AuditOptions.Retention"/>, finished inbox rows
/// older than Inbox:Retention, and deletes the data of workspaces whose app was uninstalled longer than the grace
/// period ago. Every instance runs it; the deletes are idempotent, so they need no coordination.
/// </summary>
internal sealed class ExpiredRowsCleanup(
    SqlInboundDeduplicator deduplicator,
    SqlSharedItemStore items,
    SqlActionReferenceStore references,
    SqlAuditLog audit,
    IStoredInbox inbox,
    IOptionsMonitor<AuditOptions> auditOptions,
    IOptions<InboxOptions> inboxOptions,
    TimeProvider time,
    ILogger<ExpiredRowsCleanup> logger,
    WorkspaceDeletions? deletions = null)
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
                await CleanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The tables only grow a little until the next pass; dedupe and lookups keep working.
                logger.LogWarning(ex, "Could not delete expired rows; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass of everything above; returns the rows each part deleted.</summary>
    internal async Task<(int Ids, int Items, int References, int AuditEntries, int Finished, int Workspaces)> CleanOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ids = await deduplicator.ForgetBeforeAsync(now - SqlInboundDeduplicator.Retention, cancellationToken);
        var expired = await items.ForgetExpiredAsync(now, cancellationToken);
        var forgotten = await references.ForgetExpiredAsync(now, cancellationToken);
        var entries = await audit.ForgetBeforeAsync(now - auditOptions.CurrentValue.Retention, cancellationToken);
        var finished = await inbox.ForgetFinishedBeforeAsync(now - inboxOptions.Value.Retention, cancellationToken);
        var workspaces = deletions is null ? 0 : (await deletions.PurgeDueAsync(cancellationToken)).Count;
        if (ids + expired + forgotten + entries + finished + workspaces > 0)
        {
            logger.LogDebug("Forgot {Ids} inbound activity ids, {Items} expired shared items, {References} expired card references, {Entries} audit entries past retention and {Finished} finished inbox rows; deleted {Workspaces} uninstalled workspaces",
                ids, expired, forgotten, entries, finished, workspaces);
        }

        return (ids, expired, forgotten, entries, finished, workspaces);
    }
}
