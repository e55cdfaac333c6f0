using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>
/// Delivery records, one per (workspace, subscription, period). Every state change is a compare-and-set, so
/// two processes (the web host and a <c>digest send</c> on the same database, or later several hosts) can never
/// both post the same period.
/// </summary>
public interface IDigestDeliveryStore
{
    Task<DigestDelivery?> GetAsync(WorkspaceId workspaceId, Guid subscriptionId, string periodKey, CancellationToken cancellationToken);

    /// <summary>Newest first (by due time).</summary>
    Task<IReadOnlyList<DigestDelivery>> ListAsync(WorkspaceId workspaceId, Guid subscriptionId, int limit, CancellationToken cancellationToken);

    /// <summary>The newest record of every subscription in the workspace.</summary>
    Task<IReadOnlyList<DigestDelivery>> ListLatestAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>Inserts the record unless one exists for its key; true when this call inserted it.</summary>
    Task<bool> TryInsertAsync(DigestDelivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Claims an existing record for another attempt: it becomes <see cref="DeliveryState.Sending"/> with one more
    /// attempt, but only while it is still in <paramref name="expectedState"/> after <paramref name="expectedAttempts"/> attempts.
    /// </summary>
    Task<bool> TryReclaimAsync(DigestDelivery expected, DeliveryState expectedState, int expectedAttempts, DateTimeOffset now, string claimedBy, CancellationToken cancellationToken);

    /// <summary>
    /// Records how a claimed attempt ended, only if the record is still the one this process claimed
    /// (state <see cref="DeliveryState.Sending"/>, same claimant and attempt); false otherwise.
    /// </summary>
    Task<bool> CompleteAsync(DigestDelivery completed, string claimedBy, int attempt, CancellationToken cancellationToken);

    /// <summary>Retries whose time has come, oldest first.</summary>
    Task<IReadOnlyList<DigestDelivery>> ListDueRetriesAsync(WorkspaceId workspaceId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Turns <see cref="DeliveryState.Sending"/> records claimed before <paramref name="claimedBefore"/> into <see cref="DeliveryState.Uncertain"/>.</summary>
    Task<IReadOnlyList<DigestDelivery>> MarkStaleSendingUncertainAsync(WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, string detail, CancellationToken cancellationToken);
}
