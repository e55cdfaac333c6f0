namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>"At most <see cref="Limit"/> requests per key in any <see cref="Window"/>": how the platforms describe their limits.</summary>
public sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _hits = new(StringComparer.Ordinal);

    public int Limit => limit;

    public TimeSpan Window => window;

    /// <summary>Counts the request if it fits; the caller holds the stand-in's lock.</summary>
    public bool TryTake(string key, DateTimeOffset now)
    {
        if (!_hits.TryGetValue(key, out var hits))
        {
            _hits[key] = hits = new Queue<DateTimeOffset>();
        }

        while (hits.Count > 0 && now - hits.Peek() >= window)
        {
            hits.Dequeue();
        }

        if (hits.Count >= limit)
        {
            return false;
        }

        hits.Enqueue(now);
        return true;
    }
}
