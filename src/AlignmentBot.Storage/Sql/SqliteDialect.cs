using System.Data.Common;
using System.Globalization;

namespace AlignmentBot.Storage.Sql;

public sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public string Provider => "Sqlite";

    public string MigrationsFolder => "Sqlite";

    public string TableExistsSql => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name";

    // Transactions begin IMMEDIATE (Microsoft.Data.Sqlite's default), holding the one write lock from the start.
    public string LockRows => string.Empty;

    public string Unindexed(string column) => "+" + column;

    public object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D"),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),

        // Fixed-width UTC text sorts the same as time, so ORDER BY and range filters work on it.
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? 1 : 0,
        _ => value,
    };

    // SQLite takes a write lock for the whole file, so concurrent migrators already queue up.
    public Task<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken)
        => Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    public async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets the web host read while a CLI import writes; the setting is stored in the file.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // In WAL mode, synchronous=NORMAL skips the flush at each commit; the WAL is flushed at the next checkpoint or
    // FULL commit. A process crash loses nothing, a power failure the last such commits; the file is never corrupted.
    public async Task<IAsyncDisposable> RelaxDurabilityAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await SetSynchronousAsync(connection, "NORMAL", cancellationToken);
        return new Restore(connection);
    }

    private static async Task SetSynchronousAsync(DbConnection connection, string level, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = {level};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Restore(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await SetSynchronousAsync(connection, "FULL", CancellationToken.None);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
