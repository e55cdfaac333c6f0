using System.Data.Common;

namespace AlignmentBot.Storage.Sql;

/// <summary>
/// PostgreSQL through Npgsql. Columns have their natural types (uuid, date, timestamptz, numeric, boolean), so
/// most values go through as they are; Npgsql infers each parameter's type from its CLR value.
/// </summary>
public sealed class PostgresDialect : ISqlDialect
{
    /// <summary>The advisory lock migrations hold; any fixed number works, as long as it never changes ("AlignBot" in ASCII).</summary>
    public const long MigrationLockKey = 0x416C69676E426F74;

    public static PostgresDialect Instance { get; } = new();

    public string Provider => "Postgres";

    public string MigrationsFolder => "Postgres";

    public string TableExistsSql => "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name";

    public string LockRows => " FOR UPDATE";

    public string Unindexed(string column) => column;

    public object ToDb(object? value) => value switch
    {
        null => DBNull.Value,

        // timestamptz only takes UTC offsets from Npgsql; the instant is what is stored either way.
        DateTimeOffset t => t.ToUniversalTime(),
        Enum e => e.ToString(),
        _ => value,
    };

    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // A session-level advisory lock: every host that starts waits here until the first has migrated, then
        // finds nothing left to do. It is released explicitly, because closing a pooled connection keeps the session.
        await using (var command = connection.Command("SELECT pg_advisory_lock(@key)").With(this, "@key", MigrationLockKey))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new AdvisoryLock(connection);
    }

    public Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    // PostgreSQL commits concurrent writers with one flush (group commit), and a session setting would cost two round
    // trips to the server per write: every commit stays fully durable.
    public Task<IAsyncDisposable> RelaxDurabilityAsync(DbConnection connection, CancellationToken cancellationToken)
        => Task.FromResult<IAsyncDisposable>(NothingToUndo.Instance);

    private sealed class NothingToUndo : IAsyncDisposable
    {
        public static readonly NothingToUndo Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = connection.Command("SELECT pg_advisory_unlock(@key)").With(Instance, "@key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
