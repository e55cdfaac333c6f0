using System.Collections.Concurrent;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// Per-key reservations (the generic cell rate algorithm): each caller reserves the next free slot and waits for
/// it without holding a lock, so a channel that must wait never delays another channel.
/// </summary>
internal sealed class SlackRateLimiter(TimeProvider time)
{
    /// <summary>How often idle cells are forgotten: a cell whose next slot is already past holds nothing back.</summary>
    internal static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Keys with a cell; every channel the bot posted to in the last half minute or so.</summary>
    internal int TrackedKeys => _cells.Count;

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
        SweepIdle(time.GetUtcNow());
        return Update(key, (Limit: limit, Tolerance: Tolerance(limit), Time: time), static (cell, s) =>
        {
            var now = s.Time.GetUtcNow();
            var tat = cell.TheoreticalArrival > now ? cell.TheoreticalArrival : now;
            var allowedAt = tat - s.Tolerance;
            cell.TheoreticalArrival = tat + s.Limit.Interval;
            return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
        });
    }

    /// <summary>Slack said 429 with Retry-After: nobody gets this key before <paramref name="until"/>.</summary>
    public void BlockUntil(string key, RateLimit limit, DateTimeOffset until)
        => Update(key, until + Tolerance(limit), static (cell, blocked) =>
        {
            if (blocked > cell.TheoreticalArrival)
            {
                cell.TheoreticalArrival = blocked;
            }

            return true;
        });

    private static TimeSpan Tolerance(RateLimit limit) => limit.Interval * (Math.Max(1, limit.Burst) - 1);

    /// <summary>Runs <paramref name="update"/> on the key's cell under its lock; a cell swept meanwhile is replaced by a new one.</summary>
    private TResult Update<TState, TResult>(string key, TState state, Func<Cell, TState, TResult> update)
    {
        while (true)
        {
            var cell = _cells.GetOrAdd(key, static _ => new Cell());
            lock (cell)
            {
                if (!cell.Removed)
                {
                    return update(cell, state);
                }
            }
        }
    }

    /// <summary>
    /// Forgets cells whose theoretical arrival time is in the past: such a cell allows a full burst at once, exactly
    /// like a new one, so dropping it changes no decision. Without this every channel ever posted to stays in memory.
    /// </summary>
    private void SweepIdle(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + SweepInterval.Ticks, next) != next)
        {
            return;
        }

        foreach (var (key, cell) in _cells)
        {
            lock (cell)
            {
                if (cell.TheoreticalArrival <= now)
                {
                    // Removed under the cell's lock and only if it is still this cell, so a reservation racing the sweep
                    // either lands before (and the cell is not idle) or creates a fresh cell after.
                    _cells.TryRemove(new KeyValuePair<string, Cell>(key, cell));
                    cell.Removed = true;
                }
            }
        }
    }

    private sealed class Cell
    {
        public DateTimeOffset TheoreticalArrival { get; set; } = DateTimeOffset.MinValue;

        public bool Removed { get; set; }
    }
}
