using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// Posts one subscription's digest for one period at most once: the delivery record is claimed (inserted as
/// "sending") before the post and completed after it. Posts to one conversation run one at a time; posts to
/// different conversations run in parallel, up to <see cref="DigestOptions.MaxConcurrentSends"/> per platform
/// workspace and <see cref="DigestOptions.MaxConcurrentSendsTotal"/> in all, so a throttled workspace slows only itself.
/// </summary>
/// <remarks>
/// The one window that cannot be closed from this side: the platform accepted the post and the process died
/// before <see cref="IDigestDeliveryStore.CompleteAsync"/> committed. The record then stays "sending" and is
/// later marked <see cref="DeliveryState.Uncertain"/>, never reposted on its own. The window is kept to one
/// HTTP response and one local write: the digest is built before the claim, and completion ignores shutdown.
/// </remarks>
public sealed class DigestPoster : IDisposable
{
    private readonly IDigestDeliveryStore _deliveries;
    private readonly DigestBuilder _builder;
    private readonly DigestSenders _senders;
    private readonly ConversationLocks _locks;
    private readonly TimeProvider _time;
    private readonly DigestOptions _options;
    private readonly ILogger<DigestPoster> _logger;
    private readonly SemaphoreSlim _sending;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _perWorkspace = new(StringComparer.Ordinal);

    public DigestPoster(IDigestDeliveryStore deliveries, DigestBuilder builder, DigestSenders senders, ConversationLocks locks, TimeProvider time,
        IOptions<DigestOptions> options, ILogger<DigestPoster> logger)
    {
        _deliveries = deliveries;
        _builder = builder;
        _senders = senders;
        _locks = locks;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _sending = new SemaphoreSlim(_options.MaxConcurrentSendsTotal, _options.MaxConcurrentSendsTotal);
    }

    /// <summary>Who claims records from this process: "host:pid".</summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<DeliveryOutcome> PostAsync(DigestSubscription subscription, PostRequest request, CancellationToken cancellationToken)
    {
        // Always in this order (conversation, workspace, process), so waiting can never go round in a circle.
        using var conversation = await _locks.AcquireAsync(subscription.Address.Key, cancellationToken);
        var workspace = _perWorkspace.GetOrAdd($"{subscription.Address.ChannelId}/{subscription.Address.WorkspaceId}",
            _ => new SemaphoreSlim(_options.MaxConcurrentSends, _options.MaxConcurrentSends));
        await workspace.WaitAsync(cancellationToken);
        try
        {
            await _sending.WaitAsync(cancellationToken);
            try
            {
                return await PostLockedAsync(subscription, request, cancellationToken);
            }
            finally
            {
                _sending.Release();
            }
        }
        finally
        {
            workspace.Release();
        }
    }

    public void Dispose()
    {
        _sending.Dispose();
        foreach (var gate in _perWorkspace.Values)
        {
            gate.Dispose();
        }
    }

    private async Task<DeliveryOutcome> PostLockedAsync(DigestSubscription subscription, PostRequest request, CancellationToken cancellationToken)
    {
        var ws = subscription.WorkspaceId;

        // Read again under the conversation lock: the post before this one may have served this very period.
        var existing = await _deliveries.GetAsync(ws, subscription.Id, request.PeriodKey, cancellationToken);
        var reclaim = request.Reclaim;
        if (reclaim is null ? existing is not null : existing is null || existing.State != reclaim.State || existing.Attempts != reclaim.Attempts)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.AlreadyHandled, existing, $"Already handled: {Describe(existing)}.");
        }

        // A channel this process cannot post to is said plainly and leaves the period open: nothing was attempted, so
        // nothing is recorded (a failed record would hide the period from the next `digest send` in a configured process).
        if (_senders.Problem(subscription.Address) is { } unavailable)
        {
            _logger.LogError("Digest {SubscriptionId} for {Period} cannot be posted from this process: {Problem}", subscription.Id, request.PeriodKey, unavailable);
            return new DeliveryOutcome(DeliveryOutcomeKind.ChannelUnavailable, existing, $"Not posted to {subscription.ChannelLabel} (subscription {subscription.ShortId}): {unavailable.TrimEnd('.')}. Nothing was recorded for this period.");
        }

        // Build first: a failure here leaves no claim behind, and the claim-to-post window stays small.
        Conversations.Messages.OutgoingMessage message;
        try
        {
            var history = await _deliveries.ListAsync(ws, subscription.Id, 20, cancellationToken);
            var period = new DigestPeriod(request.DueDate, subscription.Schedule.EveryWeeks, subscription.Schedule.WeekStart);
            var digest = await _builder.BuildAsync(ws, subscription.Audience, period, _time.GetUtcNow(), DigestNotes.Since(history, request.DueAt), request.Fresh, cancellationToken);
            message = DigestRenderer.Render(digest, $"digest:{subscription.Id:N}:{request.PeriodKey}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException && reclaim is null)
        {
            // Nothing was posted, so this is safe to retry: leave a retry for the sweep rather than a silent gap.
            _logger.LogError(ex, "Building digest {SubscriptionId} for {Period} failed; retrying later", subscription.Id, request.PeriodKey);
            var failedAt = _time.GetUtcNow();
            var retry = new DigestDelivery(ws, subscription.Id, request.PeriodKey, request.DueAt, request.DueDate, DeliveryState.RetryPending, 1, failedAt,
                NextAttemptAt: failedAt + (_options.Retries.Count > 0 ? _options.Retries[0] : TimeSpan.Zero), Detail: $"Building the digest failed ({ex.GetType().Name}).");
            await _deliveries.TryInsertAsync(retry, CancellationToken.None);
            AlignmentBotTelemetry.RecordDigestDelivery(StateName(DeliveryState.RetryPending));
            return new DeliveryOutcome(DeliveryOutcomeKind.RetryPending, retry, Describe(retry));
        }

        var now = _time.GetUtcNow();
        var attempt = (reclaim?.Attempts ?? 0) + 1;
        var claimed = reclaim is null
            ? await _deliveries.TryInsertAsync(new DigestDelivery(ws, subscription.Id, request.PeriodKey, request.DueAt, request.DueDate, DeliveryState.Sending, 1, now, now, Instance), cancellationToken)
            : await _deliveries.TryReclaimAsync(reclaim, reclaim.State, reclaim.Attempts, now, Instance, cancellationToken);
        if (!claimed)
        {
            var winner = await _deliveries.GetAsync(ws, subscription.Id, request.PeriodKey, cancellationToken);
            return new DeliveryOutcome(DeliveryOutcomeKind.AlreadyHandled, winner, $"Another process claimed it first: {Describe(winner)}.");
        }

        var sending = reclaim is null
            ? new DigestDelivery(ws, subscription.Id, request.PeriodKey, request.DueAt, request.DueDate, DeliveryState.Sending, 1, now, now, Instance)
            : reclaim with { State = DeliveryState.Sending, Attempts = attempt, UpdatedAt = now, ClaimedAt = now, ClaimedBy = Instance, NextAttemptAt = null };
        var sender = _senders.For(subscription.Address.ChannelId)!;
        _logger.LogInformation("Posting digest {SubscriptionId} ({Audience}) for {Period} to {Channel} {Conversation}, attempt {Attempt}",
            subscription.Id, subscription.Audience, request.PeriodKey, subscription.Address.ChannelId, subscription.Address.ConversationId, attempt);
        SendResult result;
        using (var timeout = new CancellationTokenSource(_options.SendTimeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                result = await sender.SendAsync(subscription.Address, message, linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("Digest {SubscriptionId} for {Period} timed out after {Timeout}; marked uncertain", subscription.Id, request.PeriodKey, _options.SendTimeout);
                return await CompleteAsync(sending with { State = DeliveryState.Uncertain, Detail = $"The post timed out after {_options.SendTimeout.TotalSeconds:0} s; it may have arrived." }, attempt, DeliveryOutcomeKind.Uncertain);
            }
            catch (OperationCanceledException)
            {
                _logger.LogWarning("Digest {SubscriptionId} for {Period} interrupted by shutdown; marked uncertain", subscription.Id, request.PeriodKey);
                await CompleteAsync(sending with { State = DeliveryState.Uncertain, Detail = "The bot stopped while posting; it may have arrived." }, attempt, DeliveryOutcomeKind.Uncertain);
                throw;
            }
            catch (Exception ex)
            {
                // A sender reports failures it knows did not post as a SendResult; anything thrown may have happened after the post.
                _logger.LogError(ex, "Sender {Channel} threw while posting digest {SubscriptionId} for {Period}; marked uncertain", subscription.Address.ChannelId, subscription.Id, request.PeriodKey);
                return await CompleteAsync(sending with { State = DeliveryState.Uncertain, Detail = $"The {subscription.Address.ChannelId} sender failed unexpectedly ({ex.GetType().Name}); the post may have arrived." }, attempt, DeliveryOutcomeKind.Uncertain);
            }
        }

        var at = _time.GetUtcNow();
        if (result.Delivered)
        {
            return await CompleteAsync(sending with { State = DeliveryState.Sent, MessageId = result.MessageId, Detail = null, UpdatedAt = at }, attempt, DeliveryOutcomeKind.Posted);
        }

        var error = string.IsNullOrWhiteSpace(result.Error) ? "The platform refused the post." : result.Error;
        if (result.Permanent || attempt >= _options.MaxAttempts)
        {
            var detail = result.Permanent ? error : $"{error.TrimEnd('.')} (gave up after {attempt} attempts).";
            _logger.LogError("Digest {SubscriptionId} for {Period} failed: {Error}", subscription.Id, request.PeriodKey, detail);
            return await CompleteAsync(sending with { State = DeliveryState.Failed, Detail = detail, UpdatedAt = at }, attempt, DeliveryOutcomeKind.Failed);
        }

        var next = at + _options.Retries[attempt - 1];
        _logger.LogWarning("Digest {SubscriptionId} for {Period} failed ({Error}); retry {Attempt} at {Next}", subscription.Id, request.PeriodKey, error, attempt + 1, next);
        return await CompleteAsync(sending with { State = DeliveryState.RetryPending, Detail = error, NextAttemptAt = next, UpdatedAt = at }, attempt, DeliveryOutcomeKind.RetryPending);
    }

    private async Task<DeliveryOutcome> CompleteAsync(DigestDelivery completed, int attempt, DeliveryOutcomeKind kind)
    {
        completed = completed with { UpdatedAt = _time.GetUtcNow(), Attempts = attempt };

        // Not cancellable: once the platform has answered, recording it must not be cut short by shutdown.
        if (!await _deliveries.CompleteAsync(completed, Instance, attempt, CancellationToken.None))
        {
            _logger.LogWarning("Delivery {SubscriptionId}/{Period} changed while it was being posted (marked stale by another process?); left as it is",
                completed.SubscriptionId, completed.PeriodKey);
            var current = await _deliveries.GetAsync(completed.WorkspaceId, completed.SubscriptionId, completed.PeriodKey, CancellationToken.None);
            return new DeliveryOutcome(kind, current, $"{kind}, but the record had changed meanwhile: {Describe(current)}.");
        }

        AlignmentBotTelemetry.RecordDigestDelivery(StateName(completed.State));
        return new DeliveryOutcome(kind, completed, Describe(completed));
    }

    /// <summary>The state as the digest deliveries metric tags it: sent, retry_pending, failed, uncertain, skipped, missed.</summary>
    internal static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Sending => "sending",
        DeliveryState.Sent => "sent",
        DeliveryState.RetryPending => "retry_pending",
        DeliveryState.Failed => "failed",
        DeliveryState.Uncertain => "uncertain",
        DeliveryState.Skipped => "skipped",
        _ => "missed",
    };

    public static string Describe(DigestDelivery? delivery) => delivery is null ? "no record" : delivery.State switch
    {
        DeliveryState.Sent => $"sent for the period starting {delivery.PeriodKey}",
        DeliveryState.Sending => $"being posted by {delivery.ClaimedBy}",
        DeliveryState.RetryPending => $"retry {delivery.Attempts + 1} due {delivery.NextAttemptAt:yyyy-MM-dd HH:mm} UTC ({delivery.Detail})",
        DeliveryState.Failed => $"failed after {delivery.Attempts} attempt(s): {delivery.Detail}",
        DeliveryState.Uncertain => $"uncertain: {delivery.Detail}",
        DeliveryState.Skipped => $"skipped for a company holiday{(delivery.Detail is null ? string.Empty : $" ({delivery.Detail})")}",
        DeliveryState.Missed => $"missed: {delivery.Detail}",
        _ => delivery.State.ToString(),
    };
}
