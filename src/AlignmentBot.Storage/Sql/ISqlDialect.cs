using System.Data.Common;

namespace AlignmentBot.Storage.Sql;

/// <summary>What differs between the SQL engines; the stores' SQL itself is written once.</summary>
public interface ISqlDialect
{
    string Provider { get; }

    /// <summary>Resource folder with this engine's migrations, e.g. "Sqlite".</summary>
    string MigrationsFolder { get; }

    /// <summary>A query returning a row when the table named by parameter @name exists.</summary>
    string TableExistsSql { get; }

    /// <summary>Appended to a SELECT inside a transaction to hold the rows until it ends (" FOR UPDATE"); SQLite's write transaction already does.</summary>
    string LockRows { get; }

    /// <summary>
    /// <paramref name="column"/> written so the planner does not pick an index for a condition on it. SQLite plans without
    /// statistics and, given ranges on two indexed columns, can choose the index that reads three times the rows; its
    /// documented unary plus takes the term out of that choice. PostgreSQL's planner has statistics: the column as it is.
    /// </summary>
    string Unindexed(string column);

    /// <summary>Converts a CLR value to what the engine's column expects.</summary>
    object ToDb(object? value);

    /// <summary>
    /// Serialises migrations when several hosts start at once. Held until the returned handle is disposed, which
    /// must happen on <paramref name="connection"/> before it is closed: a pooled connection outlives its Close.
    /// </summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// For writes whose loss in a power failure costs nothing worth a disk flush: the latest step of a dialog (the
    /// person answers the question again) and an inbound-dedupe mark. Until the handle is disposed, commits on
    /// <paramref name="connection"/> need not wait for the disk; they still survive a crash of the process. Dispose it
    /// on the same connection before it is closed: a pooled connection keeps its settings.
    /// </summary>
    Task<IAsyncDisposable> RelaxDurabilityAsync(DbConnection connection, CancellationToken cancellationToken);
}
