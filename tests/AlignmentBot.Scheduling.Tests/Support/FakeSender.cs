using System.Collections.Concurrent;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Scheduling.Tests.Support;

/// <summary>A channel sender that records what it posted and can be told to fail, hang or "crash" per conversation.</summary>
internal sealed class FakeSender(string channelId = "slack") : IMessageSender
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private int _count;
    private int _maxPerConversation;

    public string ChannelId => channelId;

    public ConcurrentQueue<(ConversationAddress To, OutgoingMessage Message)> Posted { get; } = new();

    /// <summary>Replaces the default "post and succeed"; call <see cref="Post"/> to record a post that landed.</summary>
    public Func<ConversationAddress, OutgoingMessage, CancellationToken, Task<SendResult>>? Behavior { get; set; }

    public int Calls => Volatile.Read(ref _count);

    /// <summary>What <see cref="CannotPostTo"/> answers: set it to play a platform that is not configured in this process.</summary>
    public string? NotConfigured { get; set; }

    public string? CannotPostTo(ConversationAddress to) => NotConfigured;

    /// <summary>Most posts ever in flight at once for one conversation (the dispatcher promises 1).</summary>
    public int MaxConcurrentPerConversation => Volatile.Read(ref _maxPerConversation);

    public IEnumerable<OutgoingMessage> To(string conversationId) => Posted.Where(p => p.To.ConversationId == conversationId).Select(p => p.Message);

    public SendResult Post(ConversationAddress to, OutgoingMessage message)
    {
        Posted.Enqueue((to, message));
        return SendResult.Ok($"{to.ConversationId}/{Posted.Count}");
    }

    public async Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        var now = _inFlight.AddOrUpdate(to.Key, 1, (_, n) => n + 1);
        InterlockedMax(ref _maxPerConversation, now);
        try
        {
            return Behavior is null ? Post(to, message) : await Behavior(to, message, cancellationToken);
        }
        finally
        {
            _inFlight.AddOrUpdate(to.Key, 0, (_, n) => n - 1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
