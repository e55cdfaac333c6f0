using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AlignmentBot.Conversations.State;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Forms;

/// <summary>
/// The form store for several instances: what is parked goes to the database (<see cref="ISharedItemStore"/>), so a
/// button posted by one instance opens its form on whichever instance Slack's click reaches. Saving happens while
/// a message is rendered, so the write starts there and <see cref="FlushAsync"/> waits for it before the message is
/// sent: by the time anyone can press the button, every instance can find what it points to. This instance keeps a
/// copy in memory, too.
/// </summary>
internal sealed class SharedSlackFormStore(ISharedItemStore items, IMemoryCache cache, TimeProvider time, ILogger<SharedSlackFormStore> logger) : ISlackFormStore
{
    private readonly ConcurrentDictionary<Task, bool> _writing = new();

    public string Save<T>(T value)
        where T : class
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
        var expires = time.GetUtcNow() + MemorySlackFormStore.Retention;
        cache.Set(CacheKey(key), value, new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = 1 });
        var json = JsonSerializer.Serialize(value, Info<T>());
        var write = items.PutAsync(Scope<T>(), key, json, expires, CancellationToken.None);
        _writing[write] = true;
        _ = write.ContinueWith(t => _writing.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return key;
    }

    public async ValueTask<T?> FindAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        if (cache.TryGetValue(CacheKey(key), out var cached) && cached is T value)
        {
            return value;
        }

        var json = await items.GetAsync(Scope<T>(), key, time.GetUtcNow(), cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize(json, Info<T>());
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var pending = _writing.Keys.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // This instance still has the form in memory; on the others the button answers "That form has expired".
            logger.LogWarning(ex, "A Slack form could not be shared with the other instances");
        }
    }

    private static JsonTypeInfo<T> Info<T>()
        => SlackFormJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not a value the Slack form store parks.");

    private static string Scope<T>() => "slack-form:" + typeof(T).Name;

    private static string CacheKey(string key) => $"slack-form:{key}";
}
