using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Scheduling.Tests.Support;

/// <summary>
/// A delivery store whose process "dies" when it is asked to record a finished post: the post has landed on
/// the platform, the "sent" record is never written. Everything else goes to the real store.
/// </summary>
internal sealed class DyingDeliveryStore(IDigestDeliveryStore inner) : IDigestDeliveryStore
{
    public Task<DigestDelivery?> GetAsync(WorkspaceId workspaceId, Guid subscriptionId, string periodKey, CancellationToken cancellationToken)
        => inner.GetAsync(workspaceId, subscriptionId, periodKey, cancellationToken);

    public Task<IReadOnlyList<DigestDelivery>> ListAsync(WorkspaceId workspaceId, Guid subscriptionId, int limit, CancellationToken cancellationToken)
        => inner.ListAsync(workspaceId, subscriptionId, limit, cancellationToken);

    public Task<IReadOnlyList<DigestDelivery>> ListLatestAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => inner.ListLatestAsync(workspaceId, cancellationToken);

    public Task<bool> TryInsertAsync(DigestDelivery delivery, CancellationToken cancellationToken) => inner.TryInsertAsync(delivery, cancellationToken);

    public Task<bool> TryReclaimAsync(DigestDelivery expected, DeliveryState expectedState, int expectedAttempts, DateTimeOffset now, string claimedBy, CancellationToken cancellationToken)
        => inner.TryReclaimAsync(expected, expectedState, expectedAttempts, now, claimedBy, cancellationToken);

    public Task<bool> CompleteAsync(DigestDelivery completed, string claimedBy, int attempt, CancellationToken cancellationToken)
        => throw new ProcessDied();

    public Task<IReadOnlyList<DigestDelivery>> ListDueRetriesAsync(WorkspaceId workspaceId, DateTimeOffset now, CancellationToken cancellationToken)
        => inner.ListDueRetriesAsync(workspaceId, now, cancellationToken);

    public Task<IReadOnlyList<DigestDelivery>> MarkStaleSendingUncertainAsync(WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, string detail, CancellationToken cancellationToken)
        => inner.MarkStaleSendingUncertainAsync(workspaceId, claimedBefore, now, detail, cancellationToken);

    public sealed class ProcessDied : Exception;
}
