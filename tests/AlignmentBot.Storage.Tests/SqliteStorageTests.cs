using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

public sealed class SqliteStorageTests : StorageContractTests
{
    private TempSqliteDatabase? _database;

    protected override async Task<IDbConnectionFactory> CreateEmptyMigratedDatabaseAsync()
    {
        _database = await new TempSqliteDatabase().MigratedAsync();
        return _database.Connections;
    }

    [Fact]
    public async Task RelaxedWrite_SkipsTheFlushOnlyInsideItsScope_AndThePooledConnectionComesBackFullyDurable()
    {
        var connections = _database!.Connections;
        await using (var connection = await connections.OpenAsync(default))
        {
            Assert.Equal(2, await SynchronousAsync(connection));
            await using (await connections.Dialect.RelaxDurabilityAsync(connection, default))
            {
                Assert.Equal(1, await SynchronousAsync(connection));
            }

            Assert.Equal(2, await SynchronousAsync(connection));
        }

        // The state store's write goes through the relaxed scope and leaves the pool as it found it.
        var states = new AlignmentBot.Storage.Stores.SqlConversationStateStore(connections);
        Assert.True(await states.TrySaveAsync("T1", "c1", "{}", 0, DateTimeOffset.UnixEpoch, default));
        await using var next = await connections.OpenAsync(default);
        Assert.Equal(2, await SynchronousAsync(next));
    }

    [Theory]
    [InlineData(nameof(InboxSql.ClaimSqlite), 1)]
    [InlineData(nameof(InboxSql.ClaimSqlite), 16)]
    [InlineData(nameof(InboxSql.ClaimSqlite), 64)]
    [InlineData(nameof(InboxSql.ClaimSqlite), 1024)]
    [InlineData(nameof(InboxSql.Renew), 0)]
    public async Task InboxSweepAndRenew_ReadOnlyTheUnfinishedRows_NotEveryRowEverReceived(string statement, int max)
    {
        // Both run every few seconds and hold the write lock while they run. SQLite plans the sweep with its bound LIMIT;
        // for some values it walked the received_at index through every row ever received (done ones too) to avoid a
        // sort, and each sweep stalled the acknowledgements waiting for the inbox writer, longer as the table grew (p99
        // of the load harness 54-106 ms instead of 10 ms). Only the small index of unfinished rows may be read.
        var sql = statement == nameof(InboxSql.Renew) ? InboxSql.Renew : InboxSql.ClaimSqlite;
        var connections = _database!.Connections;
        var now = DateTimeOffset.UnixEpoch;
        var plan = new List<string>();
        foreach (var all in new[] { false, true })
        {
            await using var connection = await connections.OpenAsync(default);
            await using var command = connection.Command("EXPLAIN QUERY PLAN " + sql).With(connections.Dialect,
                ("@owner", "host:1"), ("@until", now), ("@now", now), ("@all", all), ("@max", max));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var onInbox = plan.Where(step => step.Contains("turn_inbox", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(onInbox);
        Assert.All(onInbox, step => Assert.True(
            step.Contains("ix_turn_inbox_unfinished", StringComparison.Ordinal) || step.Contains("INTEGER PRIMARY KEY", StringComparison.Ordinal),
            $"{statement} with LIMIT {max} reads the inbox by '{step}', not by the index of unfinished rows:\n{string.Join("\n", plan)}"));
    }

    [Fact]
    public async Task Inbox_NewRow_AcknowledgedOnlyOnceTheLogIsOnDisk_WhileTheWriterGoesOn()
    {
        using var flushing = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var flushed = new List<string>();
        await using var inbox = FlushedInbox(log =>
        {
            lock (flushed)
            {
                flushed.Add(log.Name);
            }

            flushing.Release();
            release.Wait(TimeSpan.FromSeconds(30));
        });

        var first = inbox.AddAsync(Entry("Ev1"), DateTimeOffset.UnixEpoch.AddMinutes(5), default);
        Assert.True(await flushing.WaitAsync(TimeSpan.FromSeconds(10)), "the log was never flushed");
        Assert.False(first.IsCompleted, "a new row was acknowledged before its log reached the disk");

        // The row is committed and the writer is free: a progress write on it lands while the disk is still being waited for.
        await inbox.SaveAnswerAsync(Key("Ev1"), "slack.reply", "{}", default).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(first.IsCompleted);

        release.Set();
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.All(flushed, name => Assert.Equal(_database!.Connections is SqliteConnectionFactory f ? Path.GetFullPath(f.DataSource) + "-wal" : null, name));
    }

    [Fact]
    public async Task Inbox_LogFlushFails_NewRowRefusedAndReported_ThePlatformRetryFindsItRecorded()
    {
        var failing = 1;
        await using var inbox = FlushedInbox(_ =>
        {
            if (Interlocked.Exchange(ref failing, 0) == 1)
            {
                throw new IOException("No space left on device");
            }
        });

        var refused = await Assert.ThrowsAsync<IOException>(() => inbox.AddAsync(Entry("Ev1"), DateTimeOffset.UnixEpoch.AddMinutes(5), default));
        Assert.Contains("No space left", refused.Message);
        Assert.Same(refused, inbox.WriteFailure);

        // The platform sends it again: the row was committed, so it is a retry (acknowledged without a second turn) and
        // the sweep takes it once its lease runs out. The flush that backs this acknowledgement works again.
        Assert.False(await inbox.AddAsync(Entry("Ev1"), DateTimeOffset.UnixEpoch.AddMinutes(5), default));
        Assert.Null(inbox.WriteFailure);
        var later = DateTimeOffset.UnixEpoch.AddMinutes(6);
        Assert.Equal(Key("Ev1"), Assert.Single(await inbox.ClaimAsync(new InboxClaim(later, later.AddMinutes(5), 10, IgnoreLeases: false), default)).Key);
    }

    private SqlTurnInbox FlushedInbox(Action<FileStream> flush)
        => new(_database!.Connections, shared: false, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqlTurnInbox>.Instance, flush);

    private static TurnWorkKey Key(string eventId) => new("slack", "T1", "C1", "event:" + eventId);

    private static InboxEntry Entry(string eventId)
        => new(Key(eventId), "slack.event", "{}", DateTimeOffset.UnixEpoch);

    [Fact]
    public void ConcurrentOpens_NeverHandTwoOwnersTheSameNativeConnection()
    {
        // Microsoft.Data.Sqlite before 10.0.13 could lend one pooled connection to two callers opening at the same
        // moment (dotnet/efcore#39008); the digest fan-out then failed with ObjectDisposedException. Each wave starts
        // from an empty pool, so 16 connections are created and activated at once, the moment the race needs.
        const int workers = 16;
        var connections = _database!.Connections;
        var shared = 0;
        for (var wave = 0; wave < 1_500; wave++)
        {
            var opened = new Microsoft.Data.Sqlite.SqliteConnection[workers];
            using var start = new Barrier(workers);
            var threads = Enumerable.Range(0, workers).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                opened[i] = (Microsoft.Data.Sqlite.SqliteConnection)connections.OpenAsync(default).GetAwaiter().GetResult();
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            if (opened.Select(c => c.Handle!.DangerousGetHandle()).Distinct().Count() != workers)
            {
                shared++;
            }

            foreach (var connection in opened)
            {
                connection.Dispose();
            }

            connections.ClearPool();
        }

        Assert.Equal(0, shared);
    }

    [Fact]
    public async Task BusyTimeout_EveryOpenHasIt_PooledOrNew_AndEachFactoryItsOwn()
    {
        var path = _database!.Path;
        var oneSecond = new SqliteConnectionFactory($"Data Source={path}", TimeSpan.FromSeconds(1));
        var halfASecond = new SqliteConnectionFactory($"Data Source={path}", TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 3; i++)
        {
            // The second and third opens come back from the pool, where the timeout is not set again.
            await using (var connection = await oneSecond.OpenAsync(default))
            {
                Assert.Equal(1000, await BusyTimeoutAsync(connection));
            }

            // The same connection string (its timeout is whole seconds, at least 1), so the same pool: its own value all the same.
            await using (var connection = await halfASecond.OpenAsync(default))
            {
                Assert.Equal(500, await BusyTimeoutAsync(connection));
            }
        }
    }

    [Fact]
    public async Task BusyTimeout_APooledOpen_HandsBackTheSameNativeConnection()
    {
        // What setting the timeout once per native connection rests on: the pool keeps the native handle between opens.
        var connections = new SqliteConnectionFactory($"Data Source={_database!.Path}", TimeSpan.FromSeconds(3));
        object? first;
        await using (var connection = (Microsoft.Data.Sqlite.SqliteConnection)await connections.OpenAsync(default))
        {
            first = connection.Handle;
        }

        await using var again = (Microsoft.Data.Sqlite.SqliteConnection)await connections.OpenAsync(default);
        Assert.Same(first, again.Handle);
    }

    private static async Task<long> BusyTimeoutAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> SynchronousAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected override Task DisposeDatabaseAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }
}
