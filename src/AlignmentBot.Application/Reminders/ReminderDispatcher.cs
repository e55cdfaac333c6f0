using System.Collections.Concurrent;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// Sends what is due: one direct message per person, whatever number of goals it carries. Every reminder in it is claimed
/// (its delivery record inserted as sending) before the post and completed after, so each (goal, person, period, kind) is
/// sent at most once across restarts, retries and instances. Messages into one platform workspace go
/// <see cref="ReminderOptions.MaxConcurrentSends"/> at a time; the channel senders pace their platform's rate limits.
/// </summary>
/// <remarks>
/// The one window, as for digests: the platform accepted the message and the process died before the records were
/// completed. They stay "sending", become uncertain after <see cref="ReminderOptions.SendingLease"/> and are never resent.
/// </remarks>
public sealed class ReminderDispatcher(
    IWorkspaceStore workspaces,
    ReminderPlanning planning,
    IReminderStore reminders,
    IConversationDirectory directory,
    IEnumerable<IDirectMessages> directMessages,
    DigestSenders senders,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDispatcher> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _perWorkspace = new(StringComparer.Ordinal);

    /// <summary>Who claims records from this process: "host:pid", as for digests.</summary>
    public static string Instance => DigestPoster.Instance;

    /// <summary>
    /// Every workspace: settles dead claims, marks answered reminders, and sends what is due now. Workspaces run side by
    /// side, <see cref="ReminderOptions.MaxConcurrentWorkspaces"/> at a time: each platform workspace has its own rate
    /// limits, so one after the other the fan-out took the sum of their floors instead of the longest.
    /// </summary>
    public async Task<IReadOnlyList<ReminderOutcome>> RunAsync(CancellationToken cancellationToken)
    {
        var all = await workspaces.ListAsync(cancellationToken);
        var outcomes = new IReadOnlyList<ReminderOutcome>[all.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentWorkspaces, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, all.Count), parallel, async (i, token) =>
        {
            try
            {
                outcomes[i] = await RunAsync(all[i], token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                // One workspace's trouble (a deleted time zone, a storage fault) must not hold up the others.
                logger.LogError(ex, "Reminders for workspace {WorkspaceId} failed; the next run tries again", all[i].Id);
                outcomes[i] = [];
            }
        });

        return outcomes.SelectMany(o => o).ToArray();
    }

    public async Task<IReadOnlyList<ReminderOutcome>> RunAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settled = await reminders.MarkStaleSendingUncertainAsync(workspace.Id, now - options.Value.SendingLease, now, cancellationToken);
        if (settled > 0)
        {
            logger.LogWarning("{Count} reminder(s) in {WorkspaceId} were left sending by a stopped process; marked uncertain", settled, workspace.Id);
            for (var i = 0; i < settled; i++)
            {
                AlignmentBotTelemetry.RecordReminderDelivery("uncertain");
            }
        }

        var plan = await planning.PlanAsync(workspace, now, cancellationToken);
        await MarkAnsweredAsync(plan, cancellationToken);
        return await SendAsync(plan, cancellationToken);
    }

    /// <summary>Sends the plan's batches, several people at once within the workspace's limit.</summary>
    public async Task<IReadOnlyList<ReminderOutcome>> SendAsync(ReminderPlan plan, CancellationToken cancellationToken)
    {
        var batches = plan.Batches();
        if (batches.Count == 0)
        {
            return [];
        }

        var gate = _perWorkspace.GetOrAdd(plan.Workspace.Id.Value, _ => new SemaphoreSlim(options.Value.MaxConcurrentSends, options.Value.MaxConcurrentSends));
        var tasks = batches.Select(async batch =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await SendBatchAsync(plan, batch, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    public async Task<ReminderOutcome> SendBatchAsync(ReminderPlan plan, ReminderBatch batch, CancellationToken cancellationToken)
    {
        var ws = plan.Workspace;
        var address = await AddressAsync(ws, batch, cancellationToken);

        // Claim first: only the reminders this call inserted go into the message.
        var batchId = Guid.NewGuid();
        var now = time.GetUtcNow();
        var claimed = new List<(ReminderDelivery Record, int Index)>();
        for (var i = 0; i < batch.Items.Count; i++)
        {
            var (due, goal) = batch.Items[i];
            var record = new ReminderDelivery(ws.Id, goal.Id, batch.PersonId, due.Period.Key, due.Kind, ReminderDeliveryState.Sending, due.DueAt, now, batchId, now, Instance);
            if (await reminders.TryClaimAsync(record, cancellationToken))
            {
                claimed.Add((record, i));
            }
        }

        if (claimed.Count == 0)
        {
            return new ReminderOutcome(batch.PersonId, null, 0, $"{batch.PersonId}: already handled by another run.");
        }

        var mine = batch with { Items = claimed.Select(c => batch.Items[c.Index]).ToArray() };
        if (address is null || senders.For(address.ChannelId) is not { } sender)
        {
            var why = address is null ? "the bot has no way to message them (no 1:1 conversation, and the platform would not open one)" : $"no sender for {address.ChannelId} in this process";
            logger.LogWarning("Reminder for {PersonId} in {WorkspaceId} not sent: {Reason}", batch.PersonId, ws.Id, why);
            return await CompleteAllAsync(claimed, ReminderDeliveryState.Failed, null, $"Not sent: {why}.", batch.PersonId);
        }

        var message = ReminderCards.Build(mine, plan);
        SendResult result;
        using (var timeout = new CancellationTokenSource(options.Value.SendTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                result = await sender.SendAsync(address, message, linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return await CompleteAllAsync(claimed, ReminderDeliveryState.Uncertain, null, $"The post timed out after {options.Value.SendTimeout.TotalSeconds:0} s; it may have arrived.", batch.PersonId);
            }
            catch (OperationCanceledException)
            {
                await CompleteAllAsync(claimed, ReminderDeliveryState.Uncertain, null, "The bot stopped while posting; it may have arrived.", batch.PersonId);
                throw;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sender {Channel} threw while sending a reminder to {PersonId}; marked uncertain", address.ChannelId, batch.PersonId);
                return await CompleteAllAsync(claimed, ReminderDeliveryState.Uncertain, null, $"The {address.ChannelId} sender failed unexpectedly ({ex.GetType().Name}); it may have arrived.", batch.PersonId);
            }
        }

        if (result.Delivered)
        {
            logger.LogInformation("Reminded {PersonId} in {WorkspaceId} about {Count} goal(s)", batch.PersonId, ws.Id, claimed.Count);
            return await CompleteAllAsync(claimed, ReminderDeliveryState.Sent, result.MessageId, null, batch.PersonId);
        }

        var error = string.IsNullOrWhiteSpace(result.Error) ? "The platform refused the message." : result.Error;
        if (result.Permanent)
        {
            logger.LogError("Reminder for {PersonId} in {WorkspaceId} failed: {Error}", batch.PersonId, ws.Id, error);
            return await CompleteAllAsync(claimed, ReminderDeliveryState.Failed, null, error, batch.PersonId);
        }

        // Known not to have been posted: give the claims back, and the next run (Reminders:Interval) tries again.
        logger.LogWarning("Reminder for {PersonId} in {WorkspaceId} not sent ({Error}); the next run tries again", batch.PersonId, ws.Id, error);
        foreach (var (record, _) in claimed)
        {
            await reminders.ReleaseAsync(record, Instance, CancellationToken.None);
        }

        AlignmentBotTelemetry.RecordReminderDelivery("released");
        return new ReminderOutcome(batch.PersonId, null, claimed.Count, $"{batch.PersonId}: not sent ({error.TrimEnd('.')}); will try again.");
    }

    private async Task MarkAnsweredAsync(ReminderPlan plan, CancellationToken cancellationToken)
    {
        foreach (var status in plan.Statuses.Where(s => s.State is CheckInState.NumberIn or CheckInState.Skipped && s.Period is not null))
        {
            await reminders.MarkAnsweredAsync(plan.Workspace.Id, status.Goal.Id, status.Period!.Key, plan.At, cancellationToken);
        }
    }

    private async Task<ReminderOutcome> CompleteAllAsync(List<(ReminderDelivery Record, int Index)> claimed, ReminderDeliveryState state, string? messageId, string? detail, string personId)
    {
        var at = time.GetUtcNow();
        foreach (var (record, _) in claimed)
        {
            // Not cancellable: once the platform has answered, recording it must not be cut short by shutdown.
            if (!await reminders.CompleteAsync(record with { State = state, MessageId = messageId, Detail = detail, UpdatedAt = at }, Instance, CancellationToken.None))
            {
                logger.LogWarning("Reminder {GoalId}/{PersonId}/{Period} changed while it was being sent; left as it is", record.GoalId, record.PersonId, record.PeriodKey);
            }
        }

        AlignmentBotTelemetry.RecordReminderDelivery(state.ToString().ToLowerInvariant());
        var summary = state switch
        {
            ReminderDeliveryState.Sent => $"{personId}: sent ({claimed.Count} goal(s)).",
            _ => $"{personId}: {state.ToString().ToLowerInvariant()}: {detail}",
        };
        return new ReminderOutcome(personId, state, claimed.Count, summary, messageId);
    }

    /// <summary>The person's 1:1 conversation: the one the bot remembers, or one the platform opens now (then remembered).</summary>
    private async Task<ConversationAddress?> AddressAsync(Workspace workspace, ReminderBatch batch, CancellationToken cancellationToken)
    {
        var person = batch.Person;
        if (person?.PersonalConversation is { } key && await directory.FindAsync(workspace.Id.Value, key, cancellationToken) is { } known)
        {
            return known;
        }

        var channel = workspace.Platform switch
        {
            Platform.Slack => "slack",
            Platform.Teams => "msteams",
            _ => null,
        };
        if (channel is null || directMessages.FirstOrDefault(d => string.Equals(d.ChannelId, channel, StringComparison.OrdinalIgnoreCase)) is not { } opener)
        {
            return null;
        }

        var near = (await directory.ListAsync(workspace.Id.Value, cancellationToken)).FirstOrDefault(a => string.Equals(a.ChannelId, channel, StringComparison.OrdinalIgnoreCase));
        ConversationAddress? opened;
        try
        {
            opened = await opener.OpenAsync(workspace.Id.Value, batch.PersonId, person?.AddressId, near, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Opening a direct message with {PersonId} in {WorkspaceId} failed", batch.PersonId, workspace.Id);
            return null;
        }

        if (opened is not null)
        {
            await directory.RememberAsync(opened, batch.PersonId, time.GetUtcNow(), cancellationToken);
            if (person is not null)
            {
                await workspaces.SavePersonAsync(person with { PersonalConversation = opened.Key }, cancellationToken);
            }
        }

        return opened;
    }
}
