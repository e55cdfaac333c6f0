using System.Data.Common;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// SQLite only: copies the write-ahead log into the database file in the background, on a connection of its own, so the
/// inbox writer's commits (which acknowledgements wait for) do not pay for it. SQLite's automatic checkpoint runs inside
/// the commit that crosses its threshold (1,000 pages): under load that was one inbox commit in a few dozen taking
/// 30–120 ms instead of 5, and every acknowledgement in that batch and the next waited for it. A passive checkpoint takes
/// no write lock, so the writer goes on committing while it runs. Durability is unchanged: a commit is on disk once it is
/// in the flushed log; the checkpoint only moves pages from the log into the file.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>How often the log is copied over while the inbox is being written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The inbox writer's own automatic checkpoint threshold, in pages (SQLite's default is 1,000). The log is restarted from
    /// its beginning only by a writer that finds it wholly copied; while commits never stop, the background checkpoint is
    /// always a few commits behind, so the writer still checkpoints once per this many pages, with little left to copy.
    /// </summary>
    public const int WriterAutoCheckpointPages = 4_000;

    /// <summary>SQLite's default, restored on a connection going back to the pool.</summary>
    public const int DefaultAutoCheckpointPages = 1_000;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _commits;
    private int _disposed;

    public WalCheckpointer(IDbConnectionFactory connections, TimeProvider time, ILogger logger)
    {
        _connections = connections;
        _time = time;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The writer committed a batch: there is log to copy.</summary>
    public void Committed() => Interlocked.Increment(ref _commits);

    /// <summary>Safe to call more than once: the inbox that owns it is disposed once per service it is registered as.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            await _loop;
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        DbConnection? connection = null;
        long copied = 0;
        try
        {
            using var timer = new PeriodicTimer(Interval, _time);
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var commits = Interlocked.Read(ref _commits);
                if (commits == copied)
                {
                    continue;
                }

                try
                {
                    connection ??= await _connections.OpenAsync(_stop.Token);
                    await using var command = connection.Command("PRAGMA wal_checkpoint(PASSIVE);");
                    await command.ExecuteNonQueryAsync(_stop.Token);
                    copied = commits;
                }
                catch (DbException ex)
                {
                    // The writer's own automatic checkpoint still bounds the log; try again at the next tick.
                    _logger.LogDebug(ex, "Background checkpoint of the inbox's database failed: {Reason}", ex.Message);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
