using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IDigestSubscriptionStore
{
    Task<DigestSubscription?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<DigestSubscription>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>The subscriptions of one conversation (<see cref="Conversations.Messages.ConversationAddress.Key"/>).</summary>
    Task<IReadOnlyList<DigestSubscription>> ListForConversationAsync(WorkspaceId workspaceId, string conversationKey, CancellationToken cancellationToken);

    /// <summary>Inserts or updates by id. A second subscription for the same conversation and audience is refused.</summary>
    Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes the subscription and its delivery records; false when there was none.</summary>
    Task<bool> DeleteAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);
}
