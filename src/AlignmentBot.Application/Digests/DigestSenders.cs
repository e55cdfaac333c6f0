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

    /// <summary>Why a subscription on <paramref name="channelId"/> cannot be posted, or null when it can.</summary>
    public string? Problem(string channelId)
        => _byChannel.ContainsKey(channelId) ? null
            : $"No sender is registered for channel '{channelId}' (registered: {(Channels.Count == 0 ? "none" : string.Join(", ", Channels.Order(StringComparer.Ordinal)))}).";
}
