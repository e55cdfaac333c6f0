using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Ports;

/// <summary>The conversations the bot has been added to, with what each channel needs to post there later.</summary>
public interface IConversationDirectory
{
    /// <summary>Records or refreshes an address (Teams' serviceUrl can change between activities).</summary>
    Task RememberAsync(ConversationAddress address, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationAddress>> ListAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>The address remembered under <paramref name="conversationKey"/> (<see cref="ConversationAddress.Key"/>), if any.</summary>
    Task<ConversationAddress?> FindAsync(string workspaceId, string conversationKey, CancellationToken cancellationToken);
}
