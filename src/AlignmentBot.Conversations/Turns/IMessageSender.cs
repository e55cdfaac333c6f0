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

    /// <summary>
    /// Why this process cannot post to <paramref name="to"/> at all (its platform is not configured here, e.g. no bot
    /// token), or null when it can. Asked before a digest claims its period, so a channel that is not configured is
    /// reported and leaves nothing recorded, instead of a failed post.
    /// </summary>
    string? CannotPostTo(ConversationAddress to) => null;

    Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken);
}
