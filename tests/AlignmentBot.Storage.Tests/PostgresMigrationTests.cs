using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlignmentBot.Storage.Tests;

public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Migrate_SeveralHostsStartAtOnce_EachMigrationIsAppliedOnceAndAllAreReady()
    {
        await using var db = await TempPostgresDatabase.CreateAsync();

        // Separate pools, as separate processes would have.
        var hosts = Enumerable.Range(0, 4).Select(_ => new AlignmentBot.Storage.Sql.NpgsqlConnectionFactory(db.ConnectionString)).ToArray();
        var versions = await Task.WhenAll(hosts.Select(h => new DatabaseMigrator(h, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance).MigrateAsync()));

        var latest = db.Migrator().LatestVersion;
        Assert.All(versions, v => Assert.Equal(latest, v));
        Assert.Equal(latest, await db.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.True((await new SqlStorageHealth(db.Connections, db.Migrator()).CheckAsync(default)).Ready);
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_Finished_ReleasesTheAdvisoryLockEvenThoughTheConnectionGoesBackToThePool()
    {
        await using var db = await TempPostgresDatabase.CreateAsync();

        await db.Migrator().MigrateAsync();

        Assert.Equal(0, await db.ScalarAsync($"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = '{db.Name}')"));
    }

    [Fact]
    public async Task Migrate_MigrationFailsHalfway_LeavesThePreviousVersionIntact()
    {
        await using var db = await TempPostgresDatabase.CreateAsync();
        var migrator = new DatabaseMigrator(db.Connections, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance,
        [
            new Migration(1, "first", "CREATE TABLE a (id integer);"),
            new Migration(2, "broken", "CREATE TABLE b (id integer); INSERT INTO no_such_table VALUES (1);"),
        ]);

        await Assert.ThrowsAsync<PostgresException>(() => migrator.MigrateAsync());

        Assert.Equal(1, await migrator.CurrentVersionAsync(default));
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'b'"));
    }

    [Fact]
    public void Catalog_PostgresAndSqlite_HaveTheSameMigrations()
    {
        var postgres = MigrationCatalog.For("Postgres");
        var sqlite = MigrationCatalog.For("Sqlite");

        Assert.Equal(sqlite.Select(m => (m.Version, m.Name)), postgres.Select(m => (m.Version, m.Name)));
    }

    [Fact]
    public async Task Schema_PostgresAndSqlite_HaveTheSameTablesAndColumns()
    {
        await using var postgres = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
        using var sqlite = await new TempSqliteDatabase().MigratedAsync();

        var fromPostgres = new SortedSet<string>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                fromPostgres.Add($"{reader.GetString(0)}.{reader.GetString(1)}".ToLowerInvariant());
            }
        }

        var fromSqlite = new SortedSet<string>(StringComparer.Ordinal);
        await using (var connection = new SqliteConnection(sqlite.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                fromSqlite.Add($"{reader.GetString(0)}.{reader.GetString(1)}".ToLowerInvariant());
            }
        }

        Assert.Equal(fromSqlite, fromPostgres);
    }
    [Fact]
    public async Task Migrate_AsAUserWhoMayOnlyReadAndWrite_StartsWhenNothingIsPending()
    {
        await using var db = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
        var role = "app_" + db.Name[^8..];
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var grant = new NpgsqlCommand($"""
                CREATE ROLE {role} LOGIN;
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO {role};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
                """, connection);
            await grant.ExecuteNonQueryAsync();
        }

        try
        {
            await using var asApp = new AlignmentBot.Storage.Sql.NpgsqlConnectionFactory(new NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = role }.ConnectionString);
            var migrator = new DatabaseMigrator(asApp, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance);

            Assert.Equal(migrator.LatestVersion, await migrator.MigrateAsync());
            Assert.True(await new SqlInboundDeduplicator(asApp, TimeProvider.System).TryBeginAsync("slack", "event:least-privilege", default));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS {db.Name} WITH (FORCE)");
            await PostgresServer.ExecuteAsync($"DROP ROLE IF EXISTS {role}");
        }
    }
}
