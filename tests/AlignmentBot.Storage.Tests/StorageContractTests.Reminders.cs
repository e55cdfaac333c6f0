using AlignmentBot.Application.Reminders;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>Reminder delivery records, preferences and answers: at most one reminder per goal, person, period and kind on every engine.</summary>
public abstract partial class StorageContractTests
{
    private static ReminderDelivery Claim(GoalId goal, string person = "U-MARIA", string period = "2026-11-30", ReminderKind kind = ReminderKind.Ask, Guid? batch = null, string by = "host-a:1")
        => new(A, goal, person, period, kind, ReminderDeliveryState.Sending, TestData.Now, TestData.Now, batch ?? Guid.NewGuid(), TestData.Now, by);

    [Fact]
    public async Task Reminder_ClaimSameGoalPersonPeriodTwice_OnlyTheFirstWins()
    {
        var store = new SqlReminderStore(_db);
        var goal = GoalId.New();

        Assert.True(await store.TryClaimAsync(Claim(goal, by: "host-a:1"), default));
        Assert.False(await store.TryClaimAsync(Claim(goal, by: "host-b:2"), default));

        // Another kind, person or period is another reminder.
        Assert.True(await store.TryClaimAsync(Claim(goal, kind: ReminderKind.Nudge), default));
        Assert.True(await store.TryClaimAsync(Claim(goal, person: "U-PRIYA"), default));
        Assert.True(await store.TryClaimAsync(Claim(goal, period: "2026-12-07"), default));
        var all = await store.ListDeliveriesAsync(A, "2026-11-30", default);
        Assert.Equal(4, all.Count);
        Assert.Equal("host-a:1", Assert.Single(all, d => d is { Kind: ReminderKind.Ask, PersonId: "U-MARIA", PeriodKey: "2026-11-30" }).ClaimedBy);
        Assert.Single(await store.ListDeliveriesAsync(A, "2026-12-01", default));
        Assert.Empty(await store.ListDeliveriesAsync(B, "2026-01-01", default));
    }

    [Fact]
    public async Task Reminder_CompleteOnlyByTheClaimant_AndOnlyOnce()
    {
        var store = new SqlReminderStore(_db);
        var claim = Claim(GoalId.New());
        await store.TryClaimAsync(claim, default);
        var sent = claim with { State = ReminderDeliveryState.Sent, MessageId = "1700000000.000100", UpdatedAt = TestData.Now.AddSeconds(1) };

        Assert.False(await store.CompleteAsync(sent, "host-b:2", default));
        Assert.True(await store.CompleteAsync(sent, "host-a:1", default));
        Assert.False(await store.CompleteAsync(sent with { State = ReminderDeliveryState.Failed }, "host-a:1", default));

        var stored = Assert.Single(await store.ListDeliveriesAsync(A, "2026-01-01", default));
        Assert.Equal((ReminderDeliveryState.Sent, "1700000000.000100"), (stored.State, stored.MessageId));
        Assert.Equal(TestData.Now.AddSeconds(1), stored.AsSent().SentAt);
    }

    [Fact]
    public async Task Reminder_Release_FreesTheKeyForTheNextRun()
    {
        var store = new SqlReminderStore(_db);
        var claim = Claim(GoalId.New());
        await store.TryClaimAsync(claim, default);

        Assert.False(await store.ReleaseAsync(claim, "host-b:2", default));
        Assert.True(await store.ReleaseAsync(claim, "host-a:1", default));

        Assert.True(await store.TryClaimAsync(claim with { BatchId = Guid.NewGuid() }, default));
    }

    [Fact]
    public async Task Reminder_SendingPastTheLease_BecomesUncertainAndStaysClaimed()
    {
        var store = new SqlReminderStore(_db);
        var old = Claim(GoalId.New());
        var fresh = Claim(GoalId.New()) with { ClaimedAt = TestData.Now.AddMinutes(9) };
        await store.TryClaimAsync(old, default);
        await store.TryClaimAsync(fresh, default);

        Assert.Equal(1, await store.MarkStaleSendingUncertainAsync(A, TestData.Now.AddMinutes(5), TestData.Now.AddMinutes(10), default));

        var all = await store.ListDeliveriesAsync(A, "2026-01-01", default);
        Assert.Equal(ReminderDeliveryState.Uncertain, all.Single(d => d.GoalId == old.GoalId).State);
        Assert.Equal(ReminderDeliveryState.Sending, all.Single(d => d.GoalId == fresh.GoalId).State);
        Assert.False(await store.TryClaimAsync(old with { BatchId = Guid.NewGuid(), ClaimedBy = "host-b:2" }, default));
        Assert.Null(all.Single(d => d.GoalId == old.GoalId).AsSent().SentAt);
    }

    [Fact]
    public async Task Reminder_MarkAnswered_TurnsSentRemindersOfThatGoalAndPeriodOnly()
    {
        var store = new SqlReminderStore(_db);
        var goal = GoalId.New();
        foreach (var claim in new[] { Claim(goal), Claim(goal, kind: ReminderKind.Nudge), Claim(goal, period: "2026-12-07"), Claim(GoalId.New()) })
        {
            await store.TryClaimAsync(claim, default);
            await store.CompleteAsync(claim with { State = ReminderDeliveryState.Sent }, claim.ClaimedBy!, default);
        }

        Assert.Equal(2, await store.MarkAnsweredAsync(A, goal, "2026-11-30", TestData.Now.AddDays(1), default));

        var all = await store.ListDeliveriesAsync(A, "2026-01-01", default);
        Assert.Equal(2, all.Count(d => d.State == ReminderDeliveryState.Answered));
        Assert.All(all.Where(d => d.State == ReminderDeliveryState.Answered), d => Assert.Equal((goal, "2026-11-30"), (d.GoalId, d.PeriodKey)));
    }

    [Fact]
    public async Task ReminderPreferences_SaveTwice_UpdatesInPlace()
    {
        var store = new SqlReminderStore(_db);
        var muted = GoalId.New();
        await store.SavePreferencesAsync(A, new ReminderPreferences("U-MARIA") { Day = DayOfWeek.Friday, Time = new TimeOnly(16, 0) }, TestData.Now, default);
        await store.SavePreferencesAsync(A, new ReminderPreferences("U-MARIA") { Day = DayOfWeek.Friday, Time = new TimeOnly(16, 0), OutUntil = new DateOnly(2026, 12, 12), Muted = new HashSet<GoalId> { muted } }, TestData.Now, default);

        var saved = Assert.Single(await store.ListPreferencesAsync(A, default));

        Assert.Equal((DayOfWeek.Friday, new TimeOnly(16, 0), new DateOnly(2026, 12, 12)), (saved.Day, saved.Time, saved.OutUntil));
        Assert.Equal([muted], saved.Muted);
        Assert.Empty(await store.ListPreferencesAsync(B, default));
    }

    [Fact]
    public async Task CheckInAnswer_SnoozeThenSkip_TheSkipReplacesTheSnooze()
    {
        var store = new SqlReminderStore(_db);
        var goal = GoalId.New();
        await store.SaveAnswerAsync(A, new PeriodAnswer(goal, "2026-11-30", PeriodAnswerKind.Snoozed, TestData.Now.AddDays(1), null, "U-MARIA"), TestData.Now, default);
        await store.SaveAnswerAsync(A, new PeriodAnswer(goal, "2026-11-30", PeriodAnswerKind.Skipped, null, "trade show week", "U-MARIA"), TestData.Now, default);

        var answer = Assert.Single(await store.ListAnswersAsync(A, "2026-11-30", default));

        Assert.Equal(new PeriodAnswer(goal, "2026-11-30", PeriodAnswerKind.Skipped, null, "trade show week", "U-MARIA"), answer);
        Assert.Empty(await store.ListAnswersAsync(A, "2026-12-01", default));
    }
}
