using System.Data.Common;
using AlignmentBot.Storage.Faults;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Migrations;

/// <summary>
/// Brings the schema to the latest version at start-up, one transaction per migration, so a failed
/// migration leaves the database at the previous version rather than half-changed.
/// </summary>
public sealed class DatabaseMigrator
{
    private const string CreateHistory =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";

    private readonly IDbConnectionFactory connections;
    private readonly ILogger<DatabaseMigrator> logger;

    public DatabaseMigrator(IDbConnectionFactory connections, ILogger<DatabaseMigrator> logger)
        : this(connections, logger, MigrationCatalog.For(connections.Dialect.MigrationsFolder))
    {
    }

    /// <summary>With an explicit list, so tests can prove a failing migration leaves nothing behind.</summary>
    internal DatabaseMigrator(IDbConnectionFactory connections, ILogger<DatabaseMigrator> logger, IReadOnlyList<Migration> migrations)
    {
        this.connections = connections;
        this.logger = logger;
        Migrations = migrations;
    }

    public IReadOnlyList<Migration> Migrations { get; }

    public int LatestVersion => Migrations.Count;

    /// <summary>
    /// Applies pending migrations up to <paramref name="targetVersion"/> (all when null); returns the resulting version.
    /// A database that cannot be used (read-only, a full disk, a server that cannot be reached) throws
    /// <see cref="StorageStartupException"/> with one line saying so, instead of the driver's error.
    /// </summary>
    public async Task<int> MigrateAsync(int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await MigrateCoreAsync(targetVersion, cancellationToken);
        }
        catch (DbException ex) when (StorageProblem.Describe(ex, connections) is { } problem)
        {
            logger.LogCritical("Storage cannot be used: {Problem}", problem);
            throw new StorageStartupException(problem, ex);
        }
    }

    /// <summary>The migration that creates <c>storage_probe</c> (0007_inbox).</summary>
    private const int StorageProbeVersion = 7;

    private async Task<int> MigrateCoreAsync(int? targetVersion, CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await dialect.PrepareAsync(connection, cancellationToken);

        // Lock first: hosts starting together would otherwise race even on CREATE TABLE IF NOT EXISTS
        // (PostgreSQL lets two of them collide on the catalog), then each would read the same version.
        await using var migrationLock = await dialect.AcquireMigrationLockAsync(connection, cancellationToken);

        // Only when missing: an instance whose database user may read and write but not create tables (migrations
        // applied by `db migrate` with an owner account) starts fine when there is nothing to do.
        if (!await HistoryExistsAsync(connection, dialect, cancellationToken))
        {
            await using var create = connection.Command(CreateHistory);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await CurrentVersionAsync(connection, dialect, cancellationToken);
        var initial = current;
        var target = targetVersion ?? LatestVersion;
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this build knows ({LatestVersion}). Run a newer AlignmentBot.");
        }

        foreach (var migration in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var apply = connection.Command(migration.Sql, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)", transaction))
            {
                record.With(dialect, ("@v", migration.Version), ("@n", migration.Name), ("@at", DateTimeOffset.UtcNow.ToString("O")));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Version} {Name} ({Provider})", migration.Version, migration.Name, dialect.Provider);
            current = migration.Version;
        }

        // A database at the current schema needs no write to start, so a read-only file or a full disk would only show
        // once the first turn fails. One small write now makes start-up say so in one line instead. A start that applied
        // a migration has written already.
        if (current == initial && current >= StorageProbeVersion)
        {
            await using var probe = connection.Command(Stores.SqlStorageHealth.Probe)
                .With(dialect, ("@at", DateTimeOffset.UtcNow), ("@by", $"start-up on {Environment.MachineName}"));
            await probe.ExecuteNonQueryAsync(cancellationToken);
        }

        return current;
    }

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await CurrentVersionAsync(connection, connections.Dialect, cancellationToken);
    }

    private static async Task<bool> HistoryExistsAsync(DbConnection connection, ISqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(dialect.TableExistsSql).With(dialect, "@name", "schema_migrations");
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, ISqlDialect dialect, CancellationToken cancellationToken)
    {
        if (!await HistoryExistsAsync(connection, dialect, cancellationToken))
        {
            return 0;
        }

        await using var query = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
