using System.Collections.Concurrent;

namespace AlignmentBot.Integrations.Crm.Http;

/// <summary>
/// Spaces requests to one CRM account so they stay under its published per-second limit (HubSpot's search endpoints:
/// five a second per account). A 429 still gets through now and then, when other apps use the same account; it is
/// retried after its Retry-After.
/// </summary>
internal sealed class RequestPacer(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="key"/> may send again; <paramref name="perSecond"/> of 0 or less means no pacing.</summary>
    public async Task WaitAsync(string key, double perSecond, CancellationToken cancellationToken)
    {
        if (perSecond <= 0)
        {
            return;
        }

        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_next.TryGetValue(key, out var next) && next > now)
            {
                await Task.Delay(next - now, time, cancellationToken);
                now = next;
            }

            _next[key] = now + TimeSpan.FromSeconds(1 / perSecond);
        }
        finally
        {
            gate.Release();
        }
    }
}
