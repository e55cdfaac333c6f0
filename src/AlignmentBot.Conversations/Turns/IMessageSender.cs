using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Posts into a conversation without an inbound activity (digests, reminders). One implementation per
/// channel, chosen by <see cref="ChannelId"/>; each handles its platform's rate limits and retries.
/// </summary>
public interface IMessageSender
{
    /// <summary>The <see cref="ConversationAddress.ChannelId"/> this sender serves: "msteams", "slack", ...</summary>
    string ChannelId { get; }

    Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken);
}
