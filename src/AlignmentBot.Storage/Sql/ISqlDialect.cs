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

    /// <summary>Converts a CLR value to what the engine's column expects.</summary>
    object ToDb(object? value);

    /// <summary>
    /// Serialises migrations when several hosts start at once. Held until the returned handle is disposed, which
    /// must happen on <paramref name="connection"/> before it is closed: a pooled connection outlives its Close.
    /// </summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);
}
