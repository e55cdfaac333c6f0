using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Conversations.State;

/// <summary>Settings of the memory cache in front of the conversation state store (section <c>StateCache</c>).</summary>
public sealed class StateCacheOptions
{
    public const string Section = "StateCache";

    /// <summary>
    /// The most memory cached conversation state may take, in MB. 64 MB holds about 16,000 conversations of a few KB.
    /// Past it the least recently used entries are dropped; the store still has them, so the next turn of such a
    /// conversation reads it from there.
    /// </summary>
    public int MaxMegabytes { get; set; } = 64;
}

/// <summary>
/// The cache <see cref="CachedConversationStateStore"/> uses: a memory cache of its own with a size limit, so a burst
/// of new conversations (every Slack DM and Teams chat is one) cannot grow the process without bound. The shared
/// <see cref="IMemoryCache"/> has no limit, because its other users do not size their entries. Entry sizes are in KB.
/// </summary>
public sealed class ConversationStateCache(IOptions<StateCacheOptions> options) : IDisposable
{
    public MemoryCache Memory { get; } = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.MaxMegabytes * 1024L,

        // Over the limit, drop a tenth at a time, so a burst compacts a few times, not once per new conversation.
        CompactionPercentage = 0.10,
        TrackStatistics = true,
    });

    public void Dispose() => Memory.Dispose();
}
