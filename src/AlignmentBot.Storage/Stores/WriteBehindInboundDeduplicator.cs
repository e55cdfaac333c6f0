using System.Threading.Channels;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Inbound dedupe for one process on SQLite, for turns run inside the platform's request (queued work is deduplicated by
/// the inbox). The decision is made in memory, so racing deliveries of one id never
/// wait on the database's single writer; ids are written to <c>inbound_activities</c> behind it, many per transaction,
/// and a first sighting in this process also asks the table, so a retry that arrives after a restart is still
/// recognised. What a crash can forget: ids accepted in the last few milliseconds before it, whose batch had not
/// been committed. Those deliveries were acknowledged, so the platform does not send them again. Several instances
/// on one database use <see cref="SqlInboundDeduplicator"/> directly, where the insert itself decides.
/// </summary>
public sealed class WriteBehindInboundDeduplicator : IInboundDeduplicator, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// Ids stay in memory for one to two generations: memory only has to bridge racing deliveries and the moment
    /// before an id's batch is committed; after that the table answers. A generation is dropped only once the writer
    /// has settled every id accepted before it ended, so a stalled database never opens a gap. Short generations keep
    /// memory flat under load: a few seconds of ids, not minutes.
    /// </summary>
    public static readonly TimeSpan Generation = TimeSpan.FromSeconds(5);

    /// <summary>Ids written per transaction at most.</summary>
    public const int MaxBatch = 512;

    private const int RecordAttempts = 4;

    /// <summary>Room a generation set keeps however quiet it gets: 1,024 ids, about 40 KB.</summary>
    private const int MinimumRoom = 1_024;

    private readonly SqlInboundDeduplicator _table;
    private readonly TimeProvider _time;
    private readonly ILogger<WriteBehindInboundDeduplicator> _logger;
    private readonly Channel<(string ChannelId, string ActivityId, DateTimeOffset ReceivedAt)> _pending =
        Channel.CreateUnbounded<(string, string, DateTimeOffset)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _gate = new();
    private readonly Task _writer;
    // 128 bits of SHA-256 over (channel, id) instead of the strings: about 40 bytes an id instead of 150, and a chance
    // of two ids colliding within a generation far below one in 10^25.
    private HashSet<UInt128> _current = [];
    private HashSet<UInt128> _previous = [];
    private DateTimeOffset _rotateAt;
    private long _accepted;
    private long _settled;
    private long _acceptedAtRotation;

    public WriteBehindInboundDeduplicator(SqlInboundDeduplicator table, TimeProvider time, ILogger<WriteBehindInboundDeduplicator> logger)
    {
        _table = table;
        _time = time;
        _logger = logger;
        _rotateAt = time.GetUtcNow() + Generation;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Ids accepted and not yet committed to the table.</summary>
    internal long Pending
    {
        get
        {
            lock (_gate)
            {
                return _accepted - Interlocked.Read(ref _settled);
            }
        }
    }

    /// <summary>How many ids the current generation's set has room for before it must grow.</summary>
    internal int CurrentRoom
    {
        get
        {
            lock (_gate)
            {
                return _current.Capacity;
            }
        }
    }

    public ValueTask<bool> TryBeginAsync(TurnWorkKey key, CancellationToken cancellationToken) => TryBeginAsync(key.ChannelId, SqlInboundDeduplicator.ActivityId(key), cancellationToken);

    public async ValueTask<bool> TryBeginAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        var key = Key(channelId, activityId);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (now >= _rotateAt && Interlocked.Read(ref _settled) >= _acceptedAtRotation)
            {
                // _previous holds ids accepted before the last rotation; all of them are in the table now.
                var justEnded = _current.Count;
                (_previous, _current) = (_current, _previous);
                _current.Clear();

                // Reuse the set with room for as many ids as the generation that just ended: under steady load a
                // rotation allocates nothing. Growing from empty instead reallocated every generation through a
                // chain of doublings, megabytes on the large object heap each time, each one a gen2 collection.
                // After a burst the room shrinks back.
                if (_current.Capacity > (2 * justEnded) + MinimumRoom)
                {
                    _current.TrimExcess(justEnded + MinimumRoom);
                }
                else
                {
                    _current.EnsureCapacity(justEnded);
                }

                _acceptedAtRotation = _accepted;
                _rotateAt = now + Generation;
            }

            if (_previous.Contains(key) || !_current.Add(key))
            {
                return false;
            }

            // Counted while holding the gate, so a rotation's snapshot covers every id already in memory.
            _accepted++;
        }

        bool seenBefore;
        try
        {
            // First sighting in this process: was it handled before a restart, or long enough ago to have left memory?
            seenBefore = await _table.SeenAsync(channelId, activityId, cancellationToken);
        }
        catch
        {
            // Undecided: let the platform's retry try again rather than drop the delivery.
            lock (_gate)
            {
                _current.Remove(key);
            }

            Interlocked.Increment(ref _settled);
            throw;
        }

        // Already in the table, or shutting down (memory still holds it for this process's last moments): nothing to write.
        if (seenBefore || !_pending.Writer.TryWrite((channelId, activityId, now)))
        {
            Interlocked.Increment(ref _settled);
        }

        return !seenBefore;
    }

    /// <summary>SHA-256 over the UTF-8 of "channel\nid", encoded straight into a buffer: no string per request.</summary>
    private static UInt128 Key(string channelId, string activityId)
    {
        var utf8 = System.Text.Encoding.UTF8;
        var length = utf8.GetMaxByteCount(channelId.Length) + 1 + utf8.GetMaxByteCount(activityId.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = utf8.GetBytes(channelId, bytes);
        bytes[written++] = (byte)'\n';
        written += utf8.GetBytes(activityId, bytes[written..]);
        Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
        System.Security.Cryptography.SHA256.HashData(bytes[..written], hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>Waits until everything accepted so far has been written (or failed to be); shutdown does it too.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        long target;
        lock (_gate)
        {
            target = _accepted;
        }

        while (Interlocked.Read(ref _settled) < target && !_writer.IsCompleted)
        {
            await Task.Delay(2, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }

    // A container disposed synchronously (the command line) must not lose the last batch either.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task WriteAsync()
    {
        var batch = new List<(string, string, DateTimeOffset)>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await _table.RecordAsync(batch, CancellationToken.None);
                    break;
                }
                catch (Exception ex) when (attempt < RecordAttempts)
                {
                    // Memory keeps these ids meanwhile: their generation is not dropped until they settle.
                    _logger.LogWarning(ex, "Recording {Count} inbound ids failed (attempt {Attempt}); retrying", batch.Count, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time);
                }
                catch (Exception ex)
                {
                    // Given up: memory still catches repeats for the next few seconds, after that a retry of these
                    // deliveries would be handled again. Logged as an error because it weakens the guarantee.
                    _logger.LogError(ex, "Could not record {Count} inbound ids for dedupe after {Attempts} attempts", batch.Count, attempt);
                    break;
                }
            }

            Interlocked.Add(ref _settled, batch.Count);
            batch.Clear();
        }
    }
}
