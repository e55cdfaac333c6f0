namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The keys of finished inbox items, held so a late platform retry is recognised: 64 bits of each key's hash, in one
/// sorted array per hour (8 bytes a key, found by binary search) and a small set for the newest ones, folded into its
/// hour's array once it has grown. A dictionary of 128-bit hashes with their times cost 52 bytes a key and doubled as
/// it grew: 145,000 events in the load harness's half minute took the host's peak memory from 146 to 164 MB. Two
/// different keys share 64 bits with a chance of about one in 10^13 per event with a day's million keys held.
/// </summary>
internal sealed class FinishedKeys
{
    private const int MinRecent = 8_192;

    private readonly SortedDictionary<long, ulong[]> _hours = [];
    private HashSet<ulong> _recent = [];
    private long _recentHour = long.MinValue;

    public int Count { get; private set; }

    public static ulong Fingerprint(UInt128 hash) => (ulong)hash;

    public bool Contains(ulong key)
    {
        if (_recent.Contains(key))
        {
            return true;
        }

        foreach (var keys in _hours.Values)
        {
            if (Array.BinarySearch(keys, key) >= 0)
            {
                return true;
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
            var folded = _hours.TryGetValue(hour, out var keys) ? keys.Length : 0;

            // Folded once it is a quarter of its hour's array: each key is copied a few times in all, not once per fold.
            if (_recent.Count >= Math.Max(MinRecent, folded / 4))
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
            gone += _hours[hour].Length;
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

        var fresh = _recent.ToArray();
        Array.Sort(fresh);
        if (_hours.TryGetValue(_recentHour, out var keys))
        {
            var merged = new ulong[keys.Length + fresh.Length];
            int i = 0, j = 0, k = 0;
            while (i < keys.Length && j < fresh.Length)
            {
                merged[k++] = keys[i] <= fresh[j] ? keys[i++] : fresh[j++];
            }

            while (i < keys.Length)
            {
                merged[k++] = keys[i++];
            }

            while (j < fresh.Length)
            {
                merged[k++] = fresh[j++];
            }

            fresh = merged;
        }

        _hours[_recentHour] = fresh;

        // A new set rather than Clear(): a cleared set keeps the room it grew to.
        _recent = [];
    }
}
