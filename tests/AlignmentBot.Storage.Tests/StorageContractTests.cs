using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.State;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>
/// The behaviour every storage engine must have. Written once; each engine runs it through a subclass
/// that supplies a freshly migrated, empty database.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
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
    public async Task Workspace_Settings_RoundTripExactly()
    {
        var store = new SqlWorkspaceStore(_db);
        var settings = new Workspace(A, Platform.Slack, "Acme GmbH", "Europe/Berlin", "EUR", Industry.Technology, Region.Emea, DayOfWeek.Sunday,
            FiscalYearStartMonth: 4, WorkWeek: "Sun-Thu", AnnualRevenue: 40_000_000.50m);

        await store.SaveAsync(settings, default);
        Assert.Equal(settings, await store.GetAsync(A, default));

        await store.SaveAsync(settings with { AnnualRevenue = null }, default);
        Assert.Null((await store.GetAsync(A, default))!.AnnualRevenue);
    }

    [Fact]
    public async Task Goals_CurrencyAndCloseReason_RoundTrip()
    {
        var store = new SqlGoalStore(_db);
        var goal = TestData.Goal(A, MetricKey.CostPerLead, 70, per: null, baseline: 95, direction: Direction.Decrease) with { Currency = "GBP" };
        await store.SaveAsync(A, [goal], default);
        var dropped = goal with { Status = GoalStatus.Dropped, CloseReason = "we're changing the pricing model" };

        await store.SaveAsync(A, [dropped], default);

        Assert.Equal(dropped, await store.GetAsync(A, goal.Id, default));
    }

    [Fact]
    public async Task Person_ChangeRole_KeepsOneRecord()
    {
        var store = new SqlWorkspaceStore(_db);
        await store.SavePersonAsync(new Person(A, "U1", "Dana", Role.Marketer), default);
        await store.SavePersonAsync(new Person(A, "U1", "Dana", Role.Leadership, "America/New_York"), default);

        Assert.Equal(new Person(A, "U1", "Dana", Role.Leadership, "America/New_York"), await store.GetPersonAsync(A, "U1", default));
        Assert.Single(await store.ListPeopleAsync(A, default));
    }

    [Fact]
    public async Task Person_AdminRightsAndAddresses_RoundTrip()
    {
        var store = new SqlWorkspaceStore(_db);
        var person = new Person(A, "3f2b8c1d-aad", "Priya", Role.MarketingLead, "Asia/Kolkata")
        {
            IsAdmin = true,
            IsPlatformAdmin = true,
            AddressId = "29:priya",
            PersonalConversation = "msteams/A/a:1",
        };

        await store.SavePersonAsync(person, default);
        await store.SavePersonAsync(person with { IsAdmin = false }, default);

        Assert.Equal(person with { IsAdmin = false }, await store.GetPersonAsync(A, "3f2b8c1d-aad", default));
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
        var rejected = lead.Reject(RejectionReason.NoBudget, "no money until Q3", new PersonRef("U-SAM", "Sam"), TestData.Now) with { Id = Guid.NewGuid() };
        await store.UpsertAsync(A, [rejected], default);

        var saved = await store.FindAsync(A, "HS-1", default);

        Assert.NotNull(saved);
        Assert.Equal(lead.Id, saved.Id);
        Assert.Equal(LeadDecision.Rejected, saved.Decision);
        Assert.Equal(RejectionReason.NoBudget, saved.RejectionReason);
        Assert.Equal("no money until Q3", saved.ReasonNote);
        Assert.Equal(new PersonRef("U-SAM", "Sam"), saved.Decider);
        Assert.Single(await store.ListAsync(A, TestData.Now.AddDays(-30), default));
    }

    [Fact]
    public async Task Leads_VerdictOverAnother_KeepsWhatItReplacedSoItCanBeRestored()
    {
        var store = new SqlLeadStore(_db);
        var first = TestData.Lead(A, "HS-9", LeadDecision.Pending).Accept(new PersonRef("U-ALEX", "Alex"), TestData.Now.AddHours(-2)) with { FirstFollowUpAt = TestData.Now.AddHours(-2) };
        await store.UpsertAsync(A, [first], default);
        var second = (await store.FindAsync(A, "HS-9", default))!.Reject(RejectionReason.WrongFit, "not our ICP", new PersonRef("U-SAM", "Sam"), TestData.Now);
        await store.UpsertAsync(A, [second], default);

        var saved = (await store.FindAsync(A, "HS-9", default))!;

        Assert.Equal(first.Verdict, saved.VerdictBefore);
        Assert.Equal(first.Verdict, saved.Undoable);
        var restored = saved.Restore(saved.Undoable!);
        await store.UpsertAsync(A, [restored], default);
        var back = (await store.FindAsync(A, "HS-9", default))!;
        Assert.Equal(first.Verdict, back.Verdict);
        Assert.Null(back.VerdictBefore);
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
    public async Task Sla_NewProposal_LeavesTheActiveOneInForceUntilSignedByBothSides()
    {
        var store = new SqlSlaStore(_db);
        var first = await store.SaveAsync(Active(150), default);
        Assert.Equal((1, true), (first.Version, first.IsActive));

        var second = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 200, PeriodKind.Month, 12, null, "Dana", TestData.Now, ProposedById: "U-D"), default);

        Assert.Equal(2, second.Version);
        Assert.Equal(first, await store.GetActiveAsync(A, default));
        Assert.Equal(second, await store.GetPendingAsync(A, default));

        await store.TrySignAsync(A, second.Id, Function.Marketing, new SlaConfirmation("U-M2", "Mia", TestData.Now), default);
        Assert.Equal(first.Id, (await store.GetActiveAsync(A, default))!.Id);

        var signed = await store.TrySignAsync(A, second.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now.AddHours(1)), default);

        Assert.True(signed!.IsActive);
        Assert.Equal(second.Id, (await store.GetActiveAsync(A, default))!.Id);
        Assert.Null(await store.GetPendingAsync(A, default));
        Assert.True((await store.GetAsync(A, first.Id, default))!.Superseded);
    }

    [Fact]
    public async Task Sla_ANewerProposal_WithdrawsTheOlderOneWaiting()
    {
        var store = new SqlSlaStore(_db);
        var older = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Marco", TestData.Now), default);
        var newer = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 120, PeriodKind.Month, 24, null, "Sam", TestData.Now.AddMinutes(1)), default);

        Assert.Equal(newer.Id, (await store.GetPendingAsync(A, default))!.Id);
        Assert.True((await store.GetAsync(A, older.Id, default))!.Superseded);
        Assert.Null(await store.TrySignAsync(A, older.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default));
    }

    [Fact]
    public async Task Sla_WithdrawAProposal_LeavesTheActiveOneAndCannotBeSignedAfter()
    {
        var store = new SqlSlaStore(_db);
        var active = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Marco", TestData.Now,
            new SlaConfirmation("U-M", "Marco", TestData.Now), new SlaConfirmation("U-S", "Sam", TestData.Now)), default);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Marco", TestData.Now.AddMinutes(1), ProposedById: "U-M"), default);

        var withdrawn = await store.TryWithdrawAsync(A, proposal.Id, default);

        Assert.NotNull(withdrawn);
        Assert.True(withdrawn.Superseded);
        Assert.Null(await store.GetPendingAsync(A, default));
        Assert.Equal(active.Id, (await store.GetActiveAsync(A, default))!.Id);
        Assert.Null(await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default));
        Assert.Null(await store.TryWithdrawAsync(A, proposal.Id, default));
    }

    [Fact]
    public async Task Sla_WithdrawAnAgreementSignedByBothSides_IsRefused()
    {
        var store = new SqlSlaStore(_db);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Marco", TestData.Now, ProposedById: "U-M"), default);
        await store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default);
        await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default);

        Assert.Null(await store.TryWithdrawAsync(A, proposal.Id, default));
        Assert.Equal(proposal.Id, (await store.GetActiveAsync(A, default))!.Id);
        Assert.Null(await store.TryWithdrawAsync(B, proposal.Id, default));
    }

    [Fact]
    public async Task Sla_UnsignTheSignatureThatPutItInForce_PutsTheReplacedAgreementBack()
    {
        var store = new SqlSlaStore(_db);
        var old = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Marco", TestData.Now,
            new SlaConfirmation("U-M", "Marco", TestData.Now), new SlaConfirmation("U-S", "Sam", TestData.Now)), default);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Marco", TestData.Now.AddMinutes(1), ProposedById: "U-M"), default);
        await store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default);
        await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default);
        Assert.Equal(proposal.Id, (await store.GetActiveAsync(A, default))!.Id);

        var unsigned = await store.TryUnsignAsync(A, proposal.Id, Function.Sales, "U-S", default);

        Assert.NotNull(unsigned);
        Assert.Equal(("U-M", null), (unsigned.Marketing?.UserId, unsigned.Sales?.UserId));
        Assert.Equal(old.Id, (await store.GetActiveAsync(A, default))!.Id);
        var pending = await store.GetPendingAsync(A, default);
        Assert.Equal((proposal.Id, "U-M", (SlaConfirmation?)null), (pending!.Id, pending.Marketing!.UserId, pending.Sales));
        // Signed again, it is in force again: the undo left a normal proposal behind.
        Assert.True((await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default))!.IsActive);
        Assert.True((await store.GetAsync(A, old.Id, default))!.Superseded);
    }

    [Fact]
    public async Task Sla_UnsignTheFirstAgreementEver_LeavesNoneInForce()
    {
        var store = new SqlSlaStore(_db);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Dana", TestData.Now), default);
        await store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default);
        await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default);

        Assert.NotNull(await store.TryUnsignAsync(A, proposal.Id, Function.Marketing, "U-M", default));

        Assert.Null(await store.GetActiveAsync(A, default));
        Assert.Equal(("U-S", (SlaConfirmation?)null), ((await store.GetPendingAsync(A, default))!.Sales!.UserId, (await store.GetPendingAsync(A, default))!.Marketing));
    }

    [Fact]
    public async Task Sla_UnsignSomeoneElsesSignatureOrAnOlderVersion_IsRefused()
    {
        var store = new SqlSlaStore(_db);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Dana", TestData.Now), default);
        await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default);

        Assert.Null(await store.TryUnsignAsync(A, proposal.Id, Function.Sales, "U-M", default));
        Assert.Null(await store.TryUnsignAsync(A, proposal.Id, Function.Marketing, "U-S", default));
        Assert.Null(await store.TryUnsignAsync(B, proposal.Id, Function.Sales, "U-S", default));
        Assert.Equal("U-S", (await store.GetAsync(A, proposal.Id, default))!.Sales!.UserId);

        // Once a newer version was proposed, the older one's signature stays: taking it back would leave two waiting.
        var active = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 200, PeriodKind.Month, 24, null, "Marco", TestData.Now,
            new SlaConfirmation("U-M", "Marco", TestData.Now), new SlaConfirmation("U-S", "Sam", TestData.Now)), default);
        var newer = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 220, PeriodKind.Month, 24, null, "Marco", TestData.Now.AddMinutes(2)), default);
        Assert.Null(await store.TryUnsignAsync(A, active.Id, Function.Sales, "U-S", default));
        Assert.Equal(active.Id, (await store.GetActiveAsync(A, default))!.Id);
        Assert.Equal(newer.Id, (await store.GetPendingAsync(A, default))!.Id);
    }

    [Fact]
    public async Task Sla_SignBothSidesAsOnePerson_IsRefusedByTheStore()
    {
        var store = new SqlSlaStore(_db);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Marco", TestData.Now), default);

        Assert.NotNull(await store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-X", "Xan", TestData.Now), default));
        Assert.Null(await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-X", "Xan", TestData.Now), default));
        Assert.Null(await store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-Y", "Yael", TestData.Now), default));

        var after = await store.GetAsync(A, proposal.Id, default);
        Assert.Equal(("U-X", null), (after!.Marketing!.UserId, after.Sales));
    }

    [Fact]
    public async Task Sla_TwoSignaturesRacing_BothLandAndItBecomesActive()
    {
        var store = new SqlSlaStore(_db);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Dana", TestData.Now), default);

        await Task.WhenAll(
            store.TrySignAsync(A, proposal.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default),
            store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default));

        var active = await store.GetActiveAsync(A, default);
        Assert.Equal((proposal.Id, "U-M", "U-S"), (active!.Id, active.Marketing!.UserId, active.Sales!.UserId));
    }

    [Fact]
    public async Task RoleRequests_AskAgainAndDecide_KeepsOnePendingAndDecidesItOnce()
    {
        var store = new SqlRoleRequestStore(_db);
        var first = new RoleRequest(Guid.NewGuid(), A, "U-P", "Priya", Role.Marketer, TestData.Now);
        var second = first with { Id = Guid.NewGuid(), Role = Role.MarketingLead, RequestedAt = TestData.Now.AddMinutes(5) };
        await store.SaveAsync(first, default);
        await store.SaveAsync(second, default);
        await store.SaveAsync(new RoleRequest(Guid.NewGuid(), B, "U-P", "Priya elsewhere", Role.SalesRep, TestData.Now), default);

        Assert.Equal([second.Id], (await store.ListPendingAsync(A, default)).Select(r => r.Id));
        Assert.Equal([second.Id, first.Id], (await store.ListForPersonAsync(A, "U-P", default)).Select(r => r.Id));

        Assert.True(await store.TryDecideAsync(A, second.Id, RoleRequestStatus.Approved, new PersonRef("U-D", "Dana"), TestData.Now, default));
        Assert.False(await store.TryDecideAsync(A, second.Id, RoleRequestStatus.Declined, new PersonRef("U-X", "Xan"), TestData.Now, default));
        Assert.False(await store.TryDecideAsync(B, first.Id, RoleRequestStatus.Approved, new PersonRef("U-D", "Dana"), TestData.Now, default));

        var decided = await store.GetAsync(A, second.Id, default);
        Assert.Equal((RoleRequestStatus.Approved, "U-D"), (decided!.Status, decided.DecidedBy!.Id));
        Assert.Empty(await store.ListPendingAsync(A, default));
    }

    [Fact]
    public async Task ActionReferences_FoundOnlyInTheirWorkspaceAndUntilTheyExpire()
    {
        var store = new SqlActionReferenceStore(_db);
        var reference = new ActionReference("tok-1", A, "sla.sign", Guid.NewGuid().ToString("D"), 3, "Sales", TestData.Now, TestData.Now.AddDays(30));
        await store.SaveAsync(reference, default);

        Assert.Equal(reference, await store.FindAsync(A, "tok-1", TestData.Now, default));
        Assert.Null(await store.FindAsync(B, "tok-1", TestData.Now, default));
        Assert.Null(await store.FindAsync(A, "tok-2", TestData.Now, default));
        Assert.Null(await store.FindAsync(A, "tok-1", TestData.Now.AddDays(31), default));

        Assert.Equal(1, await store.ForgetExpiredAsync(TestData.Now.AddDays(31), default));
        Assert.Null(await store.FindAsync(A, "tok-1", TestData.Now, default));
    }

    private static LeadSla Active(int leads) => new(Guid.NewGuid(), A, leads, PeriodKind.Month, 24, "demo request", "Marco", TestData.Now.AddDays(-10),
        new SlaConfirmation("U-M", "Marco", TestData.Now.AddDays(-10)), new SlaConfirmation("U-S", "Sam", TestData.Now.AddDays(-9)), ProposedById: "U-M");

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
        await people.SavePersonAsync(new Person(B, "U1", "B person", Role.SalesRep), default);

        Assert.Equal([goalA.Id], (await goals.ListAsync(A, default)).Select(g => g.Id));
        Assert.Null(await goals.GetAsync(B, goalA.Id, default));
        Assert.Equal([1m], (await measurements.ListAsync(A, new DateRange(week, week.AddDays(6)), null, default)).Select(m => m.Value));
        Assert.Equal([requestA.Id], (await requests.ListAsync(A, default)).Select(r => r.Id));
        Assert.Null(await requests.GetAsync(B, requestA.Id, default));
        Assert.Equal(LeadDecision.Pending, (await leads.FindAsync(A, "SAME-ID", default))!.Decision);
        Assert.Single(await leads.ListAsync(A, DateTimeOffset.MinValue, default));
        Assert.Null(await slas.GetPendingAsync(A, default));
        Assert.Empty(await lists.ListAsync(A, default));
        Assert.Null(await people.GetPersonAsync(A, "U1", default));
        Assert.Empty(await people.ListPeopleAsync(A, default));
    }

    // Weekly digests ---------------------------------------------------------------------------------

    private static DigestSubscription Subscription(WorkspaceId ws, string conversation = "C0MARKETING", Audience audience = Audience.Marketing, DigestSchedule? schedule = null)
        => new(Guid.NewGuid(), ws, audience, new ConversationAddress("slack", ws.Value, conversation, Name: "#marketing", BotId: "U0BOT", IsGroup: true),
            schedule ?? new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York"), TestData.Now, "U-MARCO", TestData.Now, "U-MARCO");

    private static DigestDelivery Sending(DigestSubscription subscription, string period = "2026-11-23", string by = "host:1")
        => new(subscription.WorkspaceId, subscription.Id, period, TestData.Now, TestData.Today, DeliveryState.Sending, 1, TestData.Now, TestData.Now, by);

    [Fact]
    public async Task DigestSubscriptions_SaveAndGet_RoundTripsTheAddressAndSchedule()
    {
        var store = new SqlDigestSubscriptionStore(_db);
        var schedule = new DigestSchedule(DayOfWeek.Sunday, new TimeOnly(8, 30), "Asia/Jerusalem", everyWeeks: 2, weekStart: DayOfWeek.Sunday, anchor: new DateOnly(2026, 11, 29));
        var teams = Subscription(A, "19:abc@thread.tacv2", Audience.Leadership, schedule) with
        {
            Address = new ConversationAddress("msteams", A.Value, "19:abc@thread.tacv2", "1700000000000", "https://smba.trafficmanager.net/emea/", "28:bot", true, "Leadership"),
        };

        await store.SaveAsync(teams, default);

        Assert.Equal(teams, await store.GetAsync(A, teams.Id, default));
    }

    [Fact]
    public async Task DigestSubscriptions_SecondForTheSameConversationAndAudience_IsRefused()
    {
        var store = new SqlDigestSubscriptionStore(_db);
        await store.SaveAsync(Subscription(A), default);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveAsync(Subscription(A), default));
    }

    [Fact]
    public async Task DigestSubscriptions_TwoAudiencesInOneChannel_BothListedForThatConversation()
    {
        var store = new SqlDigestSubscriptionStore(_db);
        var marketing = Subscription(A);
        var leadership = Subscription(A, audience: Audience.Leadership);
        await store.SaveAsync(marketing, default);
        await store.SaveAsync(leadership, default);
        await store.SaveAsync(Subscription(A, "C0SALES", Audience.Sales), default);

        var here = await store.ListForConversationAsync(A, marketing.Address.Key, default);

        Assert.Equal([Audience.Leadership, Audience.Marketing], here.Select(s => s.Audience).Order());
        Assert.Equal(3, (await store.ListAsync(A, default)).Count);
    }

    [Fact]
    public async Task DigestDeliveries_SecondClaimForTheSamePeriod_Fails()
    {
        var subscription = Subscription(A);
        await new SqlDigestSubscriptionStore(_db).SaveAsync(subscription, default);
        var store = new SqlDigestDeliveryStore(_db);

        Assert.True(await store.TryInsertAsync(Sending(subscription, by: "host:1"), default));
        Assert.False(await store.TryInsertAsync(Sending(subscription, by: "host:2"), default));

        var saved = await store.GetAsync(A, subscription.Id, "2026-11-23", default);
        Assert.Equal(Sending(subscription, by: "host:1"), saved);
    }

    [Fact]
    public async Task DigestDeliveries_CompleteByAnotherClaimant_ChangesNothing()
    {
        var subscription = Subscription(A);
        await new SqlDigestSubscriptionStore(_db).SaveAsync(subscription, default);
        var store = new SqlDigestDeliveryStore(_db);
        var claim = Sending(subscription, by: "host:1");
        await store.TryInsertAsync(claim, default);
        var sent = claim with { State = DeliveryState.Sent, MessageId = "1700000000.000100", UpdatedAt = TestData.Now.AddSeconds(2) };

        Assert.False(await store.CompleteAsync(sent, "host:2", 1, default));
        Assert.False(await store.CompleteAsync(sent, "host:1", 2, default));
        Assert.True(await store.CompleteAsync(sent, "host:1", 1, default));
        Assert.False(await store.CompleteAsync(sent with { State = DeliveryState.Failed }, "host:1", 1, default));

        Assert.Equal(sent, await store.GetAsync(A, subscription.Id, claim.PeriodKey, default));
    }

    [Fact]
    public async Task DigestDeliveries_Reclaim_OnlyFromTheStateAndAttemptItWasReadIn()
    {
        var subscription = Subscription(A);
        await new SqlDigestSubscriptionStore(_db).SaveAsync(subscription, default);
        var store = new SqlDigestDeliveryStore(_db);
        var retry = Sending(subscription) with { State = DeliveryState.RetryPending, NextAttemptAt = TestData.Now.AddMinutes(1), Detail = "HTTP 503" };
        await store.TryInsertAsync(retry, default);
        var later = TestData.Now.AddMinutes(2);

        Assert.False(await store.TryReclaimAsync(retry, DeliveryState.RetryPending, 2, later, "host:2", default));
        Assert.True(await store.TryReclaimAsync(retry, DeliveryState.RetryPending, 1, later, "host:2", default));
        Assert.False(await store.TryReclaimAsync(retry, DeliveryState.RetryPending, 1, later, "host:3", default));

        var claimed = await store.GetAsync(A, subscription.Id, retry.PeriodKey, default);
        Assert.Equal((DeliveryState.Sending, 2, "host:2", (DateTimeOffset?)later, (DateTimeOffset?)null), (claimed!.State, claimed.Attempts, claimed.ClaimedBy, claimed.ClaimedAt, claimed.NextAttemptAt));
    }

    [Fact]
    public async Task DigestDeliveries_StaleSending_BecomesUncertainAndFreshOnesStay()
    {
        var subscriptions = new SqlDigestSubscriptionStore(_db);
        var crashed = Subscription(A);
        var live = Subscription(A, "C0SALES", Audience.Sales);
        await subscriptions.SaveAsync(crashed, default);
        await subscriptions.SaveAsync(live, default);
        var store = new SqlDigestDeliveryStore(_db);
        await store.TryInsertAsync(Sending(crashed) with { ClaimedAt = TestData.Now.AddMinutes(-30) }, default);
        await store.TryInsertAsync(Sending(live) with { ClaimedAt = TestData.Now.AddMinutes(-1) }, default);

        var marked = await store.MarkStaleSendingUncertainAsync(A, TestData.Now.AddMinutes(-10), TestData.Now, "stopped mid-post", default);

        Assert.Equal(crashed.Id, Assert.Single(marked).SubscriptionId);
        Assert.Equal(DeliveryState.Uncertain, marked[0].State);
        Assert.Equal("stopped mid-post", (await store.GetAsync(A, crashed.Id, "2026-11-23", default))!.Detail);
        Assert.Equal(DeliveryState.Sending, (await store.GetAsync(A, live.Id, "2026-11-23", default))!.State);
    }

    [Fact]
    public async Task DigestDeliveries_DueRetries_OnlyThoseWhoseTimeHasCome()
    {
        var subscription = Subscription(A);
        await new SqlDigestSubscriptionStore(_db).SaveAsync(subscription, default);
        var store = new SqlDigestDeliveryStore(_db);
        await store.TryInsertAsync(Sending(subscription, "2026-11-16") with { State = DeliveryState.RetryPending, NextAttemptAt = TestData.Now.AddMinutes(-1) }, default);
        await store.TryInsertAsync(Sending(subscription, "2026-11-23") with { State = DeliveryState.RetryPending, NextAttemptAt = TestData.Now.AddMinutes(5) }, default);

        var due = await store.ListDueRetriesAsync(A, TestData.Now, default);

        Assert.Equal("2026-11-16", Assert.Single(due).PeriodKey);
    }

    [Fact]
    public async Task DigestDeliveries_ListLatest_NewestRecordOfEachSubscription()
    {
        var subscriptions = new SqlDigestSubscriptionStore(_db);
        var one = Subscription(A);
        var two = Subscription(A, "C0SALES", Audience.Sales);
        await subscriptions.SaveAsync(one, default);
        await subscriptions.SaveAsync(two, default);
        var store = new SqlDigestDeliveryStore(_db);
        await store.TryInsertAsync(Sending(one, "2026-11-16") with { DueAt = TestData.Now.AddDays(-7), State = DeliveryState.Sent }, default);
        await store.TryInsertAsync(Sending(one, "2026-11-23") with { State = DeliveryState.Failed, Detail = "channel_not_found" }, default);
        await store.TryInsertAsync(Sending(two, "2026-11-16") with { DueAt = TestData.Now.AddDays(-7), State = DeliveryState.Sent }, default);

        var latest = (await store.ListLatestAsync(A, default)).ToDictionary(d => d.SubscriptionId);

        Assert.Equal(("2026-11-23", DeliveryState.Failed), (latest[one.Id].PeriodKey, latest[one.Id].State));
        Assert.Equal("2026-11-16", latest[two.Id].PeriodKey);
        Assert.Equal(2, (await store.ListAsync(A, one.Id, 10, default)).Count);
        Assert.Equal("2026-11-23", Assert.Single(await store.ListAsync(A, one.Id, 1, default)).PeriodKey);
    }

    [Fact]
    public async Task DigestSubscriptions_Delete_TakesItsDeliveryRecordsWithIt()
    {
        var subscriptions = new SqlDigestSubscriptionStore(_db);
        var subscription = Subscription(A);
        await subscriptions.SaveAsync(subscription, default);
        var deliveries = new SqlDigestDeliveryStore(_db);
        await deliveries.TryInsertAsync(Sending(subscription), default);

        Assert.True(await subscriptions.DeleteAsync(A, subscription.Id, default));
        Assert.False(await subscriptions.DeleteAsync(A, subscription.Id, default));

        Assert.Null(await subscriptions.GetAsync(A, subscription.Id, default));
        Assert.Empty(await deliveries.ListAsync(A, subscription.Id, 10, default));
    }

    [Fact]
    public async Task DigestHolidays_AddTwiceRenamesAndRemoveReportsWhetherThereWasOne()
    {
        var store = new SqlDigestHolidayStore(_db);
        var christmas = new DateOnly(2026, 12, 25);
        await store.SaveAsync(new DigestHoliday(A, christmas, "Xmas", "U1", TestData.Now), default);
        await store.SaveAsync(new DigestHoliday(A, christmas, "Christmas", "U1", TestData.Now), default);
        await store.SaveAsync(new DigestHoliday(A, new DateOnly(2026, 12, 24), null, "U1", TestData.Now), default);

        var all = await store.ListAsync(A, default);

        Assert.Equal([new DateOnly(2026, 12, 24), christmas], all.Select(h => h.Date));
        Assert.Equal("Christmas", all[1].Name);
        Assert.True(await store.RemoveAsync(A, christmas, default));
        Assert.False(await store.RemoveAsync(A, christmas, default));
    }

    [Fact]
    public async Task DigestStores_TwoWorkspacesWithTheSameChannelIds_NeverSeeEachOther()
    {
        var subscriptions = new SqlDigestSubscriptionStore(_db);
        var deliveries = new SqlDigestDeliveryStore(_db);
        var holidays = new SqlDigestHolidayStore(_db);
        var inB = Subscription(B);
        await subscriptions.SaveAsync(inB, default);
        await subscriptions.SaveAsync(Subscription(A), default);
        await deliveries.TryInsertAsync(Sending(inB) with { State = DeliveryState.RetryPending, NextAttemptAt = TestData.Now.AddDays(-1) }, default);
        await deliveries.TryInsertAsync(Sending(inB, "2026-11-16") with { ClaimedAt = TestData.Now.AddDays(-1) }, default);
        await holidays.SaveAsync(new DigestHoliday(B, new DateOnly(2026, 12, 25), "B's holiday", "U1", TestData.Now), default);

        Assert.Null(await subscriptions.GetAsync(A, inB.Id, default));
        Assert.Single(await subscriptions.ListAsync(A, default));
        Assert.Single(await subscriptions.ListForConversationAsync(A, new ConversationAddress("slack", A.Value, "C0MARKETING").Key, default));
        Assert.Empty(await deliveries.ListDueRetriesAsync(A, TestData.Now, default));
        Assert.Empty(await deliveries.MarkStaleSendingUncertainAsync(A, TestData.Now, TestData.Now, "x", default));
        Assert.Empty(await deliveries.ListLatestAsync(A, default));
        Assert.Null(await deliveries.GetAsync(A, inB.Id, "2026-11-23", default));
        Assert.Empty(await holidays.ListAsync(A, default));
        Assert.False(await subscriptions.DeleteAsync(A, inB.Id, default));
    }
    // Conversations and several instances ---------------------------------------------------------------------------

    [Fact]
    public async Task ConversationState_WriteWithTheVersionItWasReadAt_LandsAndAnyOtherIsRefused()
    {
        var store = new SqlConversationStateStore(_db);

        Assert.True(await store.TrySaveAsync(A.Value, "dm:U1", "{\"step\":1}", 0, TestData.Now, default));
        Assert.False(await store.TrySaveAsync(A.Value, "dm:U1", "{\"step\":\"racing first write\"}", 0, TestData.Now, default));
        Assert.True(await store.TrySaveAsync(A.Value, "dm:U1", "{\"step\":2}", 1, TestData.Now.AddSeconds(1), default));
        Assert.False(await store.TrySaveAsync(A.Value, "dm:U1", "{\"step\":\"stale\"}", 1, TestData.Now.AddSeconds(2), default));

        Assert.Equal(new StoredState(2, "{\"step\":2}", TestData.Now.AddSeconds(1)), await store.LoadAsync(A.Value, "dm:U1", default));
        Assert.Null(await store.LoadAsync(B.Value, "dm:U1", default));
    }

    [Fact]
    public async Task ConversationState_LoadIfChanged_NothingWhileCurrentTheNewerStateOnceMoved()
    {
        var store = new SqlConversationStateStore(_db);
        await store.TrySaveAsync(A.Value, "dm:U1", "one", 0, TestData.Now, default);

        Assert.Null(await store.LoadIfChangedAsync(A.Value, "dm:U1", 1, default));
        await store.TrySaveAsync(A.Value, "dm:U1", "two", 1, TestData.Now, default);

        Assert.Equal("two", (await store.LoadIfChangedAsync(A.Value, "dm:U1", 1, default))?.Json);
    }

    [Fact]
    public async Task ConversationState_TwoInstancesWithTheirOwnCaches_NeitherStartsFromStaleState()
    {
        using var cacheOne = new MemoryCache(new MemoryCacheOptions());
        using var cacheTwo = new MemoryCache(new MemoryCacheOptions());
        var one = new CachedConversationStateStore(new SqlConversationStateStore(_db), cacheOne, StateCachePolicy.RevalidateEachRead);
        var two = new CachedConversationStateStore(new SqlConversationStateStore(_db), cacheTwo, StateCachePolicy.RevalidateEachRead);

        // Turns alternate between the instances; each reads, then writes at the version it read.
        for (var turn = 1; turn <= 6; turn++)
        {
            var instance = turn % 2 == 1 ? one : two;
            var read = await instance.LoadAsync(A.Value, "dm:U1", default);
            Assert.Equal(turn - 1, read?.Version ?? 0);
            Assert.Equal(turn == 1 ? null : $"after turn {turn - 1}", read?.Json);
            Assert.True(await instance.TrySaveAsync(A.Value, "dm:U1", $"after turn {turn}", read?.Version ?? 0, TestData.Now, default));
        }
    }

    [Fact]
    public async Task ConversationState_TrustedCacheBehindAnotherWriter_IsRefusedOnWriteAndReloaded()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var cached = new CachedConversationStateStore(new SqlConversationStateStore(_db), cache, StateCachePolicy.TrustCache);
        var other = new SqlConversationStateStore(_db);
        await cached.TrySaveAsync(A.Value, "dm:U1", "mine", 0, TestData.Now, default);
        await other.TrySaveAsync(A.Value, "dm:U1", "theirs", 1, TestData.Now, default);

        var stale = await cached.LoadAsync(A.Value, "dm:U1", default);
        Assert.False(await cached.TrySaveAsync(A.Value, "dm:U1", "over theirs", stale!.Version, TestData.Now, default));

        Assert.Equal(new StoredState(2, "theirs", TestData.Now), await cached.LoadAsync(A.Value, "dm:U1", default));
    }

    [Fact]
    public async Task ConversationDirectory_RememberTwice_KeepsOneAddressWithTheLatestDetails()
    {
        var directory = new SqlConversationDirectory(_db);
        var address = new ConversationAddress("msteams", A.Value, "19:abc@thread.tacv2", ServiceUrl: "https://smba.trafficmanager.net/emea/", IsGroup: true, Name: "Sales");
        await directory.RememberAsync(address, null, TestData.Now, default);
        await directory.RememberAsync(address with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }, null, TestData.Now.AddDays(1), default);
        await directory.RememberAsync(new ConversationAddress("msteams", B.Value, "19:abc@thread.tacv2"), null, TestData.Now, default);

        var known = await directory.ListAsync(A.Value, default);

        Assert.Equal("https://smba.trafficmanager.net/amer/", Assert.Single(known).ServiceUrl);
    }

    [Fact]
    public async Task InboundDedupe_SameIdTwice_OnlyTheFirstBeginsAndOldIdsAreForgotten()
    {
        var time = new FakeTimeProvider(TestData.Now);
        var one = new SqlInboundDeduplicator(_db, time);
        var two = new SqlInboundDeduplicator(_db, time);

        Assert.True(await one.TryBeginAsync("slack", "event:Ev01", default));
        Assert.False(await two.TryBeginAsync("slack", "event:Ev01", default));
        Assert.True(await two.TryBeginAsync("msteams", "event:Ev01", default));

        time.Advance(SqlInboundDeduplicator.Retention + TimeSpan.FromMinutes(1));
        Assert.True(await two.TryBeginAsync("slack", "event:Ev02", default));
        Assert.Equal(2, await one.ForgetBeforeAsync(time.GetUtcNow() - SqlInboundDeduplicator.Retention, default));
        Assert.True(await two.TryBeginAsync("slack", "event:Ev01", default));
        Assert.False(await one.TryBeginAsync("slack", "event:Ev02", default));
    }

    [Fact]
    public async Task InboundDedupe_ManyConcurrentDeliveriesOfOneId_ExactlyOneBegins()
    {
        var stores = Enumerable.Range(0, 8).Select(_ => new SqlInboundDeduplicator(_db, TimeProvider.System)).ToArray();

        var begun = await Task.WhenAll(stores.Select(s => s.TryBeginAsync("slack", "event:Ev-race", default).AsTask()));

        Assert.Equal(1, begun.Count(b => b));
    }
    [Fact]
    public async Task InboundDedupe_WriteBehind_DecidesInMemory_AndARestartedProcessStillKnowsTheIds()
    {
        var time = new FakeTimeProvider(TestData.Now);
        var table = new SqlInboundDeduplicator(_db, time);
        await using (var first = new WriteBehindInboundDeduplicator(table, time, NullLogger<WriteBehindInboundDeduplicator>.Instance))
        {
            var ids = Enumerable.Range(0, 1_200).Select(i => $"event:Ev{i:D4}").ToList();
            var begun = await Task.WhenAll(ids.Concat(ids).Select(id => first.TryBeginAsync("slack", id, default).AsTask()));

            Assert.Equal(ids.Count, begun.Count(b => b)); // every id once, though each came twice at the same time
            Assert.False(await first.TryBeginAsync("slack", "event:Ev0007", default));
            await first.FlushAsync();
            Assert.Equal(0L, first.Pending);
        }

        // A new process on the same file: memory is empty, the table remembers (more than one batch was written).
        await using var restarted = new WriteBehindInboundDeduplicator(table, time, NullLogger<WriteBehindInboundDeduplicator>.Instance);
        Assert.False(await restarted.TryBeginAsync("slack", "event:Ev0000", default));
        Assert.False(await restarted.TryBeginAsync("slack", "event:Ev1199", default));
        Assert.True(await restarted.TryBeginAsync("msteams", "event:Ev0000", default));

        // Past two generations the id has left memory, and the table still answers.
        time.Advance(WriteBehindInboundDeduplicator.Generation * 2 + TimeSpan.FromSeconds(1));
        Assert.True(await restarted.TryBeginAsync("slack", "event:Ev-new", default));
        Assert.False(await restarted.TryBeginAsync("msteams", "event:Ev0000", default));
    }

    [Fact]
    public async Task InboundDedupe_WriteBehind_ANewGenerationHasRoomForTheLastOne_AndShrinksAfterABurst()
    {
        var time = new FakeTimeProvider(TestData.Now);
        await using var dedupe = new WriteBehindInboundDeduplicator(new SqlInboundDeduplicator(_db, time), time, NullLogger<WriteBehindInboundDeduplicator>.Instance);
        async Task NextGenerationAsync(string firstId)
        {
            await dedupe.FlushAsync();
            time.Advance(WriteBehindInboundDeduplicator.Generation + TimeSpan.FromSeconds(1));
            Assert.True(await dedupe.TryBeginAsync("slack", firstId, default)); // the first id of a generation rotates
        }

        // A burst of 5,000 ids: the next generation starts with room for as many, instead of growing from empty.
        foreach (var i in Enumerable.Range(0, 5_000))
        {
            Assert.True(await dedupe.TryBeginAsync("slack", $"event:burst{i}", default));
        }

        await NextGenerationAsync("event:after1");
        Assert.InRange(dedupe.CurrentRoom, 5_000, 20_000);
        Assert.False(await dedupe.TryBeginAsync("slack", "event:burst4999", default)); // still remembered

        // Quiet generations after it: the room shrinks back.
        await NextGenerationAsync("event:after2");
        await NextGenerationAsync("event:after3");
        Assert.InRange(dedupe.CurrentRoom, 1, 2_000);
        Assert.False(await dedupe.TryBeginAsync("slack", "event:burst0", default)); // the table answers now
    }

    [Fact]
    public async Task InboundDedupe_RecordAsync_WritesABatchAndLeavesKnownIdsAlone()
    {
        var table = new SqlInboundDeduplicator(_db, TimeProvider.System);
        Assert.True(await table.TryBeginAsync("slack", "event:known", default));

        await table.RecordAsync([("slack", "event:known", TestData.Now), ("slack", "event:b1", TestData.Now), ("msteams", "b2", TestData.Now)], default);

        Assert.True(await table.SeenAsync("slack", "event:b1", default));
        Assert.True(await table.SeenAsync("msteams", "b2", default));
        Assert.False(await table.SeenAsync("slack", "b2", default));
        Assert.False(await table.TryBeginAsync("slack", "event:known", default));
    }

    [Fact]
    public async Task SharedItems_PutGetReplaceAndExpire()
    {
        var store = new SqlSharedItemStore(_db);
        await store.PutAsync("slack-form:Card", "k1", "{\"v\":1}", TestData.Now.AddHours(1), default);
        await store.PutAsync("slack-form:Card", "k1", "{\"v\":2}", TestData.Now.AddHours(2), default);
        await store.PutAsync("slack-form:Card", "old", "{}", TestData.Now.AddMinutes(-1), default);

        Assert.Equal("{\"v\":2}", await store.GetAsync("slack-form:Card", "k1", TestData.Now, default));
        Assert.Null(await store.GetAsync("slack-form:ButtonValue", "k1", TestData.Now, default));
        Assert.Null(await store.GetAsync("slack-form:Card", "k1", TestData.Now.AddHours(3), default));
        Assert.Null(await store.GetAsync("slack-form:Card", "old", TestData.Now, default));
        Assert.Equal(1, await store.ForgetExpiredAsync(TestData.Now, default));
    }
}
