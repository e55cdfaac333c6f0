using System.Collections.Concurrent;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// Decides what each subscription is owed and hands posts to <see cref="DigestPoster"/>: when the scheduler
/// wakes it (on time, or late after downtime), when a person asks to send now, and in the maintenance sweep
/// that retries failed posts and settles posts a dead process left behind.
/// </summary>
public sealed class DigestDispatcher(
    IDigestSubscriptionStore subscriptions,
    IDigestDeliveryStore deliveries,
    IDigestHolidayStore holidays,
    IWorkspaceStore workspaces,
    DigestPoster poster,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestDispatcher> logger)
{
    /// <summary>Earlier occurrences nobody served (the bot was down for weeks) are recorded as missed, this many at most.</summary>
    public const int MaxBackfill = 8;

    private DigestOptions Options => options.Value;

    /// <summary>The scheduler fired this subscription's trigger: serve its latest occurrence, whenever that was.</summary>
    public async Task<DeliveryOutcome> RunScheduledAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(workspaceId, subscriptionId, cancellationToken);
        return subscription is null
            ? new DeliveryOutcome(DeliveryOutcomeKind.NoSubscription, null, $"Subscription {subscriptionId} no longer exists.")
            : await RunScheduledAsync(subscription, cancellationToken);
    }

    public async Task<DeliveryOutcome> RunScheduledAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var days = (await holidays.ListAsync(subscription.WorkspaceId, cancellationToken)).ToDictionary(h => h.Date);
        var decision = DigestCalendar.Decide(subscription.Schedule, subscription.ScheduleChangedAt, now, Options.GracePeriod, days.Keys.ToHashSet());
        if (decision.Kind == DigestDecisionKind.NotDue)
        {
            return DeliveryOutcome.NotDue("Nothing due since the subscription started or was rescheduled.");
        }

        var newest = await deliveries.ListAsync(subscription.WorkspaceId, subscription.Id, 1, cancellationToken);
        var existing = newest.Count > 0 && newest[0].PeriodKey == decision.PeriodKey ? newest[0]
            : await deliveries.GetAsync(subscription.WorkspaceId, subscription.Id, decision.PeriodKey!, cancellationToken);
        if (existing is null)
        {
            await BackfillAsync(subscription, decision, newest.Count > 0 ? newest[0] : null, days, now, cancellationToken);
        }

        if (existing is not null)
        {
            // Sent, skipped, missed, failed, uncertain — or a retry, which the maintenance sweep owns.
            return new DeliveryOutcome(DeliveryOutcomeKind.AlreadyHandled, existing, $"Already handled: {DigestPoster.Describe(existing)}.");
        }

        var occurrence = decision.Occurrence!.Value;
        var date = decision.LocalDate!.Value;
        switch (decision.Kind)
        {
            case DigestDecisionKind.Holiday:
                return await RecordAsync(subscription, decision, DeliveryState.Skipped, days[date].Name, now, cancellationToken);
            case DigestDecisionKind.TooLate:
                logger.LogWarning("Digest {SubscriptionId} due {Due} is {Late} late, beyond the {Grace} grace period: recorded as missed",
                    subscription.Id, occurrence, now - occurrence, Options.GracePeriod);
                return await RecordAsync(subscription, decision, DeliveryState.Missed,
                    $"The bot was not running at {occurrence:yyyy-MM-dd HH:mm} UTC and came back {(now - occurrence).TotalHours:0} h later.", now, cancellationToken);
            default:
                return await poster.PostAsync(subscription, new PostRequest(decision.PeriodKey!, occurrence, date), cancellationToken);
        }
    }

    /// <summary>
    /// Posts the current period's digest now, when a person asks for it. At most one per period still holds:
    /// a period already sent is not sent again; a failed, uncertain, missed or skipped one is (a person decided).
    /// </summary>
    public async Task<DeliveryOutcome> SendNowAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(workspaceId, subscriptionId, cancellationToken);
        if (subscription is null)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.NoSubscription, null, $"There is no digest subscription {subscriptionId} in workspace '{workspaceId}'.");
        }

        var now = time.GetUtcNow();
        var today = DigestCalendar.LocalDate(subscription.Schedule, now);
        var key = DigestCalendar.PeriodKey(subscription.Schedule, today);
        var existing = await deliveries.GetAsync(workspaceId, subscriptionId, key, cancellationToken);
        switch (existing?.State)
        {
            case null:
                return await poster.PostAsync(subscription, new PostRequest(key, now, today, Fresh: true), cancellationToken);
            case DeliveryState.Sent:
                return new DeliveryOutcome(DeliveryOutcomeKind.AlreadyHandled, existing,
                    $"This period's digest was already sent ({existing.UpdatedAt:yyyy-MM-dd HH:mm} UTC); at most one digest goes out per period.");
            case DeliveryState.Sending when existing.ClaimedAt > now - Options.SendingLease:
                return new DeliveryOutcome(DeliveryOutcomeKind.InProgress, existing, $"It is being posted right now by {existing.ClaimedBy}.");
            default:
                return await poster.PostAsync(subscription, new PostRequest(key, existing.DueAt, today, existing, Fresh: true), cancellationToken);
        }
    }

    /// <summary>
    /// Retries whose time has come, and "sending" records older than the lease (their process died mid-post),
    /// which become uncertain. Runs at start-up and every minute.
    /// </summary>
    public async Task<MaintenanceResult> RunMaintenanceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var uncertain = 0;
        var retried = new List<DeliveryOutcome>();
        foreach (var workspace in await workspaces.ListAsync(cancellationToken))
        {
            var stale = await deliveries.MarkStaleSendingUncertainAsync(workspace.Id, now - Options.SendingLease, now,
                "The bot stopped while posting, so the post may or may not have arrived. Check the channel; `digest send` posts it again.", cancellationToken);
            foreach (var record in stale)
            {
                logger.LogWarning("Digest {SubscriptionId} for {Period} was left sending by {ClaimedBy} since {ClaimedAt}: marked uncertain, not reposted",
                    record.SubscriptionId, record.PeriodKey, record.ClaimedBy, record.ClaimedAt);
            }

            uncertain += stale.Count;
            foreach (var retry in await deliveries.ListDueRetriesAsync(workspace.Id, now, cancellationToken))
            {
                var subscription = await subscriptions.GetAsync(workspace.Id, retry.SubscriptionId, cancellationToken);
                if (subscription is not null)
                {
                    retried.Add(await poster.PostAsync(subscription, new PostRequest(retry.PeriodKey, retry.DueAt, retry.DueDate, retry, Fresh: true), cancellationToken));
                }
            }
        }

        return new MaintenanceResult(uncertain, retried);
    }

    /// <summary>
    /// Serves every subscription whose digest is due now (<c>digest send --all-due</c>; the scheduler does the
    /// same one trigger at a time). Bounded: one post at a time per conversation, <see cref="DigestOptions.MaxConcurrentSends"/>
    /// per platform workspace and <see cref="DigestOptions.MaxConcurrentSendsTotal"/> in all, so one slow channel holds up only itself
    /// and every workspace posts from the start.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryOutcome>> SendAllDueAsync(WorkspaceId? only, CancellationToken cancellationToken)
    {
        var all = new List<DigestSubscription>();
        foreach (var workspace in only is { } id ? [id] : (await workspaces.ListAsync(cancellationToken)).Select(w => w.Id))
        {
            all.AddRange(await subscriptions.ListAsync(workspace, cancellationToken));
        }

        var outcomes = new ConcurrentBag<DeliveryOutcome>();

        // One queue per platform workspace, all running at once: a single queue would hand every worker to the first
        // workspace's channels (they wait on that workspace's send slots) while the next workspace sat idle. More
        // workers than send slots, so building digests and waiting on a busy channel overlap with posting.
        var queues = all.GroupBy(s => (s.Address.ChannelId, s.WorkspaceId)).Select(queue => Parallel.ForEachAsync(
            queue,
            new ParallelOptions { MaxDegreeOfParallelism = Options.MaxConcurrentSends * 2, CancellationToken = cancellationToken },
            async (subscription, token) =>
            {
                try
                {
                    outcomes.Add(await RunScheduledAsync(subscription, token));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One broken subscription must not stop the others.
                    logger.LogError(ex, "Digest {SubscriptionId} could not be served", subscription.Id);
                    outcomes.Add(new DeliveryOutcome(DeliveryOutcomeKind.Failed, null, $"{subscription.Id}: {ex.GetType().Name}"));
                }
            }));
        await Task.WhenAll(queues);
        return outcomes.ToArray();
    }

    // The bot was down for several occurrences: the scheduler fires once, for the latest; the ones before it are recorded as missed (or skipped).
    private async Task BackfillAsync(DigestSubscription subscription, DigestDecision decision, DigestDelivery? last, Dictionary<DateOnly, DigestHoliday> days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = last is not null && last.DueAt > subscription.ScheduleChangedAt ? last.DueAt : subscription.ScheduleChangedAt.AddTicks(-1);
        var gaps = DigestCalendar.Between(subscription.Schedule, from, decision.Occurrence!.Value).TakeLast(MaxBackfill);
        foreach (var occurrence in gaps)
        {
            var date = DigestCalendar.LocalDate(subscription.Schedule, occurrence);
            var key = DigestCalendar.PeriodKey(subscription.Schedule, date);
            if (key == decision.PeriodKey)
            {
                continue;
            }

            var gap = new DigestDecision(days.ContainsKey(date) ? DigestDecisionKind.Holiday : DigestDecisionKind.TooLate, occurrence, date, key);
            await RecordAsync(subscription, gap, gap.Kind == DigestDecisionKind.Holiday ? DeliveryState.Skipped : DeliveryState.Missed,
                gap.Kind == DigestDecisionKind.Holiday ? days[date].Name : "The bot was not running when it was due.", now, cancellationToken);
        }
    }

    private async Task<DeliveryOutcome> RecordAsync(DigestSubscription subscription, DigestDecision decision, DeliveryState state, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = new DigestDelivery(subscription.WorkspaceId, subscription.Id, decision.PeriodKey!, decision.Occurrence!.Value, decision.LocalDate!.Value, state, 0, now, Detail: detail);
        if (!await deliveries.TryInsertAsync(record, cancellationToken))
        {
            var existing = await deliveries.GetAsync(subscription.WorkspaceId, subscription.Id, record.PeriodKey, cancellationToken);
            return new DeliveryOutcome(DeliveryOutcomeKind.AlreadyHandled, existing, $"Already handled: {DigestPoster.Describe(existing)}.");
        }

        AlignmentBotTelemetry.RecordDigestDelivery(DigestPoster.StateName(state));
        return new DeliveryOutcome(state == DeliveryState.Skipped ? DeliveryOutcomeKind.Skipped : DeliveryOutcomeKind.Missed, record, DigestPoster.Describe(record));
    }
}
