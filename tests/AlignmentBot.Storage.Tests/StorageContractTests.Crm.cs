using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Crm;
using AlignmentBot.Storage.Secrets;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Storage.Tests;

/// <summary>The CRM sync's storage: connections, the lease, page writes, derived numbers, mapping, runs and the key ring.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task CrmConnection_SaveTwice_ReplacesTheEarlierOneForTheSameCrm()
    {
        var store = new SqlCrmConnectionStore(_db);
        await store.SaveAsync(new StoredCrmConnection(A, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken), "protected-1", TestData.Now, "Dana"), default);
        var salesforce = new StoredCrmConnection(A, CrmSource.Salesforce,
            new CrmConnectionSettings(CrmAuthFlow.JwtBearer, "https://login.salesforce.com", "3MVG9key", "bot@acme.example", "Reason__c", "Campaign__c"), "protected-2", TestData.Now, "Dana");
        await store.SaveAsync(salesforce, default);
        var replaced = new StoredCrmConnection(A, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken, "https://proxy.acme.example/"), "protected-3", TestData.Now.AddDays(1), "Sam");

        await store.SaveAsync(replaced, default);

        Assert.Equal([replaced, salesforce], await store.ListAsync(A, default));
        Assert.Empty(await store.ListAsync(B, default));
        Assert.Equal(2, (await store.ListAsync(null, default)).Count);
        Assert.True(await store.DeleteAsync(A, CrmSource.HubSpot, default));
        Assert.Null(await store.GetAsync(A, CrmSource.HubSpot, default));
    }

    [Fact]
    public async Task Audit_CrmConnectedReconnectedRemappedAndDisconnected_RecordsEachByItsAuthorAndNeverTheSecret()
    {
        var store = new SqlCrmConnectionStore(_db, Trail);
        var settings = new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, "https://bot:hunter2@acme.my.salesforce.com/path?token=pat-in-query", "3MVG9key", ReasonField: "Reason__c");
        using (As("U-DANA", "Dana"))
        {
            await store.SaveAsync(new StoredCrmConnection(A, CrmSource.Salesforce, settings, "CfDJ8-protected-secret-1", TestData.Now, "Dana"), default);
            _auditClock.Advance(TimeSpan.FromMinutes(1));
            await store.SaveAsync(new StoredCrmConnection(A, CrmSource.Salesforce, settings, "CfDJ8-protected-secret-2", TestData.Now.AddMinutes(1), "Dana"), default);
            _auditClock.Advance(TimeSpan.FromMinutes(1));
            await store.SetMappingAsync(A, CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", CrmFunnelStage.Sql, "Dana", TestData.Now, default);
            _auditClock.Advance(TimeSpan.FromMinutes(1));
            await store.SetMappingAsync(A, CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", null, "Dana", TestData.Now, default);
            _auditClock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(await store.DeleteAsync(A, CrmSource.Salesforce, default));
            Assert.False(await store.DeleteAsync(A, CrmSource.Salesforce, default));
        }

        var entries = (await EntriesAsync(A, "crm")).Reverse().ToArray();

        Assert.Equal([AuditKinds.CrmConnected, AuditKinds.CrmConnected, AuditKinds.CrmMappingChanged, AuditKinds.CrmMappingChanged, AuditKinds.CrmDisconnected], entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.Equal(("U-DANA", "#marketing"), (e.Actor.PersonId, e.Actor.Place)));
        Assert.Null(entries[0].Before);
        Assert.Equal("https://acme.my.salesforce.com/path", entries[0].After!["address"]);
        Assert.Equal("3MVG9key", entries[0].After!["client id"]);
        Assert.NotNull(entries[1].Before);
        Assert.Equal(("SAL (sales accepted)", "SQL", "changed"), (entries[2].Before!["counts as"], entries[2].After!["counts as"], entries[2].After!["mapping"]));
        Assert.Equal(("SQL", "SAL (sales accepted)", "default"), (entries[3].Before!["counts as"], entries[3].After!["counts as"], entries[3].After!["mapping"]));
        Assert.Equal("Dana in #marketing changed what Salesforce lead status 'Working - Contacted' counts as: SQL → SAL (sales accepted) (back to the default)", ChangesReport.Line(entries[3]));
        Assert.Null(entries[4].After);
        var exported = new StringWriter();
        await AuditCsv.WriteAsync(exported, entries, default);
        foreach (var secret in new[] { "CfDJ8", "protected-secret", "hunter2", "pat-in-query" })
        {
            Assert.DoesNotContain(secret, exported.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CrmLease_ManyCallersAtOnce_ExactlyOneWinsUntilItExpiresOrIsReleased()
    {
        var store = new SqlCrmSyncStore(_db);
        var now = TestData.Now;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => store.TryAcquireLeaseAsync(A, $"holder-{i}", now, now.AddMinutes(10), default))));

        var winner = Assert.Single(attempts, a => a.Acquired).Current.Holder;
        Assert.All(attempts, a => Assert.Equal(winner, a.Current.Holder));
        Assert.True((await store.TryAcquireLeaseAsync(B, "other-workspace", now, now.AddMinutes(10), default)).Acquired);
        await store.ReleaseLeaseAsync(A, "not-the-holder", default);
        Assert.False((await store.TryAcquireLeaseAsync(A, "late", now.AddMinutes(9), now.AddMinutes(19), default)).Acquired);
        Assert.True((await store.TryAcquireLeaseAsync(A, "after-expiry", now.AddMinutes(11), now.AddMinutes(21), default)).Acquired);
        await store.ReleaseLeaseAsync(A, "after-expiry", default);
        Assert.Null(await store.GetLeaseAsync(A, default));
    }

    [Fact]
    public async Task CrmApplyPage_StoresRecordsLeadsCursorAndCountsTogether_AndTheSamePageAgainChangesNothing()
    {
        var store = new SqlCrmSyncStore(_db);
        var run = await StartCrmRunAsync(store, "holder");
        var write = Page(run.Id, "holder", new CrmCursor(TestData.Now, "2"), Record("1"), Record("2"));

        Assert.Equal(2, await store.ApplyPageAsync(write, default));
        var lead = await new SqlLeadStore(_db).FindAsync(A, "1", default);
        var again = await store.ApplyPageAsync(write with { Items = [(Record("1"), CrmLead("1") with { Id = Guid.NewGuid() }), (Record("2"), CrmLead("2"))] }, default);

        Assert.Equal(0, again);
        Assert.Equal(lead, await new SqlLeadStore(_db).FindAsync(A, "1", default));
        Assert.Equal(new CrmCursor(TestData.Now, "2"), await store.GetCursorAsync(A, CrmSource.HubSpot, CrmObjectKind.Lead, default));
        var stored = (await store.ListRunsAsync(A, 1, default))[0];
        Assert.Equal((4, 2), (stored.Fetched, stored.Changed));
        Assert.True((await store.GetDerivedStateAsync(A, default)).Dirty);
        var changed = await store.ApplyPageAsync(Page(run.Id, "holder", new CrmCursor(TestData.Now, "2"), Record("1") with { Stage = "customer" }), default);
        Assert.Equal(1, changed);
        var records = new List<CrmStoredRecord>();
        await foreach (var r in store.ReadRecordsAsync(A, default))
        {
            records.Add(r);
        }

        Assert.Equal("customer", records.Single(r => r.Record.ExternalId == "1").Record.Stage);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), records.Single(r => r.Record.ExternalId == "2").Record.EnteredAt("marketingqualifiedlead"));
    }

    [Fact]
    public async Task CrmApplyPage_LeaseTakenByAnotherRun_StoresNothing()
    {
        var store = new SqlCrmSyncStore(_db);
        var run = await StartCrmRunAsync(store, "first");
        await store.ReleaseLeaseAsync(A, "first", default);
        Assert.True((await store.TryAcquireLeaseAsync(A, "second", TestData.Now, TestData.Now.AddMinutes(10), default)).Acquired);

        await Assert.ThrowsAsync<CrmLeaseLostException>(() => store.ApplyPageAsync(Page(run.Id, "first", new CrmCursor(TestData.Now, "1"), Record("1")), default));

        Assert.Null(await store.GetCursorAsync(A, CrmSource.HubSpot, CrmObjectKind.Lead, default));
        Assert.Null(await new SqlLeadStore(_db).FindAsync(A, "1", default));
        await foreach (var unexpected in store.ReadRecordsAsync(A, default))
        {
            Assert.Fail($"stored {unexpected}");
        }
    }

    [Fact]
    public async Task CrmSettle_ReplacesOnlySyncedMeasurements_AndMarksTheNumbersCurrent()
    {
        var store = new SqlCrmSyncStore(_db);
        var day = TestData.Today;
        var checkIn = TestData.Measurement(A, MetricKey.Spend, 900, day, days: 1);
        var oldSync = Synced(MetricKey.Mql, 4, day.AddDays(-1));
        await new SqlMeasurementStore(_db).AddAsync(A, [checkIn, oldSync], default);
        var run = await StartCrmRunAsync(store, "holder");
        await store.ApplyPageAsync(Page(run.Id, "holder", CrmCursor.Start, Record("1")), default);

        await store.SettleAsync(A, [Synced(MetricKey.Mql, 7, day)], [oldSync.Id, checkIn.Id], mappingVersion: 0, default);

        var synced = Assert.Single(await store.ListSyncedMeasurementsAsync(A, default));
        Assert.Equal((MetricKey.Mql, 7m, DateRange.Day(day)), (synced.Metric, synced.Value, synced.Period));
        Assert.Contains(await new SqlMeasurementStore(_db).ListAsync(A, new DateRange(day.AddDays(-7), day), null, default), m => m.Id == checkIn.Id);
        Assert.Equal(CrmDerivedState.Empty, await store.GetDerivedStateAsync(A, default));
    }

    [Fact]
    public async Task CrmMapping_SetAndBackToDefault_KeepsTheValueAsTypedAndCountsVersions()
    {
        var store = new SqlCrmConnectionStore(_db);

        Assert.Equal(1, await store.SetMappingAsync(A, CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", CrmFunnelStage.Sql, "Dana", TestData.Now, default));
        Assert.Equal(2, await store.SetMappingAsync(A, CrmSource.Salesforce, CrmField.LeadStatus, "working – contacted", CrmFunnelStage.Sal, "Dana", TestData.Now, default));
        var mapping = await store.GetMappingAsync(A, default);

        Assert.Equal(2, mapping.Version);
        Assert.Equal(CrmFunnelStage.Sal, mapping.Resolve(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted"));
        Assert.Single(mapping.Overrides);
        Assert.Equal(CrmStageMapping.Defaults.Resolve(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted"), (await store.GetMappingAsync(B, default)).Resolve(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted"));
        Assert.Equal(3, await store.SetMappingAsync(A, CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", null, "Dana", TestData.Now, default));
        Assert.Empty((await store.GetMappingAsync(A, default)).Overrides);
    }

    [Fact]
    public async Task CrmRuns_TakingOverInterruptsTheOnesStillRunning_NewestFirst()
    {
        var store = new SqlCrmSyncStore(_db);
        var dead = new CrmSyncRun(Guid.NewGuid(), A, CrmSource.HubSpot, CrmSyncTrigger.Schedule, CrmRunState.Running, TestData.Now, null, 10, 3, null, "schedule");
        var next = dead with { Id = Guid.NewGuid(), StartedAt = TestData.Now.AddHours(1), Fetched = 0, Changed = 0 };
        await store.StartRunAsync(dead, default);
        await store.StartRunAsync(next, default);

        Assert.Equal(1, await store.InterruptRunningAsync(A, next.Id, TestData.Now.AddHours(1), default));
        await store.FinishRunAsync(A, next.Id, CrmRunState.Succeeded, "api-usage", TestData.Now.AddHours(2), default);

        var runs = await store.ListRunsAsync(A, 10, default);
        Assert.Equal([next.Id, dead.Id], runs.Select(r => r.Id));
        Assert.Equal((CrmRunState.Succeeded, "api-usage"), (runs[0].State, runs[0].Detail));
        Assert.Equal(CrmRunState.Interrupted, runs[1].State);
        Assert.Empty(await store.ListRunsAsync(B, 10, default));
    }

    [Fact]
    public async Task SecretProtector_KeysInTheDatabase_AnotherInstanceUnprotectsWhatOneProtected()
    {
        ServiceProvider Instance()
        {
            var services = new ServiceCollection();
            services.AddSingleton(_db);
            services.AddSingleton(TimeProvider.System);
            services.AddSecretProtection(keysDirectory: null);
            return services.BuildServiceProvider();
        }

        string protectedText;
        await using (var first = Instance())
        {
            protectedText = first.GetRequiredService<ISecretProtector>().Protect("pat-na1-secret-token");
        }

        await using var second = Instance();

        Assert.DoesNotContain("pat-na1", protectedText, StringComparison.Ordinal);
        Assert.Equal("pat-na1-secret-token", second.GetRequiredService<ISecretProtector>().Unprotect(protectedText));
        Assert.NotEmpty(new SqlXmlRepository(_db, TimeProvider.System).GetAllElements());
    }

    [Fact]
    public async Task SecretProtection_KeyRingIsReadOnFirstUse_NotByAHostedServiceAtStartUp()
    {
        // Data Protection's own hosted service would load the key ring (and the XML stack) in every host at start-up;
        // only a CRM token needs it (load harness: about 5 MB of peak resident set).
        var services = new ServiceCollection();
        services.AddSingleton(_db);
        services.AddSingleton(TimeProvider.System);
        services.AddSecretProtection(keysDirectory: null);

        Assert.DoesNotContain(services, d => d.ServiceType.FullName == "Microsoft.Extensions.Hosting.IHostedService");
        Assert.Empty(new SqlXmlRepository(_db, TimeProvider.System).GetAllElements());

        await using var provider = services.BuildServiceProvider();
        var protector = provider.GetRequiredService<ISecretProtector>();
        Assert.Equal("token", protector.Unprotect(protector.Protect("token")));
        Assert.NotEmpty(new SqlXmlRepository(_db, TimeProvider.System).GetAllElements());
    }

    [Fact]
    public async Task Forget_PersonWhoConnectedACrm_TheConnectionMappingAndRunsNameThePseudonymAndTheRecordsStay()
    {
        await SeedCrmAsync(A, "U-MARCO", "Marco");
        await SeedCrmAsync(B, "U-MARCO", "Marco");

        var report = await new SqlPersonalDataStore(_db, Trail).ForgetAsync(A, "U-MARCO", "Marco", Former, default);

        var connections = new SqlCrmConnectionStore(_db);
        Assert.Equal("Former member 3f2a", (await connections.GetAsync(A, CrmSource.HubSpot, default))!.ConnectedBy);
        Assert.Equal(["Former member 3f2a"], await ChangedByAsync(A));
        Assert.Equal(["Marco"], await ChangedByAsync(B));
        var sync = new SqlCrmSyncStore(_db);
        Assert.Equal("Former member 3f2a", Assert.Single(await sync.ListRunsAsync(A, 10, default)).StartedBy);
        Assert.NotNull(await sync.GetCursorAsync(A, CrmSource.HubSpot, CrmObjectKind.Lead, default));
        Assert.Equal(1, await RowsAsync("crm_records", "workspace_id", A));
        Assert.Equal("Marco", (await connections.GetAsync(B, CrmSource.HubSpot, default))!.ConnectedBy);
        Assert.Equal("Marco", Assert.Single(await sync.ListRunsAsync(B, 10, default)).StartedBy);
        Assert.False(report.PersonRemoved);
    }

    private async Task<IReadOnlyList<string>> ChangedByAsync(WorkspaceId ws)
    {
        await using var connection = await _db.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT changed_by FROM crm_stage_mappings WHERE workspace_id = @ws";
        var p = command.CreateParameter();
        p.ParameterName = "@ws";
        p.Value = ws.Value;
        command.Parameters.Add(p);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A row in every CRM table of the workspace, named by <paramref name="name"/> where a table names someone.</summary>
    private async Task SeedCrmAsync(WorkspaceId ws, string userId, string name)
    {
        var connections = new SqlCrmConnectionStore(_db);
        await connections.SaveAsync(new StoredCrmConnection(ws, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken), "protected-" + ws.Value, TestData.Now, name), default);
        await connections.SetMappingAsync(ws, CrmSource.HubSpot, CrmField.LifecycleStage, "lead", CrmFunnelStage.Mql, name, TestData.Now, default);
        var sync = new SqlCrmSyncStore(_db);
        var run = new CrmSyncRun(Guid.NewGuid(), ws, CrmSource.HubSpot, CrmSyncTrigger.Chat, CrmRunState.Running, TestData.Now, null, 0, 0, null, name);
        Assert.True((await sync.TryAcquireLeaseAsync(ws, userId, TestData.Now, TestData.Now.AddMinutes(10), default)).Acquired);
        await sync.StartRunAsync(run, default);
        await sync.ApplyPageAsync(new CrmPageWrite(ws, CrmSource.HubSpot, CrmObjectKind.Lead, [(Record("1"), null)], new CrmCursor(TestData.Now, "1"), run.Id, userId,
            TestData.Now.AddMinutes(10), TestData.Now), default);
    }

    private static Measurement Synced(MetricKey metric, decimal value, DateOnly day)
        => new(Guid.NewGuid(), A, metric, value, DateRange.Day(day), MeasurementSource.Sync, Breakdown.None, TestData.Now, CrmMetrics.RecordedBy);

    private static CrmRecord Record(string id) => new(id, TestData.Now.AddDays(-30), TestData.Now.AddDays(-1), "marketingqualifiedlead", "OPEN",
        new Dictionary<string, DateTimeOffset> { ["marketingqualifiedlead"] = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), ["lead"] = TestData.Now.AddDays(-30) },
        Campaign: "Webinar", Channel: "PAID_SEARCH", Company: "Globex", Contact: $"p{id}@globex.example");

    private static Lead CrmLead(string id) => CrmFunnel.ToLead(A, CrmSource.HubSpot, Record(id), CrmFunnel.Evaluate(CrmSource.HubSpot, Record(id), CrmStageMapping.Defaults));

    private static CrmPageWrite Page(Guid run, string holder, CrmCursor next, params CrmRecord[] records)
        => new(A, CrmSource.HubSpot, CrmObjectKind.Lead, records.Select(r => (r, (Lead?)CrmFunnel.ToLead(A, CrmSource.HubSpot, r, CrmFunnel.Evaluate(CrmSource.HubSpot, r, CrmStageMapping.Defaults)))).ToArray(),
            next, run, holder, TestData.Now.AddMinutes(10), TestData.Now);

    private async Task<CrmSyncRun> StartCrmRunAsync(SqlCrmSyncStore store, string holder)
    {
        Assert.True((await store.TryAcquireLeaseAsync(A, holder, TestData.Now, TestData.Now.AddMinutes(10), default)).Acquired);
        var run = new CrmSyncRun(Guid.NewGuid(), A, CrmSource.HubSpot, CrmSyncTrigger.CommandLine, CrmRunState.Running, TestData.Now, null, 0, 0, null, "test");
        await store.StartRunAsync(run, default);
        return run;
    }
}
