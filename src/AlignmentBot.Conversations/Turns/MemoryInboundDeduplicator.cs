using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Single-process dedupe. Slack retries for up to about 5 minutes (or 24 h with Delayed Events), Bot Framework
/// within seconds, so an hour of memory covers both. Several instances need the database-backed one.
/// </summary>
public sealed class MemoryInboundDeduplicator(IMemoryCache cache) : IInboundDeduplicator
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();

    public ValueTask<bool> TryBeginAsync(TurnWorkKey key, CancellationToken cancellationToken)
    {
        var entry = "inbound:" + key;
        lock (_gate)
        {
            if (cache.TryGetValue(entry, out _))
            {
                return ValueTask.FromResult(false);
            }

            // Relative to the cache's own clock: an absolute time from another clock (a test's fake one) could already be past.
            cache.Set(entry, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Retention, Size = 1 });
            return ValueTask.FromResult(true);
        }
    }
}
