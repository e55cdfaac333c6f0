using System.Data.Common;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>What the database checks found, and the time zones stored in it (for the time-zone check), when readable.</summary>
internal sealed record DatabaseReport(IReadOnlyList<DoctorResult> Results, IReadOnlyList<string>? StoredTimeZones);

/// <summary>
/// The configured database: reachable, writable (a row written and rolled back), and at the schema version this
/// build expects. Unlike every other command it neither creates nor migrates anything: it reports what is there.
/// </summary>
internal static class DatabaseCheck
{
    public const string Reachable = "Database";
    public const string Writable = "Database writes";
    public const string Schema = "Database schema";

    public static async Task<DatabaseReport> RunAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (HostServiceCollectionExtensions.StorageProblem(configuration) is not null)
        {
            return new([DoctorResult.Skip(Reachable, "not checked: the storage settings are invalid (see Configuration)")], null);
        }

        var (provider, connectionString) = HostServiceCollectionExtensions.Storage(configuration);
        var where = HostServiceCollectionExtensions.DescribeStorage(configuration);
        IDbConnectionFactory connections;
        if (provider == StorageProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            var path = Path.GetFullPath(sqlite.DataSource);
            if (sqlite.Mode != SqliteOpenMode.Memory && sqlite.DataSource != ":memory:" && !File.Exists(path))
            {
                return new([DoctorResult.Fail(Reachable, $"no database file at {path}",
                    $"run `db migrate` to create it there (the host also creates it when it starts). If it should exist already, ConnectionStrings:AlignmentBot or the working directory points elsewhere; in a container, check that the volume is mounted at {Path.GetDirectoryName(path)}.")], null);
            }

            // Open the existing file only: creating it here would hide the very mistake being looked for.
            if (sqlite.Mode == SqliteOpenMode.ReadWriteCreate)
            {
                sqlite.Mode = SqliteOpenMode.ReadWrite;
            }

            connections = new SqliteConnectionFactory(sqlite.ToString());
        }
        else
        {
            connections = new NpgsqlConnectionFactory(connectionString);
        }

        try
        {
            return await CheckAsync(connections, provider, where, cancellationToken);
        }
        finally
        {
            switch (connections)
            {
                case SqliteConnectionFactory sqlite:
                    sqlite.ClearPool();
                    break;
                case IAsyncDisposable disposable:
                    await disposable.DisposeAsync();
                    break;
            }
        }
    }

    private static async Task<DatabaseReport> CheckAsync(IDbConnectionFactory connections, StorageProvider provider, string where, CancellationToken cancellationToken)
    {
        var results = new List<DoctorResult>();
        var migrator = new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance);
        int version;
        try
        {
            version = await migrator.CurrentVersionAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            return new([DoctorResult.Fail(Reachable, $"cannot open {where}: {Reason(ex)}", OpenFix(ex, provider))], null);
        }

        results.Add(DoctorResult.Pass(Reachable, $"{where}: reachable"));
        await using var connection = await connections.OpenAsync(cancellationToken);
        results.Add(await WriteProbeAsync(connection, connections.Dialect, provider, cancellationToken));

        var latest = migrator.LatestVersion;
        results.Add(version == latest
            ? DoctorResult.Pass(Schema, $"version {version}, the one this build expects")
            : version < latest
                ? DoctorResult.Fail(Schema, $"version {version}; this build expects {latest}", "run `db migrate` (hosts also migrate when they start; a database user without CREATE rights needs it run once with the owner's account)")
                : DoctorResult.Fail(Schema, $"version {version}, newer than this build knows ({latest})", "run the newer AlignmentBot build that migrated this database; an older one must not write to it"));

        return new(results, await StoredTimeZonesAsync(connection, connections.Dialect, cancellationToken));
    }

    /// <summary>A row in a table the bot writes at run time, rolled back: proves the file, folder or grants allow writes.</summary>
    private static async Task<DoctorResult> WriteProbeAsync(DbConnection connection, ISqlDialect dialect, StorageProvider provider, CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(connection, dialect, "shared_items", cancellationToken))
        {
            return DoctorResult.Skip(Writable, "not checked: the bot's tables are not there yet (see Database schema)");
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var insert = Command(connection, dialect, "INSERT INTO shared_items (scope, item_key, data, expires_at) VALUES (@scope, @key, @data, @expires)", transaction,
                ("@scope", "doctor"), ("@key", Guid.NewGuid().ToString("N")), ("@data", "{}"), ("@expires", DateTimeOffset.UtcNow)))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.RollbackAsync(cancellationToken);
            return DoctorResult.Pass(Writable, "a test row was written and rolled back");
        }
        catch (DbException ex)
        {
            return DoctorResult.Fail(Writable, $"cannot write: {Reason(ex)}", provider == StorageProvider.Sqlite
                ? "make the database file and its folder writable by the user the bot runs as (SQLite writes a journal beside the file), and drop Mode=ReadOnly from the connection string"
                : "grant the bot's database user SELECT, INSERT, UPDATE and DELETE on the bot's tables (db migrate with the owner's account creates them)");
        }
    }

    private static async Task<IReadOnlyList<string>?> StoredTimeZonesAsync(DbConnection connection, ISqlDialect dialect, CancellationToken cancellationToken)
    {
        var sources = new List<string>();
        foreach (var (table, column) in new[] { ("workspaces", "time_zone"), ("people", "time_zone"), ("digest_subscriptions", "time_zone") })
        {
            if (await TableExistsAsync(connection, dialect, table, cancellationToken))
            {
                sources.Add($"SELECT {column} AS zone FROM {table} WHERE {column} IS NOT NULL AND {column} <> ''");
            }
        }

        if (sources.Count == 0)
        {
            return null;
        }

        try
        {
            await using var query = Command(connection, dialect, $"SELECT DISTINCT zone FROM ({string.Join(" UNION ", sources)}) zones ORDER BY zone", null);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var zones = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                zones.Add(reader.GetString(0));
            }

            return zones;
        }
        catch (DbException)
        {
            return null;
        }
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, ISqlDialect dialect, string table, CancellationToken cancellationToken)
    {
        await using var exists = Command(connection, dialect, dialect.TableExistsSql, null, ("@name", table));
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static System.Data.Common.DbCommand Command(DbConnection connection, ISqlDialect dialect, string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = dialect.ToDb(value);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // Driver messages name files, hosts, users and databases, never a password.
    private static string Reason(DbException ex) => ex switch
    {
        PostgresException pg => $"{pg.SqlState} {pg.MessageText}",
        SqliteException sqlite => sqlite.Message,
        _ when ex.InnerException is { } inner => $"{ex.Message} ({inner.Message})",
        _ => ex.Message,
    };

    private static string OpenFix(DbException ex, StorageProvider provider) => ex switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => "the user name or password in ConnectionStrings:AlignmentBot (or PGPASSWORD) is wrong, or pg_hba.conf refuses this host",
        PostgresException { SqlState: "3D000" } => "the database in ConnectionStrings:AlignmentBot does not exist: create it (CREATE DATABASE ... OWNER ...) or fix the name",
        PostgresException => "see the PostgreSQL error above",
        NpgsqlException => "PostgreSQL is not reachable at that host and port: check Host= and Port= in ConnectionStrings:AlignmentBot, that the server runs, and firewalls between",
        _ when provider == StorageProvider.Sqlite => "the file exists but cannot be opened: check its permissions and its folder's for the user the bot runs as, and that it is a SQLite database",
        _ => "check ConnectionStrings:AlignmentBot",
    };
}
