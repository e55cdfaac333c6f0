using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Ports;

/// <summary>The conversations the bot has been added to, with what each channel needs to post there later.</summary>
public interface IConversationDirectory
{
    /// <summary>Records or refreshes an address (Teams' serviceUrl can change between activities).</summary>
    /// <param name="personId">Who a 1:1 conversation is with, so forgetting them can find it; null for a group conversation.</param>
    Task RememberAsync(ConversationAddress address, string? personId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationAddress>> ListAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>The address remembered under <paramref name="conversationKey"/> (<see cref="ConversationAddress.Key"/>), if any.</summary>
    Task<ConversationAddress?> FindAsync(string workspaceId, string conversationKey, CancellationToken cancellationToken);
    /// <summary>Drops a conversation the bot was removed from; false when it was not known.</summary>
    Task<bool> ForgetAsync(string workspaceId, string conversationKey, CancellationToken cancellationToken);
}
