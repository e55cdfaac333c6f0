using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Faults;
using Microsoft.Extensions.Logging;
using Microsoft.Win32.SafeHandles;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The inbox of one process on a SQLite file, kept in an append-only journal beside the database
/// (<c>alignmentbot.db-inbox</c>) instead of the turn_inbox table. What is unfinished lives in memory and in the journal;
/// every change is a small record appended to it. Records that arrive together are written with one <c>write</c>, and a
/// new item is acknowledged only once its record is flushed to disk (fdatasync, off the writer's path, as for SQLite's
/// log: <see cref="WalFlusher"/>); answers and delivered steps survive a crash of the process without waiting for the
/// disk, as the table's do. A done or failed item leaves the journal: its key's 128-bit hash (no text) goes to an hourly
/// finished-keys file, so a late platform retry is still recognised for <c>Inbox:Retention</c>, and whole files past it
/// are deleted. The start reads both back; a torn last record (power lost mid-write) is cut off. When the journal has
/// grown past <see cref="CompactBytes"/> (and at a start), it is rewritten with only what is unfinished (a few records)
/// and renamed over the old one. An acknowledgement costs one record and a share of one write and one flush, not the
/// table's three to four statements and their log pages (bench/README.md). Unfinished rows left in the turn_inbox table
/// (an older build, or the journal switched off) are moved into the journal at the start-up sweep.
/// </summary>
public sealed class JournalTurnInbox : IStoredInbox, IAsyncDisposable
{
    /// <summary>Appended to the database file's name.</summary>
    public const string Suffix = "-inbox";

    /// <summary>The journal is rewritten once it is this long and twice as long as after its last rewrite.</summary>
    public const long CompactBytes = 64L << 20;

    private const int MaxBatch = 512;
    private const int HeaderBytes = 8;
    private const int MaxRecordBytes = 32 << 20;
    private const int SeenBytes = 24;
    private const string SeenInfix = ".seen-";

    private const byte KindInsert = 1;
    private const byte KindAnswer = 2;
    private const byte KindDelivered = 3;
    private const byte KindDone = 4;
    private const byte KindDefer = 5;
    private const byte KindFail = 6;

    private readonly string _path;
    private readonly long _compactFloor;
    private readonly SqlTurnInbox _table;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<TurnWorkKey, Item> _open = [];
    private readonly Dictionary<long, Item> _byId = [];
    private readonly FinishedKeys _seen = new();
    private readonly Channel<Op> _ops = Channel.CreateUnbounded<Op>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _seenBuffer = new(4 * 1024);
    private SafeFileHandle? _seenFile;
    private string? _seenHour;
    private long _seenLength;

    /// <summary>When the journal was last rewritten (UTC ticks): finished-keys files from before it may go once expired.</summary>
    private long _rewrittenAt;
    private readonly WalFlusher _flusher;
    private readonly FileStream _lock;
    private readonly Task _loop;
    private SafeFileHandle _file;
    private long _length;
    private long _nextId = 1;
    private long _compactAt;
    private bool _imported;
    private volatile bool _closing;

    /// <param name="path">The journal file (the database file's path with <see cref="Suffix"/>).</param>
    /// <param name="table">The turn_inbox table: unfinished rows left there are moved in at the start, finished ones forgotten with the journal's.</param>
    /// <param name="flushOverride">Tests only: stands in for the flush of the journal.</param>
    public JournalTurnInbox(string path, SqlTurnInbox table, TimeSpan retention, TimeProvider time, ILogger<JournalTurnInbox> logger)
        : this(path, table, retention, time, logger, flushOverride: null, CompactBytes, TimeSpan.FromSeconds(15))
    {
    }

    /// <param name="compactBytes">Tests only: the size past which the journal is rewritten.</param>
    /// <param name="lockWait">How long a second process waits for the first to let go of the journal.</param>
    internal JournalTurnInbox(string path, SqlTurnInbox table, TimeSpan retention, TimeProvider time, ILogger<JournalTurnInbox> logger, Action<FileStream>? flushOverride, long compactBytes, TimeSpan lockWait)
    {
        _compactFloor = compactBytes;
        _path = Path.GetFullPath(path);
        _table = table;
        _retention = retention;
        _time = time;
        _logger = logger;
        Owner = table.Owner;
        _lock = TakeLock(_path + ".lock", lockWait);
        try
        {
            Replay();
            Rewrite();
            ForgetFinished(_time.GetUtcNow().UtcTicks - _retention.Ticks);
            _file = Append();
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        _flusher = new WalFlusher(_path, logger, flushOverride, exactPath: true);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Reads a journal without taking it over (the process that owns it may be running): how many items in it are
    /// unfinished. For tests and diagnostics; a record being written at that moment may be missed.
    /// </summary>
    public static int CountUnfinished(string path, TimeSpan retention)
    {
        var reader = new JournalTurnInbox(Path.GetFullPath(path), retention, NullLoggerFor());
        return reader._open.Count;
    }

    /// <summary>
    /// With the journal turned off (Inbox:Journal=false) on a SQLite file whose journal still holds acknowledged items
    /// that were never answered, the table inbox would never read them: start-up stops and says so instead. Nothing is
    /// lost; a start with the journal on answers them, after which the journal holds nothing unfinished and can be off.
    /// </summary>
    public static void RefuseIfUnfinished(string path, TimeSpan retention)
    {
        if (!File.Exists(path) || CountUnfinished(path, retention) is not (> 0 and var unfinished))
        {
            return;
        }

        throw new StorageStartupException(
            $"{Path.GetFileName(path)} holds {unfinished} acknowledged event(s) or message(s) not yet answered, and Inbox:Journal is off, so "
            + "nothing would answer them. Start once with Inbox:Journal=true (the default) to answer them, then turn it off");
    }

    private JournalTurnInbox(string path, TimeSpan retention, ILogger logger)
    {
        _path = path;
        _retention = retention;
        _time = TimeProvider.System;
        _logger = logger;
        _table = null!;
        _flusher = null!;
        _lock = null!;
        _loop = Task.CompletedTask;
        _file = null!;
        Owner = string.Empty;
        Replay();
    }

    private static ILogger NullLoggerFor() => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public bool IsDurable => true;

    public string Owner { get; }

    public bool IsShared => false;

    public Exception? WriteFailure => _lastFailure ?? _flusher.LastFailure;

    public DateTimeOffset? WriteFailureAt => _lastFailure is not null ? _lastFailureAt : _flusher.LastFailure is not null ? _time.GetUtcNow() : null;

    private volatile Exception? _lastFailure;
    private DateTimeOffset? _lastFailureAt;

    /// <summary>Unfinished items (tests and diagnostics).</summary>
    public int UnfinishedCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    public async Task<bool> AddAsync(InboxEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var hash = Hash(entry.Key);
        while (true)
        {
            Item? existing;
            Op? op = null;
            lock (_gate)
            {
                if (_seen.Contains(FinishedKeys.Fingerprint(hash)))
                {
                    return false;
                }

                if (!_open.TryGetValue(entry.Key, out existing))
                {
                    var item = new Item(_nextId++, entry.Key, entry.WorkType, entry.Work, entry.ReceivedAt)
                    {
                        Hash = hash,
                        NextAttemptAt = entry.ReceivedAt,
                        Leased = true,
                        LeaseUntil = leaseUntil,
                    };
                    op = new Op(KindInsert, item) { Waiter = new InboxOp.Insert(entry, leaseUntil) };
                    item.Recorded = op.Waiter.Done!.Task;
                    _open[entry.Key] = item;
                    _byId[item.Id] = item;
                    Enqueue(op);
                }
            }

            if (op is not null)
            {
                return await op.Waiter!.Done!.Task.WaitAsync(cancellationToken);
            }

            // Delivered again: once the first delivery's record is settled it answers for both. If its write failed, the
            // item is gone again and this delivery records it.
            try
            {
                await existing!.Recorded.WaitAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
            }

            lock (_gate)
            {
                if (_open.ContainsKey(entry.Key) || _seen.Contains(FinishedKeys.Fingerprint(hash)))
                {
                    return false;
                }
            }
        }
    }

    public async Task<IReadOnlyList<InboxEntry>> ClaimAsync(InboxClaim claim, CancellationToken cancellationToken)
    {
        if (!_imported)
        {
            await ImportTableAsync(claim, cancellationToken);
            _imported = true;
        }

        lock (_gate)
        {
            var due = new List<Item>();
            foreach (var item in _open.Values)
            {
                // Ours and still leased: its turn is under way (it arrived before this sweep, or a worker holds it).
                if (item.NextAttemptAt <= claim.Now && !(item.Leased && item.LeaseUntil >= claim.Now) && item.Recorded.IsCompleted)
                {
                    due.Add(item);
                }
            }

            return due.OrderBy(i => i.ReceivedAt).Take(claim.Max).Select(item =>
            {
                item.Leased = true;
                item.LeaseUntil = claim.LeaseUntil;
                return new InboxEntry(item.Key, item.WorkType, item.Work, item.ReceivedAt)
                {
                    Attempts = item.Attempts,
                    AnswerType = item.AnswerType,
                    Answer = item.Answer,
                    Delivered = item.Delivered,
                };
            }).ToList();
        }
    }

    public Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var item in _open.Values)
            {
                if (item.Leased)
                {
                    item.LeaseUntil = leaseUntil;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveAnswerAsync(TurnWorkKey key, string answerType, string answer, CancellationToken cancellationToken)
    {
        Op? op = null;
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var item))
            {
                item.AnswerType = answerType;
                item.Answer = answer;
                op = new Op(KindAnswer, item) { Text = answerType, Text2 = answer, Waiter = new InboxOp.Flush() };
                Enqueue(op);
            }
        }

        return op is null ? Task.CompletedTask : op.Waiter!.Done!.Task.WaitAsync(cancellationToken);
    }

    public Task DeliveredAsync(TurnWorkKey key, int steps, bool last, CancellationToken cancellationToken)
    {
        Op? op = null;
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var item))
            {
                item.Delivered = steps;
                op = new Op(KindDelivered, item) { Number = steps, Waiter = last ? null : new InboxOp.Flush() };
                Enqueue(op);
            }
        }

        return op?.Waiter is { } waiter ? waiter.Done!.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    public void Complete(TurnWorkKey key, DateTimeOffset at) => Finish(key, KindDone, at);

    public void Defer(TurnWorkKey key, int attempts, DateTimeOffset nextAttemptAt, string reason)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var item))
            {
                item.Attempts = attempts;
                item.NextAttemptAt = nextAttemptAt;
                Enqueue(new Op(KindDefer, item) { Number = attempts, At = nextAttemptAt.UtcTicks });
            }
        }
    }

    public void Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at)
    {
        _logger.LogDebug("Inbox item {Key} given up after {Attempts} attempt(s): {Reason}", key, attempts, reason);
        Finish(key, KindFail, at);
    }

    public Task ReleaseAsync(IReadOnlyCollection<TurnWorkKey> keys, CancellationToken cancellationToken)
    {
        // Leases live in this process only: the next start takes every unfinished item whatever it says.
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_open.TryGetValue(key, out var item))
                {
                    item.Leased = false;
                }
            }
        }

        return FlushAsync(cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var op = new Op(0, null) { Waiter = new InboxOp.Flush() };
        Enqueue(op);
        return op.Waiter.Done!.Task.WaitAsync(cancellationToken);
    }

    public async Task<int> ForgetFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var forgotten = ForgetFinished(before.UtcTicks);

        // Rows an older build (or the journal switched off) left in the table.
        return forgotten + await _table.ForgetFinishedBeforeAsync(before, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _ops.Writer.TryComplete();
        await _loop;
        await _flusher.DisposeAsync();
        _file.Dispose();
        _seenFile?.Dispose();
        _lock.Dispose();
    }

    private void Finish(TurnWorkKey key, byte kind, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_open.Remove(key, out var item))
            {
                _byId.Remove(item.Id);
                var hash = item.Hash ?? Hash(key);
                _seen.Add(FinishedKeys.Fingerprint(hash), at.UtcTicks);
                Enqueue(new Op(kind, item) { Finished = hash });
            }
        }
    }

    private void Enqueue(Op op)
    {
        if (!_ops.Writer.TryWrite(op))
        {
            op.Waiter?.Done?.TrySetException(new ObjectDisposedException(nameof(JournalTurnInbox), "The inbox is closed: the host is stopping."));
        }
    }

    /// <summary>Moves unfinished turn_inbox rows into the journal once, at the first sweep (after the schema is migrated).</summary>
    private async Task ImportTableAsync(InboxClaim claim, CancellationToken cancellationToken)
    {
        IReadOnlyList<InboxEntry> rows;
        try
        {
            rows = await _table.ClaimAsync(claim with { Max = int.MaxValue, IgnoreLeases = true }, cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return;
        }

        if (rows.Count == 0)
        {
            return;
        }

        var waiters = new List<Task>();
        lock (_gate)
        {
            foreach (var row in rows)
            {
                if (_open.ContainsKey(row.Key) || _seen.Contains(FinishedKeys.Fingerprint(Hash(row.Key))))
                {
                    continue;
                }

                var item = new Item(_nextId++, row.Key, row.WorkType, row.Work, row.ReceivedAt)
                {
                    NextAttemptAt = claim.Now,
                    Attempts = row.Attempts,
                    AnswerType = row.AnswerType,
                    Answer = row.Answer,
                    Delivered = row.Delivered,
                };
                var op = new Op(KindInsert, item) { Waiter = new InboxOp.Insert(row, claim.LeaseUntil) };
                item.Recorded = op.Waiter.Done!.Task;
                _open[row.Key] = item;
                _byId[item.Id] = item;
                Enqueue(op);
                if (row.AnswerType is not null)
                {
                    Enqueue(new Op(KindAnswer, item) { Text = row.AnswerType, Text2 = row.Answer ?? string.Empty });
                }

                if (row.Delivered > 0)
                {
                    Enqueue(new Op(KindDelivered, item) { Number = row.Delivered });
                }

                waiters.Add(item.Recorded);
            }
        }

        await Task.WhenAll(waiters).WaitAsync(cancellationToken);
        foreach (var row in rows)
        {
            _table.Complete(row.Key, claim.Now);
        }

        await _table.FlushAsync(cancellationToken);
        _logger.LogInformation("Moved {Count} unfinished item(s) from the turn_inbox table into the inbox journal", rows.Count);
    }

    private async Task RunAsync()
    {
        var batch = new List<Op>(MaxBatch);
        var retry = new List<Op>();
        var failures = 0;
        while (retry.Count > 0 || await _ops.Reader.WaitToReadAsync())
        {
            batch.Clear();
            batch.AddRange(retry);
            retry.Clear();
            while (batch.Count < MaxBatch && _ops.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                Write(batch);
                if (_lastFailure is not null)
                {
                    _logger.LogInformation("The inbox journal can be written again after {Failures} failed write(s)", failures);
                }

                _lastFailure = null;
                failures = 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures++;
                _lastFailure = ex;
                _lastFailureAt = _time.GetUtcNow();
                Settle(batch, ex, retry, failures);
                if (retry.Count > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5_000, 100 * Math.Pow(2, Math.Min(failures - 1, 10)))), _time);
                }

                continue;
            }

            foreach (var op in batch)
            {
                if (op.Kind == KindInsert)
                {
                    _flusher.Add(op.Waiter!, true);
                }
                else
                {
                    op.Waiter?.Done?.TrySetResult(true);
                }
            }

            if (_length >= _compactAt)
            {
                try
                {
                    Rewrite();
                    _file.Dispose();
                    _file = Append();
                    _flusher.Reopen();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The journal as it is stays valid; it is rewritten once there is room.
                    _compactAt = _length + _compactFloor;
                    _logger.LogWarning(ex, "Could not rewrite the inbox journal ({Bytes} bytes); it keeps growing for now: {Reason}", _length, ex.Message);
                }
            }
        }
    }

    /// <summary>After a failed write: new items fail at once (the platform delivers them again) and are forgotten; the rest are tried again.</summary>
    private void Settle(List<Op> batch, Exception ex, List<Op> retry, int failures)
    {
        var refused = 0;
        foreach (var op in batch)
        {
            if (op.Kind == KindInsert)
            {
                refused++;
                lock (_gate)
                {
                    if (_open.TryGetValue(op.Item!.Key, out var item) && item == op.Item)
                    {
                        _open.Remove(item.Key);
                        _byId.Remove(item.Id);
                    }
                }

                op.Waiter!.Done!.TrySetException(ex);
            }
            else if (op.Waiter is { } waiter && (failures >= 6 || _closing || op.Kind == 0))
            {
                waiter.Done!.TrySetException(ex);
            }
            else if (_closing)
            {
                _logger.LogError("Stopping with an inbox record for {Key} not written; the item may be done again after the restart", op.Item?.Key);
            }
            else
            {
                retry.Add(op);
            }
        }

        if (failures == 1 || failures % 20 == 0)
        {
            _logger.LogWarning(ex, "Writing the inbox journal failed ({Refused} new item(s) refused, {Kept} record(s) kept to try again): {Reason}", refused, retry.Count, ex.Message);
        }
    }

    private void Write(List<Op> batch)
    {
        _buffer.ResetWrittenCount();
        _seenBuffer.ResetWrittenCount();
        HashSet<long>? finished = null;
        foreach (var op in batch)
        {
            if (op.Kind is KindDone or KindFail)
            {
                (finished ??= []).Add(op.Item!.Id);
                var entry = _seenBuffer.GetSpan(SeenBytes);
                BinaryPrimitives.WriteUInt64LittleEndian(entry, (ulong)(op.Finished >> 64));
                BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], (ulong)op.Finished);
                BinaryPrimitives.WriteInt64LittleEndian(entry[16..], op.Item!.ReceivedAt.UtcTicks);
                _seenBuffer.Advance(SeenBytes);
            }
        }

        foreach (var op in batch)
        {
            // A turn's last delivered mark and its done mark usually come together: the done mark makes it moot. Done and
            // failed items leave the journal for the finished-keys file, written first: if it cannot be written, nothing of
            // the batch is, and the whole batch is tried again.
            if (op.Kind is 0 or KindDone or KindFail || (op.Kind == KindDelivered && finished?.Contains(op.Item!.Id) == true))
            {
                continue;
            }

            Serialize(op);
        }

        if (_seenBuffer.WrittenCount > 0)
        {
            WriteFinished();
        }

        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        AppendWhole(_file, _buffer.WrittenSpan, ref _length);
    }

    /// <summary>
    /// Appends at <paramref name="length"/> and moves it on. When the write fails, a part of it may have reached the file:
    /// that part is cut off, so the next write follows the last whole record.
    /// </summary>
    private static void AppendWhole(SafeFileHandle file, ReadOnlySpan<byte> bytes, ref long length)
    {
        try
        {
            RandomAccess.Write(file, bytes, length);
            length += bytes.Length;
        }
        catch
        {
            try
            {
                RandomAccess.SetLength(file, length);
            }
            catch (IOException)
            {
            }

            throw;
        }
    }

    /// <summary>The hour a finished-keys file is named after (<c>…-inbox.seen-yyyyMMddHH</c>), or false for another file.</summary>
    private static bool TryHourOf(string file, string prefix, out DateTime hour)
        => DateTime.TryParseExact(Path.GetFileName(file)[prefix.Length..], "yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out hour);

    /// <summary>
    /// Appends the batch's finished keys to this hour's file (<c>…-inbox.seen-yyyyMMddHH</c>): 24 bytes each, the key's
    /// hash and when it was received. Files whose hour is past the retention are deleted whole.
    /// </summary>
    private void WriteFinished()
    {
        var hour = _time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture);
        if (_seenFile is null || hour != _seenHour)
        {
            _seenFile?.Dispose();
            _seenFile = null;
            var path = _path + SeenInfix + hour;
            _seenFile = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            _seenHour = hour;

            // A torn last entry from before a crash is cut off, so the entries that follow line up.
            var length = RandomAccess.GetLength(_seenFile);
            _seenLength = length - (length % SeenBytes);
        }

        AppendWhole(_seenFile, _seenBuffer.WrittenSpan, ref _seenLength);
    }

    /// <summary>Reads the finished-keys files.</summary>
    private void ReadFinished()
    {
        var folder = Path.GetDirectoryName(_path)!;
        var prefix = Path.GetFileName(_path) + SeenInfix;
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            if (!TryHourOf(file, prefix, out var hour))
            {
                continue;
            }

            // Every file is read, expired ones too: the journal may still hold the items their keys finished, until the
            // rewrite at this start drops them; the expired keys and files are forgotten after it.
            var bytes = File.ReadAllBytes(file);
            for (var at = 0; at + SeenBytes <= bytes.Length; at += SeenBytes)
            {
                // The low 64 bits of the hash (written second) are the fingerprint held in memory.
                _seen.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at + 8)), hour.Ticks);
            }
        }
    }

    /// <summary>
    /// Forgets finished keys of the hours that ended before <paramref name="cut"/> and deletes the files whose hour is past it, but only
    /// files from before the journal's last rewrite: until then the journal still holds the items their keys finished.
    /// </summary>
    private int ForgetFinished(long cut)
    {
        int forgotten;
        lock (_gate)
        {
            forgotten = _seen.ForgetBefore(cut);
        }

        var rewritten = Interlocked.Read(ref _rewrittenAt);
        var folder = Path.GetDirectoryName(_path)!;
        var prefix = Path.GetFileName(_path) + SeenInfix;
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*"))
        {
            if (TryHourOf(file, prefix, out var hour)
                && hour.AddHours(1).Ticks < cut && hour.AddHours(1).Ticks <= rewritten)
            {
                TryDelete(file);
            }
        }

        return forgotten;
    }

    private void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not delete the expired inbox file {File}", file);
        }
    }

    private void Serialize(Op op) => WriteRecord(_buffer, op.Kind, op.Item!, op.Text, op.Text2, op.Number, op.At);

    /// <summary>One journal record about <paramref name="item"/>: what it says depends on its kind.</summary>
    private static void WriteRecord(ArrayBufferWriter<byte> buffer, byte kind, Item item, string? text = null, string? text2 = null, int number = 0, long at = 0)
    {
        var record = new RecordWriter(buffer);
        record.Byte(kind);
        record.Long(item.Id);
        switch (kind)
        {
            case KindInsert:
                record.String(item.Key.ChannelId);
                record.String(item.Key.WorkspaceId);
                record.String(item.Key.ConversationId);
                record.String(item.Key.ItemId);
                record.String(item.WorkType);
                record.NullableString(item.Work);
                record.Long(item.ReceivedAt.UtcTicks);
                record.Int(item.Attempts);
                record.Long(item.NextAttemptAt.UtcTicks);
                break;
            case KindAnswer:
                record.String(text!);
                record.String(text2!);
                break;
            case KindDelivered:
                record.Int(number);
                break;
            case KindDefer:
                record.Int(number);
                record.Long(at);
                break;
        }

        record.Finish();
    }

    /// <summary>Reads the journal into memory; a torn or damaged tail is cut off.</summary>
    private void Replay()
    {
        ReadFinished();
        if (!File.Exists(_path))
        {
            return;
        }

        var bytes = File.ReadAllBytes(_path);
        var at = 0;
        var records = 0;
        while (at + HeaderBytes <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            if (length <= 0 || length > MaxRecordBytes || at + HeaderBytes + length > bytes.Length)
            {
                break;
            }

            var payload = bytes.AsSpan(at + HeaderBytes, length);
            if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4)))
            {
                break;
            }

            Apply(new RecordReader(payload));
            at += HeaderBytes + length;
            records++;
        }

        if (at < bytes.Length)
        {
            _logger.LogWarning("The inbox journal {Path} ends with {Bytes} byte(s) that are not a whole record (a write cut short); they are dropped", _path, bytes.Length - at);
        }

        _logger.LogInformation("Inbox journal read: {Records} record(s), {Unfinished} unfinished item(s), {Finished} finished key(s) kept for retries", records, _open.Count, _seen.Count);
    }

    private void Apply(RecordReader record)
    {
        var kind = record.Byte();
        var id = record.Long();
        _nextId = Math.Max(_nextId, id + 1);
        if (kind == KindInsert)
        {
            var key = new TurnWorkKey(record.String(), record.String(), record.String(), record.String());
            var workType = record.String();
            var work = record.NullableString();
            var received = new DateTimeOffset(record.Long(), TimeSpan.Zero);
            var attempts = record.Int();
            var next = new DateTimeOffset(record.Long(), TimeSpan.Zero);
            if (_byId.ContainsKey(id) || _open.ContainsKey(key) || _seen.Contains(FinishedKeys.Fingerprint(Hash(key))))
            {
                return;
            }

            var item = new Item(id, key, workType, work, received) { Attempts = attempts, NextAttemptAt = next, Recorded = Task.FromResult(true) };
            _open[key] = item;
            _byId[id] = item;
            return;
        }

        if (!_byId.TryGetValue(id, out var known))
        {
            return;
        }

        switch (kind)
        {
            case KindAnswer:
                known.AnswerType = record.String();
                known.Answer = record.String();
                break;
            case KindDelivered:
                known.Delivered = record.Int();
                break;
            case KindDefer:
                known.Attempts = record.Int();
                known.NextAttemptAt = new DateTimeOffset(record.Long(), TimeSpan.Zero);
                break;
        }
    }

    /// <summary>
    /// Writes what is unfinished and the recent finished keys to a new file, flushes it, and renames it over the journal
    /// (then flushes the folder, so the rename itself survives a power cut).
    /// </summary>
    private void Rewrite()
    {
        // The finished keys reach the disk first: the rewritten journal no longer holds the items they finished.
        if (_seenFile is not null)
        {
            RandomAccess.FlushToDisk(_seenFile);
        }

        var temporary = _path + ".rewrite";
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        lock (_gate)
        {
            foreach (var item in _open.Values.OrderBy(i => i.Id))
            {
                WriteItem(buffer, item);
            }
        }

        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(buffer.WrittenSpan);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
        SyncFolder(Path.GetDirectoryName(_path)!);
        _length = buffer.WrittenCount;
        _compactAt = Math.Max(_compactFloor, 2 * _length);
        Interlocked.Exchange(ref _rewrittenAt, _time.GetUtcNow().UtcTicks);
    }

    /// <summary>An unfinished item as the rewritten journal holds it: its arrival, then its answer and delivered steps if any.</summary>
    private static void WriteItem(ArrayBufferWriter<byte> buffer, Item item)
    {
        WriteRecord(buffer, KindInsert, item);
        if (item.AnswerType is not null)
        {
            WriteRecord(buffer, KindAnswer, item, item.AnswerType, item.Answer ?? string.Empty);
        }

        if (item.Delivered > 0)
        {
            WriteRecord(buffer, KindDelivered, item, number: item.Delivered);
        }
    }

    private SafeFileHandle Append()
        => File.OpenHandle(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>One process per journal: a second host on the same database file waits for the first to exit, then gives up with a clear message.</summary>
    private static FileStream TakeLock(string path, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException ex)
            {
                throw new IOException($"The inbox journal {Path.GetFileName(path[..^5])} is in use by another process: one host per SQLite database (use PostgreSQL for several instances).", ex);
            }
        }
    }

    private static void SyncFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Native.open(Encoding.UTF8.GetBytes(folder + "\0"), 0);
        if (fd < 0)
        {
            return;
        }

        try
        {
            // Best effort: the journal's own contents were flushed; a folder that cannot be synced keeps the old name at worst.
            _ = Native.fsync(fd);
        }
        finally
        {
            _ = Native.close(fd);
        }
    }

    /// <summary>128 bits of SHA-256 over the key: finished keys are kept for retries without their text.</summary>
    private static UInt128 Hash(TurnWorkKey key)
    {
        var text = string.Join('\u001f', key.ChannelId, key.WorkspaceId, key.ConversationId, key.ItemId);
        Span<byte> utf8 = text.Length <= 256 ? stackalloc byte[1024] : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var count = Encoding.UTF8.GetBytes(text, utf8);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(utf8[..count], hash);
        return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    private sealed class Item(long id, TurnWorkKey key, string workType, string? work, DateTimeOffset receivedAt)
    {
        public long Id { get; } = id;

        public TurnWorkKey Key { get; } = key;

        public string WorkType { get; } = workType;

        public string? Work { get; } = work;

        public DateTimeOffset ReceivedAt { get; } = receivedAt;

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public string? AnswerType { get; set; }

        public string? Answer { get; set; }

        public int Delivered { get; set; }

        public bool Leased { get; set; }

        /// <summary>The key's hash, when it was worked out already (on arrival).</summary>
        public UInt128? Hash { get; init; }

        public DateTimeOffset LeaseUntil { get; set; }

        /// <summary>Completes once the item's record is on disk; faulted when that failed.</summary>
        public Task<bool> Recorded { get; set; } = Task.FromResult(true);
    }

    /// <summary>One record to append. Kind 0 writes nothing: its waiter is let go once everything before it is written.</summary>
    private sealed class Op(byte kind, Item? item)
    {
        public byte Kind { get; } = kind;

        public Item? Item { get; } = item;

        public string? Text { get; init; }

        public string? Text2 { get; init; }

        public int Number { get; init; }

        public long At { get; init; }

        public InboxOp? Waiter { get; init; }

        /// <summary>A done or failed item's key hash, written to the finished-keys file instead of the journal.</summary>
        public UInt128 Finished { get; init; }
    }

    /// <summary>A record: its length and CRC-32 (8 bytes), then its fields, little-endian, strings as length and UTF-8.</summary>
    private ref struct RecordWriter
    {
        private readonly ArrayBufferWriter<byte> _buffer;
        private readonly int _start;

        public RecordWriter(ArrayBufferWriter<byte> buffer)
        {
            _buffer = buffer;
            _start = buffer.WrittenCount;
            buffer.GetSpan(HeaderBytes);
            buffer.Advance(HeaderBytes);
        }

        public readonly void Byte(byte value)
        {
            _buffer.GetSpan(1)[0] = value;
            _buffer.Advance(1);
        }

        public readonly void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public readonly void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        public readonly void String(string value)
        {
            var span = _buffer.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
            var count = Encoding.UTF8.GetBytes(value, span[4..]);
            BinaryPrimitives.WriteInt32LittleEndian(span, count);
            _buffer.Advance(4 + count);
        }

        public readonly void NullableString(string? value)
        {
            if (value is null)
            {
                Int(-1);
            }
            else
            {
                String(value);
            }
        }

        public readonly void Finish()
        {
            // The header's room was taken first; it is filled in once the payload's length and checksum are known.
            var record = MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span[_start..];
            var payload = record[HeaderBytes..];
            BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32.HashToUInt32(payload));
        }
    }

    private ref struct RecordReader(ReadOnlySpan<byte> payload)
    {
        private readonly ReadOnlySpan<byte> _payload = payload;
        private int _at;

        public byte Byte() => _payload[_at++];

        public int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(_payload[_at..]);
            _at += 4;
            return value;
        }

        public long Long()
        {
            var value = BinaryPrimitives.ReadInt64LittleEndian(_payload[_at..]);
            _at += 8;
            return value;
        }

        public string String() => NullableString() ?? string.Empty;

        public string? NullableString()
        {
            var length = Int();
            if (length < 0)
            {
                return null;
            }

            var value = Encoding.UTF8.GetString(_payload.Slice(_at, length));
            _at += length;
            return value;
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);
    }
}
