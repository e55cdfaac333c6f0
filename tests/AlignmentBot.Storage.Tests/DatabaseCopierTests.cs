using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Copy;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>db copy: a SQLite deployment moved into PostgreSQL, every table, verified.</summary>
public sealed class DatabaseCopierTests : IAsyncLifetime
{
    private static readonly WorkspaceId Ws = new("T-COPY");

    private readonly TempSqliteDatabase _sqlite = new();
    private TempPostgresDatabase _postgres = null!;

    public async Task InitializeAsync()
    {
        await _sqlite.MigratedAsync();
        _postgres = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();
    }

    public async Task DisposeAsync()
    {
        _sqlite.Dispose();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task Copy_SqliteWithDataInEveryTable_IntoPostgres_VerifiesAndReadsBackTheSame()
    {
        var seeded = await SeedEveryTableAsync(_sqlite.Connections);

        var report = await new DatabaseCopier(_sqlite.Connections, _postgres.Connections).CopyAsync(force: false, default);

        Assert.True(report.Committed);
        Assert.True(report.Verified);
        Assert.Equal(CopiedTables.InOrder, report.Tables.Select(t => t.Table));
        Assert.All(report.Tables, t => Assert.True(t.SourceRows > 0, $"{t.Table} was not seeded"));
        Assert.Equal(
            (await DatabaseCopier.DescribeAsync(_sqlite.Connections, default)).Select(t => (t.Table, t.Rows, t.Checksum)),
            (await DatabaseCopier.DescribeAsync(_postgres.Connections, default)).Select(t => (t.Table, t.Rows, t.Checksum)));

        // What the stores read back from PostgreSQL is what they read from SQLite.
        Assert.Equal(await new SqlGoalStore(_sqlite.Connections).ListAsync(Ws, default), await new SqlGoalStore(_postgres.Connections).ListAsync(Ws, default));
        Assert.Equal(await new SqlLeadStore(_sqlite.Connections).ListAsync(Ws, DateTimeOffset.MinValue, default), await new SqlLeadStore(_postgres.Connections).ListAsync(Ws, DateTimeOffset.MinValue, default));
        Assert.Equal(await new SqlSlaStore(_sqlite.Connections).GetActiveAsync(Ws, default), await new SqlSlaStore(_postgres.Connections).GetActiveAsync(Ws, default));
        Assert.Equal(seeded.Subscription, await new SqlDigestSubscriptionStore(_postgres.Connections).GetAsync(Ws, seeded.Subscription.Id, default));
        Assert.Equal(await new SqlDigestDeliveryStore(_sqlite.Connections).ListAsync(Ws, seeded.Subscription.Id, 10, default), await new SqlDigestDeliveryStore(_postgres.Connections).ListAsync(Ws, seeded.Subscription.Id, 10, default));
        var state = await new SqlConversationStateStore(_postgres.Connections).LoadAsync(Ws.Value, "dm:U1", default);
        Assert.Equal((2L, "{\"stack\":[\"goal\"]}"), (state!.Version, state.Json));
        Assert.False(await new SqlInboundDeduplicator(_postgres.Connections, TimeProvider.System).TryBeginAsync("slack", "event:Ev01", default));
    }

    [Fact]
    public async Task Copy_TargetAlreadyHasData_RefusedUnlessForced()
    {
        await SeedEveryTableAsync(_sqlite.Connections);
        await new SqlWorkspaceStore(_postgres.Connections).SaveAsync(TestData.Workspace("T-ALREADY-THERE"), default);

        var refused = await new DatabaseCopier(_sqlite.Connections, _postgres.Connections).CopyAsync(force: false, default);
        Assert.False(refused.Committed);
        Assert.Contains("--force", refused.Refusal, StringComparison.Ordinal);
        Assert.NotNull(await new SqlWorkspaceStore(_postgres.Connections).GetAsync(new WorkspaceId("T-ALREADY-THERE"), default));

        var forced = await new DatabaseCopier(_sqlite.Connections, _postgres.Connections).CopyAsync(force: true, default);
        Assert.True(forced.Verified && forced.Committed);
        Assert.Null(await new SqlWorkspaceStore(_postgres.Connections).GetAsync(new WorkspaceId("T-ALREADY-THERE"), default));
    }

    [Fact]
    public async Task Copy_TargetChangesWhatIsWritten_MismatchIsReportedAndNothingIsCommitted()
    {
        await SeedEveryTableAsync(_sqlite.Connections);

        // Something on the target rewrites rows as they land (a trigger here; a wrong type mapping in real life).
        await using (var connection = await _postgres.Connections.OpenAsync(default))
        {
            await using var command = connection.Command("""
                CREATE FUNCTION shout() RETURNS trigger AS $$ BEGIN NEW.asked_as := upper(NEW.asked_as); RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER shout BEFORE INSERT ON goals FOR EACH ROW EXECUTE FUNCTION shout();
                """);
            await command.ExecuteNonQueryAsync();
        }

        var report = await new DatabaseCopier(_sqlite.Connections, _postgres.Connections).CopyAsync(force: false, default);

        Assert.False(report.Committed);
        Assert.Equal(["goals"], report.Tables.Where(t => !t.Matches).Select(t => t.Table));
        Assert.Empty(await new SqlWorkspaceStore(_postgres.Connections).ListAsync(default));
    }

    [Fact]
    public async Task Copy_PostgresBackIntoAnEmptySqliteFile_RoundTrips()
    {
        await SeedEveryTableAsync(_postgres.Connections);
        using var back = await new TempSqliteDatabase().MigratedAsync();

        var report = await new DatabaseCopier(_postgres.Connections, back.Connections).CopyAsync(force: false, default);

        Assert.True(report.Verified && report.Committed);
        Assert.Equal(await new SqlGoalStore(_postgres.Connections).ListAsync(Ws, default), await new SqlGoalStore(back.Connections).ListAsync(Ws, default));
    }

    [Fact]
    public void CopiedTables_EveryTableOfTheSchema_IsCopiedOrDeliberatelySkipped()
    {
        // Guards the next migration: a new table must be added to CopiedTables (or be Quartz's).
        var tables = Tables(Storage.Migrations.MigrationCatalog.For("Sqlite")).Concat(Tables(Storage.Migrations.MigrationCatalog.For("Postgres")))
            .Where(t => !CopiedTables.IsSkipped(t)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(tables.Order(StringComparer.Ordinal), CopiedTables.InOrder.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SchemaColumns_ReadFromTheMigrations_MatchPostgresOwnCatalog()
    {
        var catalog = new List<string>();
        await using (var connection = await _postgres.Connections.OpenAsync(default))
        {
            await using var command = connection.Command("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name NOT LIKE 'qrtz%' AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (CopiedTables.IsSkipped(reader.GetString(0)))
                {
                    continue;
                }

                catalog.Add($"{reader.GetString(0)}.{reader.GetString(1)}:{reader.GetString(2)}");
            }
        }

        var parsed = SchemaColumns.Tables.Where(t => !CopiedTables.IsSkipped(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Value.Select(c => $"{t.Key}.{c.Name}:{Postgres(c.Kind)}"));

        Assert.Equal(catalog, parsed);
    }

    private static string Postgres(ColumnKind kind) => kind switch
    {
        ColumnKind.Uuid => "uuid",
        ColumnKind.Date => "date",
        ColumnKind.Timestamp => "timestamp with time zone",
        ColumnKind.Numeric => "numeric",
        ColumnKind.Integer => "integer",
        ColumnKind.BigInt => "bigint",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Bytes => "bytea",
        _ => "text",
    };

    private static IEnumerable<string> Tables(IEnumerable<Storage.Migrations.Migration> migrations)
        => migrations.SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Sql, @"CREATE TABLE (\w+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Select(x => x.Groups[1].Value.ToLowerInvariant()));

    private sealed record Seeded(DigestSubscription Subscription);

    private static async Task<Seeded> SeedEveryTableAsync(IDbConnectionFactory db)
    {
        // Timestamps with sub-microsecond ticks, as TimeProvider.System gives: SQLite keeps them, PostgreSQL does not,
        // and the copy still verifies (both sides are compared at microseconds). Records compared field by field below use whole seconds.
        var now = TestData.Now.AddTicks(1234567);
        await new SqlWorkspaceStore(db).SaveAsync(new Workspace(Ws, Platform.Slack, "Copy Co", "Europe/Berlin", "EUR", Industry.Manufacturing, Region.Emea, DayOfWeek.Monday), default);
        await new SqlWorkspaceStore(db).SavePersonAsync(new Person(Ws, "U1", "Dana", Role.Leadership, "Europe/Berlin") { IsAdmin = true, AddressId = "29:dana" }, default);
        await new SqlRoleRequestStore(db).SaveAsync(new RoleRequest(Guid.NewGuid(), Ws, "U2", "Sam", Role.SalesLead, now), default);
        var parent = TestData.Goal(Ws, MetricKey.Revenue, 1_100_000.55m, Domain.Common.PeriodKind.Year, 1_000_000m);
        await new SqlGoalStore(db).SaveAsync(Ws, [parent, TestData.Goal(Ws, MetricKey.Mql, 120.50m, parent: parent.Id)], default);
        await new SqlMeasurementStore(db).AddAsync(Ws, [TestData.Measurement(Ws, MetricKey.Mql, 42.125m, new DateOnly(2026, 11, 2)), TestData.Measurement(Ws, MetricKey.Leads, 0m, new DateOnly(2026, 11, 2), breakdown: new Domain.Measurements.Breakdown("Webinar"))], default);
        await new SqlRequestStore(db).SaveAsync(TestData.Request(Ws, goal: parent.Id), default);
        await new SqlLeadStore(db).UpsertAsync(Ws, [TestData.Lead(Ws, "HS-1"), TestData.Lead(Ws, "HS-2", LeadDecision.Rejected, RejectionReason.NoBudget)], default);
        await new SqlSlaStore(db).SaveAsync(new LeadSla(Guid.NewGuid(), Ws, 200, Domain.Common.PeriodKind.Month, 24.5m, "demo request", "Marco", TestData.Now,
            new SlaConfirmation("U-M", "Marco", TestData.Now), null), default);
        await new SqlAccountListStore(db).SaveAsync(new AccountList(Guid.NewGuid(), Ws, AccountListKind.SalesTarget, "FY27", ["Acme", "Globex"], now), default);
        var state = new SqlConversationStateStore(db);
        await state.TrySaveAsync(Ws.Value, "dm:U1", "{\"stack\":[]}", 0, now, default);
        await state.TrySaveAsync(Ws.Value, "dm:U1", "{\"stack\":[\"goal\"]}", 1, now, default);
        var address = new ConversationAddress("slack", Ws.Value, "C0SALES", Name: "#sales", BotId: "U0BOT", IsGroup: true);
        await new SqlConversationDirectory(db).RememberAsync(address, null, now, default);
        await new SqlInboundDeduplicator(db, new FakeTimeProvider(now)).TryBeginAsync("slack", "event:Ev01", default);
        var subscription = new DigestSubscription(Guid.NewGuid(), Ws, Audience.Sales, address, new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/Berlin"),
            TestData.Now, "U1", TestData.Now, "U1");
        await new SqlDigestSubscriptionStore(db).SaveAsync(subscription, default);
        await new SqlDigestDeliveryStore(db).TryInsertAsync(new DigestDelivery(Ws, subscription.Id, "2026-11-23", TestData.Now, TestData.Today, DeliveryState.Sent, 1, TestData.Now,
            TestData.Now, "host:1", MessageId: "1700000000.000100"), default);
        await new SqlDigestHolidayStore(db).SaveAsync(new DigestHoliday(Ws, new DateOnly(2026, 12, 25), "Christmas", "U1", now), default);
        var reminders = new SqlReminderStore(db);
        await reminders.TryClaimAsync(new Application.Reminders.ReminderDelivery(Ws, parent.Id, "U1", "2026-11-23", Domain.Reminders.ReminderKind.Ask,
            Application.Reminders.ReminderDeliveryState.Sending, now, now, Guid.NewGuid(), now, "host:1"), default);
        await reminders.SavePreferencesAsync(Ws, new Domain.Reminders.ReminderPreferences("U1") { Day = DayOfWeek.Friday, Time = new TimeOnly(16, 0), Muted = new HashSet<Domain.Goals.GoalId> { parent.Id } }, now, default);
        await reminders.SaveAnswerAsync(Ws, new Domain.Reminders.PeriodAnswer(parent.Id, "2026-11-23", Domain.Reminders.PeriodAnswerKind.Skipped, null, "offsite", "U1"), now, default);
        await new SqlSharedItemStore(db).PutAsync("slack-form:Card", "k1", "{\"Title\":\"Goal\"}", now.AddHours(24), default);
        await new SqlActionReferenceStore(db).SaveAsync(new Application.References.ActionReference("tok-1", Ws, "sla.sign", Guid.NewGuid().ToString("D"), 1, "Sales", now, now.AddDays(30)), default);
        await new SqlWorkspaceDeletionStore(db).ScheduleAsync(new Application.Privacy.PendingDeletion(Ws, now, now.AddDays(30), "slack app_uninstalled"), default);
        await using (var inbox = new SqlTurnInbox(db, shared: false, new FakeTimeProvider(now), NullLogger<SqlTurnInbox>.Instance))
        {
            // Unfinished work carries over: the target's first start resumes it.
            await inbox.AddAsync(new InboxEntry(new TurnWorkKey("slack", Ws.Value, "C0SALES", "event:Ev02"), "slack.event", "{\"text\":\"R&D <urgent>\"}", now), now.AddSeconds(30), default);
        }
        await SeedCrmSyncAsync(db, now);

        return new Seeded(subscription);
    }

    // The CRM sync's tables and the Data Protection key ring: without the keys the copied credentials could not be read.
    private static async Task SeedCrmSyncAsync(IDbConnectionFactory db, DateTimeOffset now)
    {
        var connections = new Storage.Crm.SqlCrmConnectionStore(db);
        await connections.SaveAsync(new Application.Sync.StoredCrmConnection(Ws, Application.Sync.CrmSource.HubSpot,
            new Application.Sync.CrmConnectionSettings(Application.Sync.CrmAuthFlow.AccessToken), "CfDJ8protected", now, "Dana"), default);
        await connections.SetMappingAsync(Ws, Application.Sync.CrmSource.HubSpot, Application.Sync.CrmField.LifecycleStage, "lead", Application.Sync.CrmFunnelStage.Mql, "Dana", now, default);
        var sync = new Storage.Crm.SqlCrmSyncStore(db);
        var run = new Application.Sync.CrmSyncRun(Guid.NewGuid(), Ws, Application.Sync.CrmSource.HubSpot, Application.Sync.CrmSyncTrigger.Schedule, Application.Sync.CrmRunState.Running, now, null, 0, 0, null, "schedule");
        await sync.StartRunAsync(run, default);
        await sync.TryAcquireLeaseAsync(Ws, "host:1", now, now.AddMinutes(10), default);
        var record = new Application.Sync.CrmRecord("101", now.AddDays(-3), now, "marketingqualifiedlead", "OPEN", Amount: 12.5m);
        await sync.ApplyPageAsync(new Application.Sync.CrmPageWrite(Ws, Application.Sync.CrmSource.HubSpot, Application.Sync.CrmObjectKind.Lead, [(record, null)],
            new Application.Sync.CrmCursor(now, "101"), run.Id, "host:1", now.AddMinutes(10), now), default);
        new Storage.Secrets.SqlXmlRepository(db, new FakeTimeProvider(now)).StoreElement(new System.Xml.Linq.XElement("key", new System.Xml.Linq.XAttribute("id", "k1")), "key-k1");
    }
}
