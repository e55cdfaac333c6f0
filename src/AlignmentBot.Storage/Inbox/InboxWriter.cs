using System.Data.Common;
using System.Threading.Channels;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The inbox's one writer (group commit). Writes that arrive together share one transaction on one connection, and
/// each caller is let go only once that transaction is committed. A new row is acknowledged only once it is on disk,
/// because the platform will not send it again: on a SQLite file in WAL mode the log is flushed after the commit by
/// <see cref="WalFlusher"/>, off the writer's path; elsewhere the batch is committed with a flush (synchronous=FULL).
/// Progress writes (answers, delivered steps, done marks) survive a crash of the process without waiting for the disk.
/// A batch that fails fails its new rows (the platform is asked to deliver them again) and is tried again for the rest.
/// </summary>
internal sealed class InboxWriter : IAsyncDisposable
{
    /// <summary>Writes per transaction at most.</summary>
    public const int MaxBatch = 512;

    /// <summary>Failed batches a write that someone waits for sits through before its caller is told (about 6 s of retries).</summary>
    private const int AwaitedAttempts = 6;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>SQLite's page cache for the writer's connection, in KiB as <c>PRAGMA cache_size</c> takes it (negative).</summary>
    private const int WriterCacheKib = -1024;

    /// <summary>SQLite's default page cache (about 2 MB), restored on a connection going back to the pool.</summary>
    private const int DefaultCacheKib = -2000;

    private readonly IDbConnectionFactory _connections;
    private readonly string _owner;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<InboxOp> _ops = Channel.CreateUnbounded<InboxOp>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private readonly WalCheckpointer? _checkpointer;
    private readonly Action<FileStream>? _flushOverride;
    private WalFlusher? _flusher;
    private DbConnection? _connection;
    private Dictionary<Type, DbCommand> _commands = [];

    /// <summary>Keys whose done mark is in the batch being written (the writer's loop is single-threaded).</summary>
    private readonly HashSet<TurnWorkKey> _finishedLater = [];
    private bool? _flushing;
    private int _failedBatches;
    private volatile bool _closing;

    /// <param name="flushOverride">Tests only: stands in for the flush of the log file (<see cref="WalFlusher"/>).</param>
    public InboxWriter(IDbConnectionFactory connections, string owner, TimeProvider time, ILogger logger, Action<FileStream>? flushOverride = null)
    {
        _flushOverride = flushOverride;
        _connections = connections;
        _owner = owner;
        _time = time;
        _logger = logger;
        _checkpointer = connections.Dialect is SqliteDialect ? new WalCheckpointer(connections, time, logger) : null;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The last batch (or flush of the log) failed with this, and none has worked since; null when writing works.</summary>
    public Exception? LastFailure
    {
        get => _lastFailure ?? _flusher?.LastFailure;
        private set => _lastFailure = value;
    }

    private Exception? _lastFailure;

    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>When the last batch failed.</summary>
    public DateTimeOffset? LastFailureAt { get; private set; }

    public void Enqueue(InboxOp op)
    {
        if (!_ops.Writer.TryWrite(op))
        {
            op.Done?.TrySetException(new ObjectDisposedException(nameof(InboxWriter), "The inbox is closed: the host is stopping."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _ops.Writer.TryComplete();
        await _loop;
        if (_flusher is not null)
        {
            await _flusher.DisposeAsync();
        }

        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync();
        }

        await CloseConnectionAsync();
    }

    private async Task RunAsync()
    {
        var batch = new List<InboxOp>(MaxBatch);
        var retry = new List<InboxOp>();
        while (retry.Count > 0 || await _ops.Reader.WaitToReadAsync())
        {
            batch.Clear();
            batch.AddRange(retry);
            retry.Clear();
            while (batch.Count < MaxBatch && _ops.Reader.TryRead(out var op))
            {
                batch.Add(op);
            }

            try
            {
                await CommitAsync(batch);
                if (_lastFailure is not null)
                {
                    _logger.LogInformation("The inbox can be written again after {Batches} failed batch(es)", _failedBatches);
                }

                LastFailure = null;
                FailingSince = null;
                LastFailureAt = null;
                _failedBatches = 0;
            }
            catch (Exception ex)
            {
                await CloseConnectionAsync();
                LastFailure = ex;
                LastFailureAt = _time.GetUtcNow();
                FailingSince ??= LastFailureAt;
                _failedBatches++;
                Settle(batch, ex, retry);
                if (retry.Count > 0)
                {
                    var delay = TimeSpan.FromMilliseconds(Math.Min(MaxRetryDelay.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(_failedBatches - 1, 10))));
                    await Task.Delay(delay, _time);
                }
            }
        }
    }

    /// <summary>After a failed batch: new rows fail at once; waited-for writes get a few more tries; the rest are kept until they land.</summary>
    private void Settle(List<InboxOp> batch, Exception ex, List<InboxOp> retry)
    {
        var refused = 0;
        foreach (var op in batch)
        {
            op.Failures++;
            switch (op)
            {
                case InboxOp.Insert:
                    refused++;
                    op.Done!.TrySetException(ex);
                    break;
                case InboxOp.Flush:
                    // Nothing before it is pending any more except what is retried: those settle on their own.
                    op.Done!.TrySetResult(false);
                    break;
                case { Done: { } done } when op.Failures >= AwaitedAttempts || _closing:
                    done.TrySetException(ex);
                    break;
                case { Done: null } when _closing:
                    _logger.LogError("Stopping with an inbox write for {Key} not recorded ({Kind}); the item may be done again after the restart", op.Key, op.GetType().Name);
                    break;
                default:
                    retry.Add(op);
                    break;
            }
        }

        if (_failedBatches == 1 || _failedBatches % 20 == 0)
        {
            _logger.LogWarning(ex, "Writing to the inbox failed ({Refused} new item(s) refused, {Kept} write(s) kept to try again): {Reason}", refused, retry.Count, ex.Message);
        }
    }

    private async Task CommitAsync(List<InboxOp> batch)
    {
        var connection = _connection ??= await OpenAsync();
        var dialect = _connections.Dialect;
        var durable = _flusher is null && batch.Exists(op => op.Durable);
        if (_flushing != durable && dialect is SqliteDialect)
        {
            await using var pragma = connection.Command(durable ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
            await pragma.ExecuteNonQueryAsync(CancellationToken.None);
            _flushing = durable;
        }

        var results = new bool[batch.Count];
        var skipped = new bool[batch.Count];
        var finished = _finishedLater;
        finished.Clear();
        for (var i = batch.Count - 1; i >= 0; i--)
        {
            // A turn's last delivered mark and its done mark usually arrive together: the done mark makes the step count moot
            // (only unfinished rows are ever read back), so the earlier write is skipped, one statement fewer per turn.
            if (batch[i] is InboxOp.Complete complete)
            {
                finished.Add(complete.Key!);
            }
            else if (batch[i] is InboxOp.Delivered delivered && finished.Contains(delivered.Key!))
            {
                results[i] = true;
                skipped[i] = true;
            }
        }

        await using (var transaction = await connection.BeginTransactionAsync(CancellationToken.None))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (!skipped[i])
                {
                    results[i] = await ExecuteAsync(connection, transaction, dialect, batch[i]);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }

        _checkpointer?.Committed();

        for (var i = 0; i < batch.Count; i++)
        {
            if (_flusher is not null && batch[i].Durable)
            {
                _flusher.Add(batch[i], results[i]);
            }
            else
            {
                batch[i].Done?.TrySetResult(results[i]);
            }
        }
    }

    private async Task<DbConnection> OpenAsync()
    {
        var connection = await _connections.OpenAsync(CancellationToken.None);
        if (_checkpointer is not null)
        {
            // The log is copied into the file in the background (WalCheckpointer); this commit path checkpoints only rarely.
            try
            {
                // The writer touches only the newest pages of the inbox and its indexes: half SQLite's default page cache
                // is plenty, and its peak resident set is part of the load harness's memory target.
                await using var pragma = connection.Command($"PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterAutoCheckpointPages}; PRAGMA cache_size = {WriterCacheKib};");
                await pragma.ExecuteNonQueryAsync(CancellationToken.None);
                await StartFlusherAsync(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        return connection;
    }

    /// <summary>
    /// On a database file in WAL mode, new rows are made durable by flushing the log after the commit (<see cref="WalFlusher"/>);
    /// an in-memory database or another journal mode keeps the flush inside the commit.
    /// </summary>
    private async Task StartFlusherAsync(DbConnection connection)
    {
        if (_flusher is not null)
        {
            _flusher.Reopen();
            return;
        }

        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { DataSource: { Length: > 0 } file } || file == ":memory:")
        {
            return;
        }

        await using var mode = connection.Command("PRAGMA journal_mode;");
        if (await mode.ExecuteScalarAsync(CancellationToken.None) is string journal && journal.Equals("wal", StringComparison.OrdinalIgnoreCase))
        {
            _flusher = new WalFlusher(file, _logger, _flushOverride);
        }
    }

    /// <summary>One write; true when it changed a row (for a new row: it was not there yet).</summary>
    private async Task<bool> ExecuteAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, InboxOp op)
    {
        if (op is InboxOp.Flush)
        {
            return true;
        }

        var command = Command(connection, dialect, op);
        command.Transaction = transaction;
        var key = op.Key!;
        Set(command, dialect, "@c", key.ChannelId);
        Set(command, dialect, "@w", key.WorkspaceId);
        Set(command, dialect, "@v", key.ConversationId);
        Set(command, dialect, "@i", key.ItemId);
        switch (op)
        {
            case InboxOp.Insert insert:
                Set(command, dialect, "@type", insert.Entry.WorkType);
                Set(command, dialect, "@work", insert.Entry.Work);
                Set(command, dialect, "@at", insert.Entry.ReceivedAt);
                Set(command, dialect, "@owner", _owner);
                Set(command, dialect, "@until", insert.LeaseUntil);
                break;
            case InboxOp.SaveAnswer answer:
                Set(command, dialect, "@type", answer.Type);
                Set(command, dialect, "@answer", answer.Answer);
                break;
            case InboxOp.Delivered delivered:
                Set(command, dialect, "@n", delivered.Steps);
                break;
            case InboxOp.Complete complete:
                Set(command, dialect, "@at", complete.At);
                break;
            case InboxOp.Defer defer:
                Set(command, dialect, "@n", defer.Attempts);
                Set(command, dialect, "@next", defer.Next);
                Set(command, dialect, "@reason", Truncate(defer.Reason));
                break;
            case InboxOp.Fail fail:
                Set(command, dialect, "@n", fail.Attempts);
                Set(command, dialect, "@reason", Truncate(fail.Reason));
                Set(command, dialect, "@at", fail.At);
                break;
            case InboxOp.Release:
                Set(command, dialect, "@owner", _owner);
                break;
        }

        return await command.ExecuteNonQueryAsync(CancellationToken.None) == 1;
    }

    /// <summary>One command per kind of write, kept with the connection: SQLite keeps each one's statement compiled.</summary>
    private DbCommand Command(DbConnection connection, ISqlDialect dialect, InboxOp op)
    {
        if (_commands.TryGetValue(op.GetType(), out var command))
        {
            return command;
        }

        var sql = op switch
        {
            InboxOp.Insert => InboxSql.Insert,
            InboxOp.SaveAnswer => InboxSql.SaveAnswer,
            InboxOp.Delivered => InboxSql.Delivered,
            InboxOp.Complete => InboxSql.Complete,
            InboxOp.Defer => InboxSql.Defer,
            InboxOp.Fail => InboxSql.Fail,
            InboxOp.Release => InboxSql.Release,
            _ => throw new InvalidOperationException($"No statement for {op.GetType().Name}"),
        };
        command = connection.Command(sql);
        _commands[op.GetType()] = command;
        return command;
    }

    private static void Set(DbCommand command, ISqlDialect dialect, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index >= 0)
        {
            command.Parameters[index].Value = dialect.ToDb(value);
        }
        else
        {
            command.With(dialect, name, value);
        }
    }

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];

    private async Task CloseConnectionAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands = [];
        if (_connection is not null)
        {
            if (_flushing == false || _checkpointer is not null)
            {
                // Back to the pool as every other store expects it: commits that wait for the disk, SQLite's own checkpoints.
                try
                {
                    await using var pragma = _connection.Command(
                        (_flushing == false ? "PRAGMA synchronous = FULL;" : string.Empty) +
                        (_checkpointer is not null ? $"PRAGMA wal_autocheckpoint = {WalCheckpointer.DefaultAutoCheckpointPages}; PRAGMA cache_size = {DefaultCacheKib};" : string.Empty));
                    await pragma.ExecuteNonQueryAsync(CancellationToken.None);
                }
                catch (DbException)
                {
                    SqliteConnectionFactoryPool.Clear(_connections);
                }
            }

            await _connection.DisposeAsync();
            _connection = null;
        }

        _flushing = null;
    }
}
