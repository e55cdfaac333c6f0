using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Conversations.State;

/// <summary>
/// Keeps recently used state in memory in front of the real store. Writes go through to the store first, with the
/// version check, and only a successful write updates the cache, so stale state is never written back over newer
/// state. With several instances (<see cref="StateCachePolicy.RevalidateEachRead"/>) a cached entry is confirmed
/// against the stored version before it is used — a lookup that transfers nothing while the entry is current — and
/// replaced when another instance wrote meanwhile. Without that check a stale entry would still be caught, but only
/// by the failed write at the end of a turn that had already run on old state.
/// </summary>
public sealed class CachedConversationStateStore(IConversationStateStore inner, IMemoryCache cache, StateCachePolicy policy = StateCachePolicy.TrustCache)
    : IConversationStateStore
{
    public static readonly TimeSpan Sliding = TimeSpan.FromMinutes(30);

    public StateCachePolicy Policy => policy;

    public async Task<StoredState?> LoadAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        var cacheKey = CacheKey(workspaceId, key);
        if (cache.TryGetValue(cacheKey, out StoredState? cached) && cached is not null)
        {
            if (policy == StateCachePolicy.TrustCache)
            {
                return cached;
            }

            if (await inner.LoadIfChangedAsync(workspaceId, key, cached.Version, cancellationToken) is not { } newer)
            {
                return cached;
            }

            Remember(cacheKey, newer);
            return newer;
        }

        var loaded = await inner.LoadAsync(workspaceId, key, cancellationToken);
        if (loaded is not null)
        {
            Remember(cacheKey, loaded);
        }

        return loaded;
    }

    public async Task<StoredState?> LoadIfChangedAsync(string workspaceId, string key, long knownVersion, CancellationToken cancellationToken)
        => await LoadAsync(workspaceId, key, cancellationToken) is { } stored && stored.Version != knownVersion ? stored : null;

    public async Task<bool> TrySaveAsync(string workspaceId, string key, string json, long expectedVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cacheKey = CacheKey(workspaceId, key);
        if (await inner.TrySaveAsync(workspaceId, key, json, expectedVersion, now, cancellationToken))
        {
            Remember(cacheKey, new StoredState(expectedVersion + 1, json, now));
            return true;
        }

        cache.Remove(cacheKey);
        return false;
    }

    public async Task DeleteAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(workspaceId, key, cancellationToken);
        cache.Remove(CacheKey(workspaceId, key));
    }

    /// <summary>Forgets a cached entry, e.g. when a turn must start from what the store holds.</summary>
    public void Evict(string workspaceId, string key) => cache.Remove(CacheKey(workspaceId, key));

    /// <summary>What an entry costs, in KB: the JSON's UTF-16 characters plus the entry, the record and the key.</summary>
    internal static long SizeInKilobytes(StoredState state) => ((state.Json.Length * sizeof(char)) + EntryOverheadBytes + 1023) / 1024;

    private const int EntryOverheadBytes = 600;

    private void Remember(string cacheKey, StoredState state)
        => cache.Set(cacheKey, state, new MemoryCacheEntryOptions { SlidingExpiration = Sliding, Size = SizeInKilobytes(state) });

    private static string CacheKey(string workspaceId, string key) => $"state:{workspaceId}:{key}";
}
