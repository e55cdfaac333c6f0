using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Application.Digests;

/// <summary>The channel senders registered in this process, by <see cref="IMessageSender.ChannelId"/>.</summary>
public sealed class DigestSenders(IEnumerable<IMessageSender> senders)
{
    private readonly Dictionary<string, IMessageSender> _byChannel = senders
        .GroupBy(s => s.ChannelId, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public IMessageSender? For(string channelId) => _byChannel.GetValueOrDefault(channelId);

    public IReadOnlyCollection<string> Channels => _byChannel.Keys;

    /// <summary>
    /// Why a digest for <paramref name="address"/> cannot be posted from this process (no sender for its channel, or
    /// the sender's platform is not configured here), or null when it can.
    /// </summary>
    public string? Problem(ConversationAddress address)
        => _byChannel.TryGetValue(address.ChannelId, out var sender)
            ? sender.CannotPostTo(address)
            : $"No sender is registered for channel '{address.ChannelId}' (registered: {(Channels.Count == 0 ? "none" : string.Join(", ", Channels.Order(StringComparer.Ordinal)))}).";
}
