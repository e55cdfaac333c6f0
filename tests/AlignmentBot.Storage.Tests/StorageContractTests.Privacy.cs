using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>Forgetting a person and purging a workspace, on every engine.</summary>
public abstract partial class StorageContractTests
{
    private static readonly Pseudonym Former = new("Former member 3f2a", "former-3f2a00000000");

    [Fact]
    public async Task Forget_PersonNamedAcrossTheRecords_PersonalDataGoesAndTheNumbersStay()
    {
        var people = new SqlWorkspaceStore(_db, Trail);
        var dm = new ConversationAddress("slack", A.Value, "D0MARCO");
        using (As("U-MARCO", "Marco", dm))
        {
            await people.SavePersonAsync(new Person(A, "U-MARCO", "Marco", Role.MarketingLead, "Europe/Berlin"), default);
            await people.SavePersonAsync(new Person(A, "U-SAM", "Sam", Role.SalesLead), default);
            await people.SavePersonAsync(new Person(B, "U-MARCO", "Marco", Role.SalesLead), default);
            await new SqlGoalStore(_db, Trail).SaveAsync(A, [TestData.Goal(A, target: 150)], default);
            await new SqlRequestStore(_db, Trail).SaveAsync(TestData.Request(A) with { RequestedBy = "marco", LoggedBy = "Marco" }, default);
            await new SqlMeasurementStore(_db, Trail).AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 42, new DateOnly(2026, 11, 16))], default);
            await new SqlSlaStore(_db, Trail).SaveAsync(new LeadSla(Guid.NewGuid(), A, 200, PeriodKind.Month, 24, null, "Marco", TestData.Now,
                new SlaConfirmation("U-MARCO", "Marco", TestData.Now), new SlaConfirmation("U-SAM", "Sam", TestData.Now)), default);
            await new SqlDigestSubscriptionStore(_db, Trail).SaveAsync(Subscription(A), default);
            await new SqlDigestHolidayStore(_db, Trail).SaveAsync(new DigestHoliday(A, new DateOnly(2026, 12, 25), "Christmas", "Marco", TestData.Now), default);
        }

        using (As("U-SAM", "Sam"))
        {
            await new SqlLeadStore(_db, Trail).UpsertAsync(A, [TestData.Lead(A, "HS-1").Reject(RejectionReason.NoBudget, "asked Marco", PersonRef.Named("Marco"), TestData.Now)], default);
        }

        var directory = new SqlConversationDirectory(_db);
        await directory.RememberAsync(dm, "U-MARCO", TestData.Now, default);
        await directory.RememberAsync(Marketing, "U-MARCO", TestData.Now, default);
        var states = new SqlConversationStateStore(_db);
        await states.TrySaveAsync(A.Value, dm.Key, "{}", 0, TestData.Now, default);
        await states.TrySaveAsync(A.Value, Marketing.Key + "/U-MARCO", "{}", 0, TestData.Now, default);
        await states.TrySaveAsync(A.Value, Marketing.Key + "/U-SAM", "{}", 0, TestData.Now, default);
        await states.TrySaveAsync(B.Value, "slack/T-BBB/D0MARCO", "{}", 0, TestData.Now, default);

        var report = await new SqlPersonalDataStore(_db, Trail).ForgetAsync(A, "U-MARCO", "Marco", Former, default);

        // What goes: the person, their direct-message address, their conversation state.
        Assert.Null(await people.GetPersonAsync(A, "U-MARCO", default));
        Assert.NotNull(await people.GetPersonAsync(A, "U-SAM", default));
        Assert.NotNull(await people.GetPersonAsync(B, "U-MARCO", default));
        Assert.Equal([Marketing.Key + "/U-MARCO", dm.Key], report.StateKeys.Order(StringComparer.Ordinal));
        Assert.Null(await states.LoadAsync(A.Value, dm.Key, default));
        Assert.Null(await states.LoadAsync(A.Value, Marketing.Key + "/U-MARCO", default));
        Assert.NotNull(await states.LoadAsync(A.Value, Marketing.Key + "/U-SAM", default));
        Assert.NotNull(await states.LoadAsync(B.Value, "slack/T-BBB/D0MARCO", default));
        Assert.Equal([Marketing], await directory.ListAsync(A.Value, default));

        // What stays, under the pseudonym: every number, verdict and reason.
        var goal = Assert.Single(await new SqlGoalStore(_db).ListAsync(A, default));
        Assert.Equal((150m, "Former member 3f2a", "former-3f2a00000000", "former-3f2a00000000"), (goal.Target, goal.OwnerName, goal.OwnerId, goal.CreatedBy));
        var request = Assert.Single(await new SqlRequestStore(_db).ListAsync(A, default));
        Assert.Equal(("Former member 3f2a", "Former member 3f2a", 1200m), (request.RequestedBy, request.LoggedBy, request.Cost!.Value.Amount));
        var lead = (await new SqlLeadStore(_db).FindAsync(A, "HS-1", default))!;
        Assert.Equal((LeadDecision.Rejected, RejectionReason.NoBudget, "Former member 3f2a"), (lead.Decision, lead.RejectionReason, lead.DecidedBy));
        var sla = (await new SqlSlaStore(_db).GetActiveAsync(A, default))!;
        Assert.Equal((200, "Former member 3f2a", "former-3f2a00000000", "Former member 3f2a", "Sam"), (sla.LeadsPerPeriod, sla.ProposedBy, sla.Marketing!.UserId, sla.Marketing.Name, sla.Sales!.Name));
        var measurement = Assert.Single(await new SqlMeasurementStore(_db).ListAsync(A, new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), null, default));
        Assert.Equal((42m, "former-3f2a00000000"), (measurement.Value, measurement.RecordedBy));
        Assert.Equal("former-3f2a00000000", (await new SqlDigestSubscriptionStore(_db).ListAsync(A, default))[0].CreatedBy);
        Assert.Equal("Former member 3f2a", (await new SqlDigestHolidayStore(_db).ListAsync(A, default))[0].AddedBy);
        Assert.Equal((true, 1, 1, 1, 1, 1, 1, 2), (report.PersonRemoved, report.DirectMessageAddresses, report.Goals, report.Requests, report.LeadVerdicts, report.AgreementSignatures,
            report.Measurements, report.DigestSettings));

        // The change history still says what happened, but no longer who, where they were or what they were called.
        var trail = await EntriesAsync(A);
        Assert.Contains(trail, e => e.Kind == AuditKinds.PersonForgotten && e.Subject == "Former member 3f2a");
        Assert.Contains(trail, e => e.Kind == AuditKinds.GoalCreated && e.Actor.Name == "Former member 3f2a" && e.After!["owner"] == "Former member 3f2a");
        Assert.Contains(trail, e => e.Kind == AuditKinds.LeadDecided && e.Actor.Name == "Sam" && e.After!["note"] == "asked Former member 3f2a");
        Assert.DoesNotContain(await AuditTextAsync(A), t => t.Contains("Marco", StringComparison.OrdinalIgnoreCase) || t.Contains("U-MARCO", StringComparison.Ordinal) || t.Contains("D0MARCO", StringComparison.Ordinal));
        Assert.Contains(await AuditTextAsync(B), t => t.Contains("Marco", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forget_SomeoneWhoseNameIsPartOfAnother_LeavesTheOtherAlone()
    {
        using (As("U-DAN", "Dan"))
        {
            await new SqlWorkspaceStore(_db, Trail).SavePersonAsync(new Person(A, "U-DAN", "Dan", Role.SalesLead), default);
            await new SqlRequestStore(_db, Trail).SaveAsync(TestData.Request(A) with { RequestedBy = "Dana", LoggedBy = "Dan" }, default);
        }

        await new SqlPersonalDataStore(_db, Trail).ForgetAsync(A, "U-DAN", "Dan", Former, default);

        var request = Assert.Single(await new SqlRequestStore(_db).ListAsync(A, default));
        Assert.Equal(("Dana", "Former member 3f2a"), (request.RequestedBy, request.LoggedBy));
        Assert.Contains(await EntriesAsync(A, "request"), e => e.After!["requested by"] == "Dana" && e.After["logged by"] == "Former member 3f2a");
    }

    [Fact]
    public async Task Purge_WorkspaceWithRowsInEveryTable_DeletesAllOfItAndNothingOfAnother()
    {
        await SeedEveryWorkspaceTableAsync(A);
        await SeedEveryWorkspaceTableAsync(B);

        var purged = await new SqlWorkspaceDeletionStore(_db).PurgeAsync(A, default);

        // Read from the database's own catalog, not from the list the purge uses: a new table keyed by workspace that
        // the purge does not know fails here.
        var keyed = await WorkspaceKeyedTablesAsync();
        Assert.Equal(keyed.Append("workspaces").Order(StringComparer.Ordinal), purged.Select(t => t.Table).Order(StringComparer.Ordinal));
        foreach (var table in keyed)
        {
            Assert.True(await RowsAsync(table, "workspace_id", A) == 0, $"{table} still holds rows of the purged workspace");
            Assert.True(await RowsAsync(table, "workspace_id", B) > 0, $"{table} lost the other workspace's rows (or the test seeds none)");
            Assert.True(purged.Single(t => t.Table == table).Rows > 0, $"the purge reports no rows for {table}");
        }

        Assert.Equal(0, await RowsAsync("workspaces", "id", A));
        Assert.Equal(1, await RowsAsync("workspaces", "id", B));
        Assert.All(await new SqlWorkspaceDeletionStore(_db).CountAsync(A, default), t => Assert.Equal(0, t.Rows));
    }

    [Fact]
    public async Task Deletions_ScheduleTwiceThenCancel_KeepsTheFirstScheduleAndCancelsOnce()
    {
        var store = new SqlWorkspaceDeletionStore(_db);
        var first = new PendingDeletion(A, TestData.Now, TestData.Now.AddDays(30), "slack app_uninstalled");

        Assert.Equal(first, await store.ScheduleAsync(first, default));
        Assert.Equal(first, await store.ScheduleAsync(first with { RequestedAt = TestData.Now.AddDays(1), DeleteAfter = TestData.Now.AddDays(31), Reason = "slack tokens_revoked" }, default));
        Assert.Equal([first], await store.ListAsync(default));

        Assert.True(await store.CancelAsync(A, default));
        Assert.False(await store.CancelAsync(A, default));
        Assert.Empty(await store.ListAsync(default));
    }

    private async Task SeedEveryWorkspaceTableAsync(WorkspaceId ws)
    {
        var address = new ConversationAddress("slack", ws.Value, "C0SALES", Name: "#sales", IsGroup: true);
        await new SqlWorkspaceStore(_db, Trail).SavePersonAsync(new Person(ws, "U1", "Dana", Role.Leadership), default);
        await new SqlGoalStore(_db, Trail).SaveAsync(ws, [TestData.Goal(ws)], default);
        await new SqlMeasurementStore(_db, Trail).AddAsync(ws, [TestData.Measurement(ws, MetricKey.Mql, 42, new DateOnly(2026, 11, 2))], default);
        await new SqlRequestStore(_db, Trail).SaveAsync(TestData.Request(ws), default);
        await new SqlLeadStore(_db, Trail).UpsertAsync(ws, [TestData.Lead(ws, "HS-1")], default);
        await new SqlSlaStore(_db, Trail).SaveAsync(new LeadSla(Guid.NewGuid(), ws, 200, PeriodKind.Month, 24, null, "Dana", TestData.Now), default);
        await new SqlAccountListStore(_db, Trail).SaveAsync(new Domain.Overlap.AccountList(Guid.NewGuid(), ws, Domain.Overlap.AccountListKind.SalesTarget, "FY27", ["Acme"], TestData.Now), default);
        await new SqlConversationStateStore(_db).TrySaveAsync(ws.Value, address.Key + "/U1", "{}", 0, TestData.Now, default);
        await new SqlConversationDirectory(_db).RememberAsync(address, null, TestData.Now, default);
        var subscription = Subscription(ws);
        await new SqlDigestSubscriptionStore(_db, Trail).SaveAsync(subscription, default);
        await new SqlDigestDeliveryStore(_db).TryInsertAsync(Sending(subscription), default);
        await new SqlDigestHolidayStore(_db, Trail).SaveAsync(new DigestHoliday(ws, new DateOnly(2026, 12, 25), "Christmas", "Dana", TestData.Now), default);
        var reminders = new SqlReminderStore(_db);
        var goal = Domain.Goals.GoalId.New();
        await reminders.TryClaimAsync(new Application.Reminders.ReminderDelivery(ws, goal, "U1", "2026-11-30", Domain.Reminders.ReminderKind.Ask,
            Application.Reminders.ReminderDeliveryState.Sent, TestData.Now, TestData.Now, Guid.NewGuid(), TestData.Now, "host:1"), default);
        await reminders.SavePreferencesAsync(ws, new Domain.Reminders.ReminderPreferences("U1") { OutUntil = new DateOnly(2026, 12, 12) }, TestData.Now, default);
        await reminders.SaveAnswerAsync(ws, new Domain.Reminders.PeriodAnswer(goal, "2026-11-30", Domain.Reminders.PeriodAnswerKind.Skipped, null, "offsite", "U1"), TestData.Now, default);
        await new SqlWorkspaceDeletionStore(_db).ScheduleAsync(new PendingDeletion(ws, TestData.Now, TestData.Now.AddDays(30), "slack app_uninstalled"), default);
        await new SqlRoleRequestStore(_db).SaveAsync(new RoleRequest(Guid.NewGuid(), ws, "U1", "Dana", Role.Leadership, TestData.Now), default);
        await new SqlActionReferenceStore(_db).SaveAsync(new Application.References.ActionReference("tok-" + ws.Value, ws, "sla.sign", Guid.NewGuid().ToString("D"), 1, "Sales", TestData.Now, TestData.Now.AddDays(30)), default);

        // The CRM connection, mapping, sync state, cursor, records, runs and lease go with it too.
        await SeedCrmAsync(ws, "U1", "Dana");

        // A message still waiting in the inbox holds what someone wrote: it goes with the workspace.
        await using var inbox = new Inbox.SqlTurnInbox(_db, shared: false, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestData.Now), Microsoft.Extensions.Logging.Abstractions.NullLogger<Inbox.SqlTurnInbox>.Instance);
        await inbox.AddAsync(new AlignmentBot.Conversations.Turns.InboxEntry(new AlignmentBot.Conversations.Turns.TurnWorkKey("slack", ws.Value, "C0SALES", "event:Ev-" + ws.Value), "slack.event", "{\"text\":\"hi\"}", TestData.Now), TestData.Now.AddSeconds(30), default);
    }

    private async Task<IReadOnlyList<string>> WorkspaceKeyedTablesAsync()
    {
        var sql = _db.Dialect.Provider == "Sqlite"
            ? "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'workspace_id' ORDER BY m.name"
            : "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'workspace_id' ORDER BY table_name";
        var tables = new List<string>();
        await using var connection = await _db.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0).ToLowerInvariant());
        }

        Assert.Contains("goals", tables);
        return tables;
    }

    private async Task<long> RowsAsync(string table, string key, WorkspaceId ws)
    {
        await using var connection = await _db.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {key} = @ws";
        var p = command.CreateParameter();
        p.ParameterName = "@ws";
        p.Value = ws.Value;
        command.Parameters.Add(p);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every text column of every audit row of a workspace, as stored.</summary>
    private async Task<IReadOnlyList<string>> AuditTextAsync(WorkspaceId ws)
    {
        var texts = new List<string>();
        await using var connection = await _db.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor_id, actor_name, conversation_id, conversation_name, subject_id, subject, before_data, after_data FROM audit_log WHERE workspace_id = @ws";
        var p = command.CreateParameter();
        p.ParameterName = "@ws";
        p.Value = ws.Value;
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i))
                {
                    texts.Add(reader.GetString(i));
                }
            }
        }

        return texts;
    }
}
