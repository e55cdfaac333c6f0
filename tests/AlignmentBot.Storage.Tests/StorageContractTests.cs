using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>
/// The behaviour every storage engine must have. Written once; each engine runs it through a subclass
/// that supplies a freshly migrated, empty database.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private static readonly WorkspaceId A = new("T-AAA");
    private static readonly WorkspaceId B = new("T-BBB");

    private IDbConnectionFactory _db = null!;

    protected abstract Task<IDbConnectionFactory> CreateEmptyMigratedDatabaseAsync();

    protected abstract Task DisposeDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateEmptyMigratedDatabaseAsync();
        var workspaces = new SqlWorkspaceStore(_db);
        await workspaces.SaveAsync(TestData.Workspace(A.Value, "Acme"), default);
        await workspaces.SaveAsync(TestData.Workspace(B.Value, "Beta"), default);
    }

    public Task DisposeAsync() => DisposeDatabaseAsync();

    [Fact]
    public async Task Workspace_SaveTwice_UpdatesInPlace()
    {
        var store = new SqlWorkspaceStore(_db);
        await store.SaveAsync(new Workspace(A, Platform.Teams, "Acme Corp", "Europe/Berlin", "EUR", Industry.Manufacturing, Region.Emea, DayOfWeek.Sunday), default);

        var saved = await store.GetAsync(A, default);

        Assert.Equal(new Workspace(A, Platform.Teams, "Acme Corp", "Europe/Berlin", "EUR", Industry.Manufacturing, Region.Emea, DayOfWeek.Sunday), saved);
        Assert.Equal(2, (await store.ListAsync(default)).Count);
    }

    [Fact]
    public async Task Person_ChangeRole_KeepsOneRecord()
    {
        var store = new SqlWorkspaceStore(_db);
        await store.SavePersonAsync(new Person(A, "U1", "Dana", Role.Marketing), default);
        await store.SavePersonAsync(new Person(A, "U1", "Dana", Role.Leadership, "America/New_York"), default);

        Assert.Equal(new Person(A, "U1", "Dana", Role.Leadership, "America/New_York"), await store.GetPersonAsync(A, "U1", default));
        Assert.Single(await store.ListPeopleAsync(A, default));
    }

    [Fact]
    public async Task Goals_SaveCompanyGoalWithChildren_RoundTripsEveryField()
    {
        var store = new SqlGoalStore(_db);
        var parent = TestData.Goal(A, MetricKey.Revenue, 1_100_000.55m, PeriodKind.Year, 1_000_000m, asked: "grow revenue 10% next year") with { Audience = Audience.Leadership };
        var child = TestData.Goal(A, MetricKey.Mql, 100, PeriodKind.Quarter, null, parent: parent.Id);
        var level = TestData.Goal(A, MetricKey.CostPerLead, 90, per: null, baseline: 120, direction: Direction.Decrease) with { Cadence = Cadence.Monthly, OwnerId = null };

        await store.SaveAsync(A, [parent, child, level], default);

        Assert.Equal(parent, await store.GetAsync(A, parent.Id, default));
        Assert.Equal(child, await store.GetAsync(A, child.Id, default));
        Assert.Equal(level, await store.GetAsync(A, level.Id, default));
    }

    [Fact]
    public async Task Goals_SecondGoalFailsMidBatch_NothingIsSaved()
    {
        var store = new SqlGoalStore(_db);
        var good = TestData.Goal(A);
        var broken = TestData.Goal(A) with { AskedAs = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(A, [good, broken], default));

        Assert.Empty(await store.ListAsync(A, default));
    }

    [Fact]
    public async Task Goals_UpdateStatus_ReplacesRow()
    {
        var store = new SqlGoalStore(_db);
        var goal = TestData.Goal(A);
        await store.SaveAsync(A, [goal], default);
        await store.SaveAsync(A, [goal with { Status = GoalStatus.Archived, Target = 120 }], default);

        var all = await store.ListAsync(A, default);

        Assert.Equal(GoalStatus.Archived, Assert.Single(all).Status);
        Assert.Equal(120, all[0].Target);
    }

    [Fact]
    public async Task Measurements_SameMetricPeriodAndSlice_ReplacesInsteadOfDoubleCounting()
    {
        var store = new SqlMeasurementStore(_db);
        var week = new DateOnly(2026, 11, 2);
        await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 42, week)], default);
        await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 45, week)], default);
        await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 10, week, breakdown: new Breakdown("Webinar"))], default);

        var rows = await store.ListAsync(A, new DateRange(week, week.AddDays(6)), null, default);

        Assert.Equal(2, rows.Count);
        Assert.Equal(45, rows.Single(r => r.Breakdown.IsEmpty).Value);
        Assert.Equal("Webinar", rows.Single(r => !r.Breakdown.IsEmpty).Breakdown.Campaign);
    }

    [Fact]
    public async Task Measurements_ListWindow_ReturnsOnlyOverlappingPeriodsAndMetrics()
    {
        var store = new SqlMeasurementStore(_db);
        await store.AddAsync(A,
        [
            TestData.Measurement(A, MetricKey.Mql, 1, new DateOnly(2026, 10, 26)),
            TestData.Measurement(A, MetricKey.Mql, 2, new DateOnly(2026, 11, 2)),
            TestData.Measurement(A, MetricKey.Sql, 3, new DateOnly(2026, 11, 2)),
            TestData.Measurement(A, MetricKey.Mql, 4, new DateOnly(2026, 11, 9)),
            TestData.Measurement(A, MetricKey.Revenue, 1234567.89m, new DateOnly(2026, 11, 1), days: 30),
        ], default);

        var window = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 8));
        var mqls = await store.ListAsync(A, window, [MetricKey.Mql], default);
        var all = await store.ListAsync(A, window, null, default);

        Assert.Equal([1m, 2m], mqls.Select(m => m.Value).Order());
        Assert.Equal(4, all.Count);
        Assert.Equal(1234567.89m, all.Single(m => m.Metric == MetricKey.Revenue).Value);
    }

    [Fact]
    public async Task Leads_ReimportSameExternalId_UpdatesDecisionInPlace()
    {
        var store = new SqlLeadStore(_db);
        var lead = TestData.Lead(A, "HS-1");
        await store.UpsertAsync(A, [lead], default);
        var rejected = lead.Reject(RejectionReason.NoBudget, "no money until Q3", "Sam", TestData.Now) with { Id = Guid.NewGuid() };
        await store.UpsertAsync(A, [rejected], default);

        var saved = await store.FindAsync(A, "HS-1", default);

        Assert.NotNull(saved);
        Assert.Equal(lead.Id, saved.Id);
        Assert.Equal(LeadDecision.Rejected, saved.Decision);
        Assert.Equal(RejectionReason.NoBudget, saved.RejectionReason);
        Assert.Equal("no money until Q3", saved.ReasonNote);
        Assert.Single(await store.ListAsync(A, TestData.Now.AddDays(-30), default));
    }

    [Fact]
    public async Task Leads_ListSince_FiltersByCreatedTime()
    {
        var store = new SqlLeadStore(_db);
        await store.UpsertAsync(A, [TestData.Lead(A, "old") with { CreatedAt = TestData.Now.AddDays(-40) }, TestData.Lead(A, "new")], default);

        var recent = await store.ListAsync(A, TestData.Now.AddDays(-30), default);

        Assert.Equal("new", Assert.Single(recent).ExternalId);
    }

    [Fact]
    public async Task Sla_NewProposal_SupersedesTheActiveOne()
    {
        var store = new SqlSlaStore(_db);
        var first = new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 24, "demo request", "Marco", TestData.Now.AddDays(-10),
            new SlaConfirmation("U-M", "Marco", TestData.Now.AddDays(-10)), new SlaConfirmation("U-S", "Sam", TestData.Now.AddDays(-9)));
        await store.SaveAsync(first, default);
        Assert.Equal(first, await store.GetCurrentAsync(A, default));

        var second = new LeadSla(Guid.NewGuid(), A, 200, PeriodKind.Month, 12, null, "Dana", TestData.Now);
        await store.SaveAsync(second, default);

        var current = await store.GetCurrentAsync(A, default);
        Assert.Equal(second, current);
        Assert.Equal(SlaStatus.Proposed, current!.Status);
    }

    [Fact]
    public async Task AccountLists_SaveSameKindAndName_ReplacesTheSnapshot()
    {
        var store = new SqlAccountListStore(_db);
        await store.SaveAsync(new AccountList(Guid.NewGuid(), A, AccountListKind.SalesTarget, "FY27", ["Acme", "Globex", "Initech"], TestData.Now), default);
        await store.SaveAsync(new AccountList(Guid.NewGuid(), A, AccountListKind.SalesTarget, "FY27", ["Hooli"], TestData.Now), default);
        await store.SaveAsync(new AccountList(Guid.NewGuid(), A, AccountListKind.MarketingReached, "LinkedIn", ["Acme"], TestData.Now), default);

        var lists = await store.ListAsync(A, default);

        Assert.Equal(2, lists.Count);
        Assert.Equal(["Hooli"], lists.Single(l => l.Kind == AccountListKind.SalesTarget).Accounts);
    }

    [Fact]
    public async Task Import_RowFailsMidBatch_LeavesNothingOfTheFile()
    {
        var store = new SqlImportStore(_db);
        var batch = new ImportBatch(A,
            [TestData.Measurement(A, MetricKey.Mql, 42, new DateOnly(2026, 11, 2))],
            [TestData.Lead(A, "HS-1"), TestData.Lead(A, "HS-2") with { Company = "x", Contact = null, Decision = LeadDecision.Pending, ExternalId = null! }],
            []);

        await Assert.ThrowsAnyAsync<Exception>(() => store.ApplyAsync(batch, default));

        Assert.Empty(await new SqlMeasurementStore(_db).ListAsync(A, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), null, default));
        Assert.Null(await new SqlLeadStore(_db).FindAsync(A, "HS-1", default));
    }

    [Fact]
    public async Task EveryStore_TwoWorkspacesWithTheSameKeys_NeverSeeEachOther()
    {
        var goals = new SqlGoalStore(_db);
        var measurements = new SqlMeasurementStore(_db);
        var requests = new SqlRequestStore(_db);
        var leads = new SqlLeadStore(_db);
        var slas = new SqlSlaStore(_db);
        var lists = new SqlAccountListStore(_db);
        var people = new SqlWorkspaceStore(_db);

        var goalA = TestData.Goal(A);
        await goals.SaveAsync(A, [goalA], default);
        await goals.SaveAsync(B, [TestData.Goal(B), TestData.Goal(B)], default);
        var week = new DateOnly(2026, 11, 2);
        await measurements.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 1, week)], default);
        await measurements.AddAsync(B, [TestData.Measurement(B, MetricKey.Mql, 99, week)], default);
        var requestA = TestData.Request(A);
        await requests.SaveAsync(requestA, default);
        await requests.SaveAsync(TestData.Request(B, "B's request"), default);
        await leads.UpsertAsync(A, [TestData.Lead(A, "SAME-ID")], default);
        await leads.UpsertAsync(B, [TestData.Lead(B, "SAME-ID", LeadDecision.Rejected, RejectionReason.Duplicate)], default);
        await slas.SaveAsync(new LeadSla(Guid.NewGuid(), B, 10, PeriodKind.Week, 4, null, "B", TestData.Now), default);
        await lists.SaveAsync(new AccountList(Guid.NewGuid(), B, AccountListKind.SalesTarget, "same name", ["Secret Co"], TestData.Now), default);
        await people.SavePersonAsync(new Person(B, "U1", "B person", Role.Sales), default);

        Assert.Equal([goalA.Id], (await goals.ListAsync(A, default)).Select(g => g.Id));
        Assert.Null(await goals.GetAsync(B, goalA.Id, default));
        Assert.Equal([1m], (await measurements.ListAsync(A, new DateRange(week, week.AddDays(6)), null, default)).Select(m => m.Value));
        Assert.Equal([requestA.Id], (await requests.ListAsync(A, default)).Select(r => r.Id));
        Assert.Null(await requests.GetAsync(B, requestA.Id, default));
        Assert.Equal(LeadDecision.Pending, (await leads.FindAsync(A, "SAME-ID", default))!.Decision);
        Assert.Single(await leads.ListAsync(A, DateTimeOffset.MinValue, default));
        Assert.Null(await slas.GetCurrentAsync(A, default));
        Assert.Empty(await lists.ListAsync(A, default));
        Assert.Null(await people.GetPersonAsync(A, "U1", default));
        Assert.Empty(await people.ListPeopleAsync(A, default));
    }
}
