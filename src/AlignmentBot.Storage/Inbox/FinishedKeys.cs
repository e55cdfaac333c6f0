namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The keys of finished inbox items, held so a late platform retry is recognised: 64 bits of each key's hash, in sorted
/// runs of at most <see cref="RunKeys"/> keys per hour (8 bytes a key, each run found by binary search) and one set of
/// the newest keys, sorted into a new run once it holds <see cref="RunKeys"/> keys or the hour changes.
/// <para>
/// Runs are never merged and the set is made once and cleared: nothing here becomes garbage while keys arrive. Two
/// earlier cuts did. A dictionary of 128-bit hashes with their times cost 52 bytes a key and doubled as it grew (145,000
/// events in the load harness's half minute took the host's peak memory from 146 to 164 MB). One sorted array per hour,
/// merged with the newest keys whenever they were a quarter of it, left every merged-away array, and every grown set, on
/// the large object heap, which only a full collection frees and none ran in the harness's half minute: Teams' peak
/// memory went from 143 to 152–155 MB. A run of 8,192 keys is 64 KB, below the large object heap's 85,000 bytes.
/// </para>
/// <para>
/// A look-up searches every run: the harness's 140,000 keys are 18 runs, about 250 comparisons; a day of a million
/// keys (12 events a second all day, far beyond a company's chat) would be 123 runs, still some tens of microseconds.
/// Two different keys share 64 bits with a chance of about one in 10^13 per event with a day's million keys held.
/// </para>
/// </summary>
internal sealed class FinishedKeys
{
    /// <summary>Keys per run: 64 KB of them, so a run stays on the small object heap.</summary>
    public const int RunKeys = 8_192;

    private readonly SortedDictionary<long, List<ulong[]>> _hours = [];
    private readonly HashSet<ulong> _recent = new(RunKeys);
    private long _recentHour = long.MinValue;

    public int Count { get; private set; }

    public static ulong Fingerprint(UInt128 hash) => (ulong)hash;

    public bool Contains(ulong key)
    {
        if (_recent.Contains(key))
        {
            return true;
        }

        foreach (var runs in _hours.Values)
        {
            foreach (var run in runs)
            {
                if (Array.BinarySearch(run, key) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds a key finished in the hour of <paramref name="finishedTicks"/>.</summary>
    public void Add(ulong key, long finishedTicks)
    {
        var hour = finishedTicks - (finishedTicks % TimeSpan.TicksPerHour);
        if (hour != _recentHour)
        {
            Fold();
            _recentHour = hour;
        }

        if (_recent.Add(key))
        {
            Count++;
            if (_recent.Count >= RunKeys)
            {
                Fold();
            }
        }
    }

    /// <summary>Forgets the hours that ended before <paramref name="cutTicks"/>; returns how many keys went.</summary>
    public int ForgetBefore(long cutTicks)
    {
        Fold();
        var gone = 0;
        foreach (var hour in _hours.Keys.Where(h => h + TimeSpan.TicksPerHour < cutTicks).ToList())
        {
            gone += _hours[hour].Sum(run => run.Length);
            _hours.Remove(hour);
        }

        Count -= gone;
        return gone;
    }

    private void Fold()
    {
        if (_recent.Count == 0)
        {
            return;
        }

        var run = new ulong[_recent.Count];
        _recent.CopyTo(run);
        Array.Sort(run);
        if (!_hours.TryGetValue(_recentHour, out var runs))
        {
            _hours[_recentHour] = runs = [];
        }

        runs.Add(run);

        // Cleared, not replaced: the set never grows past one run, and keeping its room is what keeps it from being garbage.
        _recent.Clear();
    }
}
