using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Import;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>The audit trail: every change to shared data is recorded by the store that makes it, in its transaction.</summary>
public abstract partial class StorageContractTests
{
    private static ConversationAddress Marketing => new("slack", A.Value, "C0MARKETING", Name: "#marketing", IsGroup: true);

    private readonly FakeTimeProvider _auditClock = new(TestData.Now);

    private AuditTrail Trail => new(_auditClock);

    private static IDisposable As(string id, string name, ConversationAddress? where = null) => AuditContext.Use(AuditActor.Person(id, name, where ?? Marketing));

    private async Task<IReadOnlyList<AuditEntry>> EntriesAsync(WorkspaceId ws, string? area = null)
    {
        var all = await new SqlAuditLog(_db).ListAsync(ws, TestData.Now.AddYears(-5), TestData.Now.AddYears(5), default);
        return all.Where(e => area is null || AuditKinds.Area(e.Kind) == area).ToArray();
    }

    [Fact]
    public async Task Audit_GoalCreatedThenEdited_RecordsWhoWhereAndTheChangedFields()
    {
        var store = new SqlGoalStore(_db, Trail);
        var goal = TestData.Goal(A, target: 150);
        using (As("U-DANA", "Dana"))
        {
            await store.SaveAsync(A, [goal], default);
            _auditClock.Advance(TimeSpan.FromHours(2));
            await store.SaveAsync(A, [goal with { Target = 200, Deadline = goal.Deadline.AddMonths(3) }], default);
        }

        var entries = await EntriesAsync(A, "goal");

        Assert.Equal([AuditKinds.GoalChanged, AuditKinds.GoalCreated], entries.Select(e => e.Kind));
        var (changed, created) = (entries[0], entries[1]);
        Assert.Null(created.Before);
        Assert.Equal("150", created.After!["target"]);
        Assert.Equal(TestData.Now.AddHours(2), changed.At);
        Assert.Equal(new AuditActor(AuditActorKind.Person, "Dana", "U-DANA", "slack", "C0MARKETING", "#marketing"), changed.Actor);
        Assert.Equal(goal.Id.Value.ToString("D"), changed.SubjectId);
        Assert.Equal(
            [("target", "150", "200"), ("deadline", goal.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), goal.Deadline.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            changed.Changes().OrderBy(c => c.Field == "deadline").ToArray());
    }

    [Fact]
    public async Task Audit_SavingTheSameGoalAgain_RecordsNothingNew()
    {
        var store = new SqlGoalStore(_db, Trail);
        var goal = TestData.Goal(A);
        await store.SaveAsync(A, [goal], default);
        await store.SaveAsync(A, [goal], default);

        Assert.Single(await EntriesAsync(A, "goal"));
    }

    [Fact]
    public async Task Audit_ChangeRolledBack_LeavesNoEntry()
    {
        var store = new SqlGoalStore(_db, Trail);

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(A, [TestData.Goal(A), TestData.Goal(A) with { AskedAs = null! }], default));

        Assert.Empty(await EntriesAsync(A, "goal"));
    }

    [Fact]
    public async Task Audit_CheckInThenCorrection_RecordsTheValueItReplaced()
    {
        var store = new SqlMeasurementStore(_db, Trail);
        var week = new DateOnly(2026, 11, 16);
        using (As("U-PRIYA", "Priya"))
        {
            await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 42, week)], default);
            await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 45, week)], default);
        }

        var entries = await EntriesAsync(A, "measurement");

        Assert.Equal([AuditKinds.MeasurementChanged, AuditKinds.MeasurementRecorded], entries.Select(e => e.Kind));
        Assert.Equal([("value", "42", "45")], entries[0].Changes());
        Assert.Equal("MQLs for 16 Nov 2026 – 22 Nov 2026", entries[0].Subject);
        Assert.All(entries, e => Assert.Equal("Priya", e.Actor.Name));
    }

    [Fact]
    public async Task Audit_Import_IsOneEntryForTheFileByTheImport()
    {
        var week = new DateOnly(2026, 11, 2);
        var batch = new ImportBatch(A,
            [TestData.Measurement(A, MetricKey.Mql, 42, week), TestData.Measurement(A, MetricKey.Sql, 9, week), TestData.Measurement(A, MetricKey.Mql, 44, week.AddDays(7))],
            [TestData.Lead(A, "HS-1"), TestData.Lead(A, "HS-2")], [], "hubspot-november.csv");
        using (AuditContext.Use(AuditActor.Import(AuditActor.CommandLine)))
        {
            await new SqlImportStore(_db, Trail).ApplyAsync(batch, default);
        }

        var entry = Assert.Single(await EntriesAsync(A, "import"));

        Assert.Equal(AuditKinds.Imported, entry.Kind);
        Assert.Equal((AuditActorKind.Import, "import", "cli"), (entry.Actor.Kind, entry.Actor.Name, entry.Actor.ChannelId));
        Assert.Equal("hubspot-november.csv", entry.SubjectId);
        Assert.Equal(("3", "2", "MQLs, SQLs", "2026-11-02 – 2026-11-15"), (entry.After!["measurements"], entry.After["leads"], entry.After["metrics"], entry.After["periods"]));
    }

    [Fact]
    public async Task Audit_SlaProposedSignedThenReplaced_RecordsEachStep()
    {
        var store = new SqlSlaStore(_db, Trail);
        var first = new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 24, null, "Marco", TestData.Now, new SlaConfirmation("U-M", "Marco", TestData.Now));
        using (As("U-M", "Marco"))
        {
            await store.SaveAsync(first, default);
        }

        var second = new LeadSla(Guid.NewGuid(), A, 200, PeriodKind.Month, 12, null, "Sam", TestData.Now, null, new SlaConfirmation("U-S", "Sam", TestData.Now));
        using (As("U-S", "Sam"))
        {
            await store.SaveAsync(first with { Sales = new SlaConfirmation("U-S", "Sam", TestData.Now) }, default);
            await store.SaveAsync(second, default);
        }

        // A new proposal leaves the active agreement in force; it is replaced only when the new version is signed.
        using (As("U-M", "Marco"))
        {
            Assert.NotNull(await store.TrySignAsync(A, second.Id, Function.Marketing, new SlaConfirmation("U-M", "Marco", TestData.Now), default));
        }

        var entries = await EntriesAsync(A, "sla");

        Assert.Equal([AuditKinds.SlaReplaced, AuditKinds.SlaSigned, AuditKinds.SlaProposed, AuditKinds.SlaSigned, AuditKinds.SlaProposed], entries.Select(e => e.Kind));
        Assert.Contains(("sales signed", null, "Sam (U-S)"), entries[3].Changes());
        Assert.Contains(("status", "proposed", "active"), entries[3].Changes());
        Assert.Equal([("status", "active", "superseded")], entries[0].Changes());
        Assert.Equal(first.Id.ToString("D"), entries[0].SubjectId);
        Assert.Equal(["Marco", "Marco", "Sam", "Sam", "Marco"], entries.Select(e => e.Actor.Name));
    }

    [Fact]
    public async Task Audit_SignatureTakenBack_RecordsTheUnsignAndTheAgreementPutBack()
    {
        var store = new SqlSlaStore(_db, Trail);
        var old = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 100, PeriodKind.Month, 24, null, "Marco", TestData.Now,
            new SlaConfirmation("U-M", "Marco", TestData.Now), new SlaConfirmation("U-S", "Sam", TestData.Now)), default);
        var proposal = await store.SaveAsync(new LeadSla(Guid.NewGuid(), A, 150, PeriodKind.Month, 12, null, "Marco", TestData.Now, new SlaConfirmation("U-M", "Marco", TestData.Now)), default);
        using (As("U-S", "Sam"))
        {
            await store.TrySignAsync(A, proposal.Id, Function.Sales, new SlaConfirmation("U-S", "Sam", TestData.Now), default);
            await store.TryUnsignAsync(A, proposal.Id, Function.Sales, "U-S", default);
        }

        var entries = await EntriesAsync(A, "sla");

        Assert.Equal([AuditKinds.SlaReinstated, AuditKinds.SlaUnsigned], entries.Take(2).Select(e => e.Kind));
        Assert.Equal(old.Id.ToString("D"), entries[0].SubjectId);
        Assert.Equal([("status", "superseded", "active")], entries[0].Changes());
        Assert.Contains(("sales signed", "Sam (U-S)", null), entries[1].Changes());
        Assert.Contains(("status", "active", "proposed"), entries[1].Changes());
        Assert.Equal(["Sam", "Sam"], entries.Take(2).Select(e => e.Actor.Name));
    }

    [Fact]
    public async Task Audit_LeadVerdictThenUndo_AreToldApart()
    {
        var store = new SqlLeadStore(_db, Trail);
        var lead = TestData.Lead(A, "HS-7");
        await store.UpsertAsync(A, [lead], default);
        var rejected = lead.Reject(RejectionReason.NoBudget, null, PersonRef.Named("Sam"), TestData.Now);
        using (As("U-S", "Sam"))
        {
            await store.UpsertAsync(A, [rejected], default);
            await store.UpsertAsync(A, [rejected with { Decision = LeadDecision.Pending, RejectionReason = null, ReasonNote = null }], default);
        }

        var entries = await EntriesAsync(A, "lead");

        Assert.Equal([AuditKinds.LeadUndone, AuditKinds.LeadDecided, AuditKinds.LeadChanged], entries.Select(e => e.Kind));
        Assert.Contains(("decision", "pending", "rejected"), entries[1].Changes());
        Assert.Contains(("reason", "no budget", null), entries[0].Changes());
        Assert.Equal("lead HS-7 (Globex)", entries[0].Subject);
    }

    [Fact]
    public async Task Audit_VerdictTakenBackByNamingTheLead_IsAnUndoNotADecision()
    {
        // "undo my verdict on Hooli" restores the verdict the lead remembered, stamp included (cleared for a lead that was
        // pending); a second verdict replacing the first is a decision.
        var store = new SqlLeadStore(_db, Trail);
        var lead = TestData.Lead(A, "HS-8");
        await store.UpsertAsync(A, [lead], default);
        var rejected = lead.Reject(RejectionReason.NoBudget, null, PersonRef.Named("Sam"), TestData.Now);
        using (As("U-S", "Sam"))
        {
            await store.UpsertAsync(A, [rejected], default);
            var restored = rejected.Restore(rejected.VerdictBefore!);
            Assert.Null(restored.DecidedAt);
            await store.UpsertAsync(A, [restored], default);
            await store.UpsertAsync(A, [restored.Accept(PersonRef.Named("Sam"), TestData.Now.AddMinutes(5))], default);
            var accepted = (await store.FindAsync(A, "HS-8", default))!;
            await store.UpsertAsync(A, [accepted.Reject(RejectionReason.Duplicate, null, PersonRef.Named("Sam"), TestData.Now.AddMinutes(9))], default);
        }

        var entries = await EntriesAsync(A, "lead");

        Assert.Equal([AuditKinds.LeadDecided, AuditKinds.LeadDecided, AuditKinds.LeadUndone, AuditKinds.LeadDecided, AuditKinds.LeadChanged], entries.Select(e => e.Kind));
        Assert.Contains(("decision", "rejected", "pending"), entries[2].Changes());
    }

    [Fact]
    public async Task Audit_RoleChanges_AreRecordedButNameAndTimeZoneUpdatesAreNot()
    {
        var store = new SqlWorkspaceStore(_db, Trail);
        await store.SavePersonAsync(new Person(A, "U1", "Dana"), default);
        await store.SavePersonAsync(new Person(A, "U1", "Dana", Role.MarketingLead), default);
        await store.SavePersonAsync(new Person(A, "U1", "Dana K.", Role.MarketingLead, "Europe/Berlin"), default);
        await store.SavePersonAsync(new Person(A, "U1", "Dana K.", Role.Leadership, "Europe/Berlin"), default);

        var entries = await EntriesAsync(A, "role");

        Assert.Equal([[("role", "marketing lead", "leadership")], [("role", null, "marketing lead")]], entries.Select(e => e.Changes()));
        Assert.All(entries, e => Assert.Equal("U1", e.SubjectId));
    }

    [Fact]
    public async Task Audit_SubscriptionAddedMovedAndStopped_EachRecorded()
    {
        var store = new SqlDigestSubscriptionStore(_db, Trail);
        var subscription = Subscription(A);
        await store.SaveAsync(subscription, default);
        await store.SaveAsync(subscription with { Schedule = new DigestSchedule(DayOfWeek.Friday, new TimeOnly(16, 0), "America/New_York") }, default);
        await store.DeleteAsync(A, subscription.Id, default);

        var entries = await EntriesAsync(A, "subscription");

        Assert.Equal([AuditKinds.SubscriptionStopped, AuditKinds.SubscriptionChanged, AuditKinds.SubscriptionAdded], entries.Select(e => e.Kind));
        Assert.Equal([("schedule", "every Monday at 09:00 (America/New_York)", "every Friday at 16:00 (America/New_York)")], entries[1].Changes());
        Assert.Null(entries[0].After);
        Assert.Equal("marketing digest in #marketing", entries[0].Subject);
    }

    [Fact]
    public async Task Audit_HolidayAddedAndRemoved_EachRecorded()
    {
        var store = new SqlDigestHolidayStore(_db, Trail);
        var christmas = new DateOnly(2026, 12, 25);
        await store.SaveAsync(new DigestHoliday(A, christmas, "Christmas", "Dana", TestData.Now), default);
        await store.RemoveAsync(A, christmas, default);
        await store.RemoveAsync(A, christmas, default);

        var entries = await EntriesAsync(A, "holiday");

        Assert.Equal([AuditKinds.HolidayRemoved, AuditKinds.HolidayAdded], entries.Select(e => e.Kind));
        Assert.Equal("Christmas", entries[0].Before!["name"]);
    }

    [Fact]
    public async Task Audit_WorkspaceSettingsChanged_RecordsTheFields()
    {
        var store = new SqlWorkspaceStore(_db, Trail);
        await store.SaveAsync(TestData.Workspace(A.Value, "Acme") with { TimeZone = "Europe/Berlin", Currency = "EUR" }, default);

        var changed = Assert.Single(await EntriesAsync(A, "workspace"), e => e.Kind == AuditKinds.WorkspaceChanged);

        Assert.Equal([("time zone", "UTC", "Europe/Berlin"), ("currency", "USD", "EUR")], changed.Changes());
    }

    [Fact]
    public async Task Audit_RequestLoggedAndDeclined_EachRecorded()
    {
        var store = new SqlRequestStore(_db, Trail);
        var request = TestData.Request(A);
        await store.SaveAsync(request, default);
        await store.SaveAsync(request with { Status = Domain.Requests.RequestStatus.Declined, DecisionReason = "serves no goal" }, default);

        var entries = await EntriesAsync(A, "request");

        Assert.Equal([AuditKinds.RequestChanged, AuditKinds.RequestLogged], entries.Select(e => e.Kind));
        Assert.Contains(("status", "open", "declined"), entries[0].Changes());
    }

    [Fact]
    public async Task Measurements_Remove_TakesOnlyThatNumberInThatWorkspace_AndAuditsIt()
    {
        // "undo that" after a check-in: the total for that metric and week goes, a campaign's slice and another workspace stay.
        var store = new SqlMeasurementStore(_db, Trail);
        var week = new DateOnly(2026, 11, 2);
        var period = new DateRange(week, week.AddDays(6));
        await store.AddAsync(A, [TestData.Measurement(A, MetricKey.Mql, 42, week), TestData.Measurement(A, MetricKey.Mql, 10, week, breakdown: new Domain.Measurements.Breakdown("Webinar"))], default);
        await store.AddAsync(B, [TestData.Measurement(B, MetricKey.Mql, 7, week)], default);

        await store.RemoveAsync(A, MetricKey.Mql, period, default);
        await store.RemoveAsync(A, MetricKey.Mql, period, default);

        var left = Assert.Single(await store.ListAsync(A, period, null, default));
        Assert.Equal("Webinar", left.Breakdown.Campaign);
        Assert.Equal(7, Assert.Single(await store.ListAsync(B, period, null, default)).Value);
        Assert.Single(await EntriesAsync(A, "measurement"), e => e.Kind == AuditKinds.MeasurementRemoved);
        Assert.DoesNotContain(await EntriesAsync(B, "measurement"), e => e.Kind == AuditKinds.MeasurementRemoved);
    }

    [Fact]
    public async Task Requests_Remove_TakesItOffTheList_OnlyInItsWorkspace_AndAuditsIt()
    {
        // "undo that" right after logging a request; the same id asked for in another workspace removes nothing.
        var store = new SqlRequestStore(_db, Trail);
        var request = TestData.Request(A);
        await store.SaveAsync(request, default);

        await store.RemoveAsync(B, request.Id, default);
        Assert.NotNull(await store.GetAsync(A, request.Id, default));

        await store.RemoveAsync(A, request.Id, default);
        Assert.Null(await store.GetAsync(A, request.Id, default));
        Assert.Single(await EntriesAsync(A, "request"), e => e.Kind == AuditKinds.RequestRemoved);
    }

    [Fact]
    public async Task Audit_ListForOneWorkspace_NeverShowsAnother()
    {
        await new SqlGoalStore(_db, Trail).SaveAsync(B, [TestData.Goal(B)], default);

        Assert.Empty(await EntriesAsync(A, "goal"));
        Assert.Single(await EntriesAsync(B, "goal"));
    }

    [Fact]
    public async Task Audit_ForgetBefore_DeletesOnlyEntriesPastTheCutoff()
    {
        var store = new SqlGoalStore(_db, Trail);
        await store.SaveAsync(A, [TestData.Goal(A)], default);
        _auditClock.Advance(TimeSpan.FromDays(10));
        var recent = TestData.Goal(A);
        await store.SaveAsync(A, [recent], default);

        var forgotten = await new SqlAuditLog(_db).ForgetBeforeAsync(TestData.Now.AddDays(5), default);

        Assert.True(forgotten >= 1);
        Assert.Equal([recent.Id.Value.ToString("D")], (await EntriesAsync(A, "goal")).Select(e => e.SubjectId));
    }
}
