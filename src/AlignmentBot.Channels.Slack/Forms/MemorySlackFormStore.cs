using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Channels.Slack.Forms;

internal sealed class MemorySlackFormStore(IMemoryCache cache, TimeProvider time) : ISlackFormStore
{
    /// <summary>A form posted in the morning can still be opened in the evening.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public string Save<T>(T value)
        where T : class
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        cache.Set(CacheKey(key), value, new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow() + Retention, Size = 1 });
        return key;
    }

    public ValueTask<T?> FindAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
        => ValueTask.FromResult(cache.TryGetValue(CacheKey(key), out var value) ? value as T : null);

    private static string CacheKey(string key) => $"slack-form:{key}";
}
