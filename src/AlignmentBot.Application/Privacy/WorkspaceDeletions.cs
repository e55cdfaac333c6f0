using System.Globalization;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Privacy;

/// <summary>
/// What happens to a workspace's data when the app is uninstalled: it is kept for <see cref="PrivacyOptions.UninstallGracePeriod"/>
/// (so a reinstall finds everything) and then deleted by the hourly maintenance. Installing again, or anyone in the
/// workspace talking to the bot after the uninstall, cancels the deletion.
/// </summary>
public sealed class WorkspaceDeletions(
    IWorkspaceDeletionStore store,
    IDigestSubscriptionStore subscriptions,
    IDigestScheduler scheduler,
    IConversationDirectory directory,
    IAuditLog audit,
    IOptionsMonitor<PrivacyOptions> options,
    TimeProvider time,
    ILogger<WorkspaceDeletions> logger) : IInstallationEvents
{
    /// <summary>How stale this instance's view of pending deletions may get before a turn looks again (one query a minute).</summary>
    public static readonly TimeSpan PendingRefresh = TimeSpan.FromMinutes(1);

    private volatile Pending _pending = new(DateTimeOffset.MinValue, new Dictionary<string, DateTimeOffset>());

    public async Task UninstalledAsync(InstallationChange change, CancellationToken cancellationToken)
    {
        var workspaceId = new WorkspaceId(change.WorkspaceId);
        if (change.ConversationKey is { } key && await StillInstalledElsewhereAsync(workspaceId, key, cancellationToken))
        {
            logger.LogInformation("The app was removed from conversation {ConversationKey} of {WorkspaceId}; it is still in others, so the workspace's data stays", key, change.WorkspaceId);
            return;
        }

        var deletion = await store.ScheduleAsync(new PendingDeletion(workspaceId, change.At, change.At + options.CurrentValue.UninstallGracePeriod, $"{change.ChannelId} {change.Reason}"), cancellationToken);
        Remember(deletion.WorkspaceId, deletion.RequestedAt);
        using (AuditContext.Use(Platform(change.ChannelId)))
        {
            await audit.RecordAsync(workspaceId, AuditKinds.WorkspaceUninstalled, null, new AuditSnapshot(change.WorkspaceId, "the app's installation", AuditFields.Of(
                ("reason", deletion.Reason), ("delete after", deletion.DeleteAfter.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))), cancellationToken);
        }

        logger.LogWarning("The app was uninstalled from {WorkspaceId} ({Reason}); its data will be deleted after {DeleteAfter:O} unless it is installed again", change.WorkspaceId, deletion.Reason, deletion.DeleteAfter);
    }

    public Task InstalledAsync(InstallationChange change, CancellationToken cancellationToken)
        => CancelAsync(new WorkspaceId(change.WorkspaceId), $"{change.ChannelId} {change.Reason}", Platform(change.ChannelId), cancellationToken);

    /// <summary>
    /// Someone in the workspace used the bot at <paramref name="at"/>. A workspace that can talk to the bot has it installed:
    /// a deletion scheduled before that moment is cancelled. Costs a dictionary lookup; the database is asked at most once a minute.
    /// </summary>
    public async Task SeenAsync(WorkspaceId workspaceId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var pending = _pending;
        if (time.GetUtcNow() - pending.LoadedAt > PendingRefresh)
        {
            pending = await RefreshAsync(cancellationToken);
        }

        if (pending.RequestedAt.TryGetValue(workspaceId.Value, out var requestedAt) && at > requestedAt)
        {
            await CancelAsync(workspaceId, "activity after the uninstall", AuditContext.Current, cancellationToken);
        }
    }

    /// <summary>Deletes every workspace whose grace period is over; the hourly maintenance calls it.</summary>
    public async Task<IReadOnlyList<(WorkspaceId WorkspaceId, IReadOnlyList<PurgedTable> Tables)>> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var purged = new List<(WorkspaceId, IReadOnlyList<PurgedTable>)>();
        foreach (var due in (await store.ListAsync(cancellationToken)).Where(d => d.DeleteAfter <= now))
        {
            var tables = await PurgeNowAsync(due.WorkspaceId, cancellationToken);
            logger.LogWarning("Deleted the data of uninstalled workspace {WorkspaceId} ({Rows} rows): {Reason} on {RequestedAt:O}", due.WorkspaceId, tables.Sum(t => t.Rows), due.Reason, due.RequestedAt);
            purged.Add((due.WorkspaceId, tables));
        }

        return purged;
    }

    /// <summary>Deletes the workspace's data now: its digest schedules first (so none fires for a deleted channel), then every table.</summary>
    public async Task<IReadOnlyList<PurgedTable>> PurgeNowAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        foreach (var subscription in await subscriptions.ListAsync(workspaceId, cancellationToken))
        {
            await scheduler.UnscheduleAsync(workspaceId, subscription.Id, cancellationToken);
        }

        var tables = await store.PurgeAsync(workspaceId, cancellationToken);
        Forget(workspaceId);
        return tables;
    }

    public Task<IReadOnlyList<PendingDeletion>> PendingAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>What <see cref="PurgeNowAsync"/> would delete, table by table.</summary>
    public Task<IReadOnlyList<PurgedTable>> CountAsync(WorkspaceId workspaceId, CancellationToken cancellationToken) => store.CountAsync(workspaceId, cancellationToken);

    /// <summary>Teams removes the app per team, chat and person: the workspace goes only when its last known conversation does.</summary>
    private async Task<bool> StillInstalledElsewhereAsync(WorkspaceId workspaceId, string conversationKey, CancellationToken cancellationToken)
    {
        await directory.ForgetAsync(workspaceId.Value, conversationKey, cancellationToken);
        var conversations = await directory.ListAsync(workspaceId.Value, cancellationToken);
        var digests = await subscriptions.ListAsync(workspaceId, cancellationToken);
        return conversations.Any(c => c.Key != conversationKey) || digests.Any(s => s.Address.Key != conversationKey);
    }

    private async Task CancelAsync(WorkspaceId workspaceId, string reason, AuditActor actor, CancellationToken cancellationToken)
    {
        var cancelled = await store.CancelAsync(workspaceId, cancellationToken);
        Forget(workspaceId);
        if (!cancelled)
        {
            return;
        }

        using (AuditContext.Use(actor))
        {
            await audit.RecordAsync(workspaceId, AuditKinds.WorkspaceReinstalled, null, new AuditSnapshot(workspaceId.Value, "the app's installation", AuditFields.Of(("reason", reason))), cancellationToken);
        }

        logger.LogWarning("The app is back in {WorkspaceId} ({Reason}); its scheduled deletion is cancelled", workspaceId, reason);
    }

    private async Task<Pending> RefreshAsync(CancellationToken cancellationToken)
    {
        var list = await store.ListAsync(cancellationToken);
        var pending = new Pending(time.GetUtcNow(), list.ToDictionary(d => d.WorkspaceId.Value, d => d.RequestedAt, StringComparer.Ordinal));
        _pending = pending;
        return pending;
    }

    private void Remember(WorkspaceId workspaceId, DateTimeOffset requestedAt)
    {
        var current = _pending;
        _pending = current with { RequestedAt = new Dictionary<string, DateTimeOffset>(current.RequestedAt, StringComparer.Ordinal) { [workspaceId.Value] = requestedAt } };
    }

    private void Forget(WorkspaceId workspaceId)
    {
        var current = _pending;
        if (current.RequestedAt.ContainsKey(workspaceId.Value))
        {
            var copy = new Dictionary<string, DateTimeOffset>(current.RequestedAt, StringComparer.Ordinal);
            copy.Remove(workspaceId.Value);
            _pending = current with { RequestedAt = copy };
        }
    }

    private static AuditActor Platform(string channelId)
        => new(AuditActorKind.System, channelId switch { "slack" => "Slack", "msteams" => "Microsoft Teams", _ => channelId }, ChannelId: channelId);

    private sealed record Pending(DateTimeOffset LoadedAt, IReadOnlyDictionary<string, DateTimeOffset> RequestedAt);
}
