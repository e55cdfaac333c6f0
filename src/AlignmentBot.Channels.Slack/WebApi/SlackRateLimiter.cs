using System.Collections.Concurrent;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// Per-key reservations (the generic cell rate algorithm): each caller reserves the next free slot and waits for
/// it without holding a lock, so a channel that must wait never delays another channel.
/// </summary>
internal sealed class SlackRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Cell> _cells = new(StringComparer.Ordinal);

    public async ValueTask WaitAsync(string key, RateLimit limit, CancellationToken cancellationToken)
    {
        var delay = Reserve(key, limit);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>How long the caller must wait for its slot; the slot is taken.</summary>
    public TimeSpan Reserve(string key, RateLimit limit)
    {
        var cell = _cells.GetOrAdd(key, _ => new Cell());
        var tolerance = limit.Interval * (Math.Max(1, limit.Burst) - 1);
        lock (cell)
        {
            var now = time.GetUtcNow();
            var tat = cell.TheoreticalArrival > now ? cell.TheoreticalArrival : now;
            var allowedAt = tat - tolerance;
            cell.TheoreticalArrival = tat + limit.Interval;
            return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Slack said 429 with Retry-After: nobody gets this key before <paramref name="until"/>.</summary>
    public void BlockUntil(string key, RateLimit limit, DateTimeOffset until)
    {
        var cell = _cells.GetOrAdd(key, _ => new Cell());
        var tolerance = limit.Interval * (Math.Max(1, limit.Burst) - 1);
        lock (cell)
        {
            var blocked = until + tolerance;
            if (blocked > cell.TheoreticalArrival)
            {
                cell.TheoreticalArrival = blocked;
            }
        }
    }

    private sealed class Cell
    {
        public DateTimeOffset TheoreticalArrival { get; set; } = DateTimeOffset.MinValue;
    }
}
