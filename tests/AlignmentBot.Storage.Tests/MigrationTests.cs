using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Common;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlignmentBot.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyDatabase_ReachesLatestVersionAndIsReady()
    {
        using var db = new TempSqliteDatabase();
        var migrator = db.Migrator();

        var version = await migrator.MigrateAsync();

        Assert.Equal(migrator.LatestVersion, version);
        Assert.True(migrator.LatestVersion >= 1);
        var health = await new SqlStorageHealth(db.Connections, migrator).CheckAsync(default);
        Assert.True(health.Ready);
        Assert.Equal("Sqlite", health.Provider);
    }

    [Fact]
    public async Task Migrate_DatabaseAtVersionOneWithData_UpgradesAndKeepsTheData()
    {
        using var db = await new TempSqliteDatabase().MigratedAsync(version: 1);
        var ws = TestData.Workspace();
        var goal = TestData.Goal(ws.Id);
        var measurement = TestData.Measurement(ws.Id, MetricKey.Mql, 42, new DateOnly(2026, 11, 2));

        // Written as a version-1 build wrote them: today's stores also write the audit trail, a later table.
        await InsertAsync(db, "workspaces", ("id", ws.Id.Value), ("platform", ws.Platform), ("name", ws.Name), ("time_zone", ws.TimeZone), ("currency", ws.Currency),
            ("industry", ws.Industry), ("region", ws.Region), ("week_start", ws.WeekStart));
        await InsertAsync(db, "goals", ("workspace_id", ws.Id.Value), ("id", goal.Id.Value), ("asked_as", goal.AskedAs), ("metric", goal.Metric), ("baseline", goal.Baseline),
            ("target", goal.Target), ("direction", goal.Direction), ("per_period", goal.Per), ("start_date", goal.StartDate), ("deadline", goal.Deadline),
            ("cadence", goal.Cadence), ("owner_name", goal.OwnerName), ("owner_id", goal.OwnerId), ("audience", goal.Audience), ("parent_id", null),
            ("status", goal.Status), ("created_at", goal.CreatedAt), ("created_by", goal.CreatedBy));
        await InsertAsync(db, "measurements", ("workspace_id", ws.Id.Value), ("id", measurement.Id), ("metric", measurement.Metric), ("value", measurement.Value),
            ("period_start", measurement.Period.Start), ("period_end", measurement.Period.End), ("source", measurement.Source), ("campaign", ""), ("channel", ""),
            ("product", ""), ("recorded_at", measurement.RecordedAt), ("recorded_by", measurement.RecordedBy));

        var migrator = db.Migrator();
        var version = await migrator.MigrateAsync();

        Assert.Equal(migrator.LatestVersion, version);
        // A goal from before goals kept a currency was set in its workspace's (migration 0009 says so).
        Assert.Equal(goal with { Currency = ws.Currency }, await new SqlGoalStore(db.Connections).GetAsync(ws.Id, goal.Id, default));
        var measurements = await new SqlMeasurementStore(db.Connections).ListAsync(ws.Id, new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), null, default);
        Assert.Equal(42, Assert.Single(measurements).Value);
    }

    [Fact]
    public async Task Migrate_FromVersionFour_RenamesRolesAndTurnsNamesIntoPeopleWhereExactlyOneMatches()
    {
        using var db = await new TempSqliteDatabase().MigratedAsync(version: 4);
        const string ws = "T0MIG";
        await ExecuteAsync(db, $"""
            INSERT INTO workspaces VALUES ('{ws}', 'Slack', 'Mig Co', 'UTC', 'USD', 'Unknown', 'Unknown', 'Monday');
            INSERT INTO people VALUES ('{ws}', 'U-MARCO', 'Marco Silva', 'Marketing', NULL), ('{ws}', 'U-SAM', 'Sam Okafor', 'Sales', NULL),
                ('{ws}', 'U-DANA', 'Dana', 'Leadership', NULL), ('{ws}', 'U-ALEX1', 'Alex', NULL, NULL), ('{ws}', 'U-ALEX2', 'alex', NULL, NULL);
            INSERT INTO goals VALUES ('{ws}', '6f1c1a5e-0000-4000-8000-000000000001', 'more leads', 'Mql', NULL, '200', 'Increase', 'Month', '2026-01-01', '2026-12-31', 'Weekly', 'marco silva', NULL, 'Marketing', NULL, 'Active', '2026-01-01T00:00:00.0000000+00:00', 'U-DANA'),
                ('{ws}', '6f1c1a5e-0000-4000-8000-000000000002', 'faster', 'FollowUpTime', NULL, '24', 'Decrease', NULL, '2026-01-01', '2026-12-31', 'Weekly', 'Alex', NULL, 'Sales', NULL, 'Active', '2026-01-01T00:00:00.0000000+00:00', 'U-DANA');
            INSERT INTO requests VALUES ('{ws}', '6f1c1a5e-0000-4000-8000-000000000003', 'Booth', 'Sam Okafor', 'Marco Silva', '2026-02-01T00:00:00.0000000+00:00', NULL, NULL, NULL, NULL, NULL, 'Open', NULL);
            INSERT INTO leads VALUES ('{ws}', '6f1c1a5e-0000-4000-8000-000000000004', 'HS-1', 'Acme', NULL, 'Mql', NULL, NULL, NULL, '2026-02-01T00:00:00.0000000+00:00', NULL, 'Rejected', 'NoBudget', NULL, '2026-02-02T00:00:00.0000000+00:00', 'Sam Okafor', NULL);
            INSERT INTO lead_slas VALUES ('{ws}', '6f1c1a5e-0000-4000-8000-000000000005', 100, 'Month', '24', NULL, 'Marco Silva', '2026-01-05T00:00:00.0000000+00:00', 'U-MARCO', 'Marco Silva', '2026-01-05T00:00:00.0000000+00:00', 'U-SAM', 'Sam Okafor', '2026-01-06T00:00:00.0000000+00:00', 1),
                ('{ws}', '6f1c1a5e-0000-4000-8000-000000000006', 150, 'Month', '24', NULL, 'Someone Else', '2026-03-05T00:00:00.0000000+00:00', NULL, NULL, NULL, NULL, NULL, NULL, 0);
            """);

        await db.Migrator().MigrateAsync();

        var people = await new SqlWorkspaceStore(db.Connections).ListPeopleAsync(new Domain.Workspaces.WorkspaceId(ws), default);
        Assert.Equal([("U-ALEX1", null), ("U-ALEX2", null), ("U-DANA", Domain.Workspaces.Role.Leadership), ("U-MARCO", Domain.Workspaces.Role.Marketer), ("U-SAM", Domain.Workspaces.Role.SalesRep)],
            people.Select(p => (p.UserId, p.Role)).OrderBy(p => p.UserId, StringComparer.Ordinal));
        Assert.All(people, p => Assert.False(p.IsAdmin));
        var goals = await new SqlGoalStore(db.Connections).ListAsync(new Domain.Workspaces.WorkspaceId(ws), default);
        Assert.Equal([("marco silva", "U-MARCO"), ("Alex", null)], goals.OrderBy(g => g.Id.Value).Select(g => (g.OwnerName, g.OwnerId)));
        var request = Assert.Single(await new SqlRequestStore(db.Connections).ListAsync(new Domain.Workspaces.WorkspaceId(ws), default));
        Assert.Equal(("U-SAM", "U-MARCO"), (request.RequestedById, request.LoggedById));
        Assert.Equal("U-SAM", (await new SqlLeadStore(db.Connections).FindAsync(new Domain.Workspaces.WorkspaceId(ws), "HS-1", default))!.DecidedById);
        var slas = new SqlSlaStore(db.Connections);
        var active = await slas.GetActiveAsync(new Domain.Workspaces.WorkspaceId(ws), default);
        var pending = await slas.GetPendingAsync(new Domain.Workspaces.WorkspaceId(ws), default);
        Assert.Equal((1, "U-MARCO"), (active!.Version, active.ProposedById));
        Assert.Equal((2, null), (pending!.Version, pending.ProposedById));
    }

    [Fact]
    public async Task Migrate_RunTwice_SecondRunChangesNothing()
    {
        using var db = await new TempSqliteDatabase().MigratedAsync();

        var before = await CountAsync(db, "SELECT COUNT(*) FROM schema_migrations");
        await db.Migrator().MigrateAsync();

        Assert.Equal(before, await CountAsync(db, "SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanThisBuild_RefusesWithAClearMessage()
    {
        using var db = await new TempSqliteDatabase().MigratedAsync();
        await ExecuteAsync(db, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Migrator().MigrateAsync());

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_MigrationFailsHalfway_LeavesThePreviousVersionIntact()
    {
        using var db = new TempSqliteDatabase();
        var migrations = new[]
        {
            new Migration(1, "first", "CREATE TABLE a (id INTEGER);"),
            new Migration(2, "broken", "CREATE TABLE b (id INTEGER); INSERT INTO no_such_table VALUES (1);"),
        };
        var migrator = new DatabaseMigrator(db.Connections, NullLogger<DatabaseMigrator>.Instance, migrations);

        await Assert.ThrowsAsync<SqliteException>(() => migrator.MigrateAsync());

        Assert.Equal(1, await migrator.CurrentVersionAsync(default));
        Assert.Equal(0, await CountAsync(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"));
    }

    [Fact]
    public async Task Health_DatabaseNotMigrated_ReportsNotReadyWithoutSecrets()
    {
        using var db = new TempSqliteDatabase();
        var migrator = db.Migrator();

        var health = await new SqlStorageHealth(db.Connections, migrator).CheckAsync(default);

        Assert.False(health.Ready);
        Assert.Equal(0, health.SchemaVersion);
        Assert.DoesNotContain(db.Path, health.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_SqliteMigrations_AreNumberedWithoutGaps()
    {
        var migrations = MigrationCatalog.For("Sqlite");

        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    private static async Task<long> CountAsync(TempSqliteDatabase db, string sql)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(TempSqliteDatabase db, string sql)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task InsertAsync(TempSqliteDatabase db, string table, params (string Column, object? Value)[] values)
    {
        await using var connection = await db.Connections.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Select(v => v.Column))}) VALUES ({string.Join(", ", values.Select(v => "@" + v.Column))})";
        foreach (var (column, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + column;
            parameter.Value = db.Connections.Dialect.ToDb(value);
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
