using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace AlignmentBot.Storage.Sql;

public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    /// <summary>How long a write waits for another connection's write lock before it fails with SQLITE_BUSY.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly string _busyPragma;

    /// <summary>Native connections (kept alive by the pool) and the busy timeout set on each; an entry goes with its connection.</summary>
    private static readonly ConditionalWeakTable<object, string> Configured = new();

    /// <param name="busyTimeout">How long a statement waits for a lock held by another connection or process (Storage:BusyTimeout).</param>
    public SqliteConnectionFactory(string connectionString, TimeSpan? busyTimeout = null)
    {
        // SQLite's own busy handler waits up to busy_timeout; Microsoft.Data.Sqlite then keeps retrying until the command
        // timeout. Both get the same limit, so "the database was locked for longer than this" is one number.
        var timeout = busyTimeout ?? DefaultBusyTimeout;
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        };
        _busyPragma = $"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds};";
        DataSource = builder.DataSource;
        FilePath = builder.Mode is SqliteOpenMode.ReadWriteCreate or SqliteOpenMode.ReadWrite && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:"
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(builder.DataSource)
            : null;
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        _connectionString = builder.ToString();
    }

    public ISqlDialect Dialect => SqliteDialect.Instance;

    /// <summary>The database file's full path, or null for an in-memory or read-only database.</summary>
    public string? FilePath { get; }

    /// <summary>The database file as configured (or ":memory:").</summary>
    public string DataSource { get; }

    /// <summary>
    /// Closes this database's idle pooled connections (and the busy ones when they come back), so its file can be
    /// moved or deleted. Other databases' pools are left alone.
    /// </summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // A pooled open hands back a native connection that already has its busy timeout (a setting of the connection,
        // which the pool keeps): set it once per native connection, not on every open, which is every store call. Two
        // factories whose timeouts round to the same connection string share a pool, so the value is compared too.
        if (connection.Handle is not { } handle || !Configured.TryGetValue(handle, out var set) || set != _busyPragma)
        {
            await using (var busy = connection.CreateCommand())
            {
                busy.CommandText = _busyPragma;
                await busy.ExecuteNonQueryAsync(cancellationToken);
            }

            if (connection.Handle is { } opened)
            {
                Configured.AddOrUpdate(opened, _busyPragma);
            }
        }

        return connection;
    }
}
