using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Reminders;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Reminders;

public class ReminderPlannerTests
{
    private const string Owner = "U-MARIA";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly ReminderPolicy Policy = new();

    // The week of Mon 30 Nov – Sun 6 Dec 2026; its ask is due on Monday 7 Dec at 10:00 local.
    private static readonly DateRange WeekOf30Nov = new(D(2026, 11, 30), D(2026, 12, 6));

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static Goal Mqls(Cadence cadence = Cadence.Weekly, string? owner = Owner, GoalId? id = null)
        => Goal(MetricKey.Mql, 100, D(2026, 10, 1), D(2027, 3, 31), cadence: cadence, id: id) with { OwnerId = owner };

    private static CheckInStatus Plan(Goal goal, DateTimeOffset now, CheckInLedger? ledger = null, ReminderPolicy? policy = null, ReminderPreferences? prefs = null, TimeZoneInfo? zone = null)
        => ReminderPlanner.Plan(new CheckInSubject(goal, zone ?? Berlin, prefs ?? ReminderPreferences.None(Owner)), ledger ?? NumbersUntil(goal, D(2026, 11, 29)), policy ?? Policy, now);

    /// <summary>Weekly numbers in up to the week ending <paramref name="lastSunday"/>, so the goal is not stale.</summary>
    private static CheckInLedger NumbersUntil(Goal goal, DateOnly lastSunday, IEnumerable<PeriodAnswer>? answers = null, IEnumerable<SentReminder>? sent = null)
    {
        var weeks = new List<(MetricKey, DateRange)>();
        for (var end = lastSunday; end >= goal.StartDate; end = end.AddDays(-7))
        {
            weeks.Add((goal.Metric, new DateRange(end.AddDays(-6), end)));
        }

        return new CheckInLedger(weeks, answers ?? [], sent ?? []);
    }

    [Fact]
    public void Plan_BeforeTenLocalOnTheMondayAfter_WaitsUntilTen()
    {
        var status = Plan(Mqls(), Utc(12, 7, 8, 59));

        Assert.Equal(CheckInState.Waiting, status.State);
        Assert.Equal(Utc(12, 7, 9), status.NextAt);
        Assert.Empty(status.Due);
        Assert.True(status.IsOverdue);
    }

    [Fact]
    public void Plan_AtTenLocalOnTheMondayAfter_AsksTheOwnerForThePeriod()
    {
        var status = Plan(Mqls(), Utc(12, 7, 9));

        var due = Assert.Single(status.Due);
        Assert.Equal((Owner, ReminderKind.Ask, "2026-11-30", Utc(12, 7, 9)), (due.PersonId, due.Kind, due.Period.Key, due.DueAt));
        Assert.Equal("the week of 30 Nov", due.Period.Describe());
    }

    [Fact]
    public void Plan_AcrossTheUsFallBack_AsksAtTenLocalBothWeeks()
    {
        // US clocks fall back on Sunday 1 Nov 2026: 10:00 is 14:00 UTC on Monday 26 Oct and 15:00 UTC on Monday 2 Nov.
        var goal = Mqls();
        var before = Plan(goal, Utc(10, 26, 13, 59), NumbersUntil(goal, D(2026, 10, 18)), zone: NewYork);
        var after = Plan(goal, Utc(11, 2, 14, 59), NumbersUntil(goal, D(2026, 10, 25)), zone: NewYork);

        Assert.Equal(Utc(10, 26, 14), before.NextAt);
        Assert.Equal(Utc(11, 2, 15), after.NextAt);
        Assert.Single(Plan(goal, Utc(11, 2, 15), NumbersUntil(goal, D(2026, 10, 25)), zone: NewYork).Due);
    }

    [Fact]
    public void Plan_SameInstantInTwoTimeZones_OnlyTheOwnerWhoseMorningItIsIsAsked()
    {
        // 09:00 UTC on Monday is 10:00 in Berlin and 04:00 in New York.
        Assert.Single(Plan(Mqls(), Utc(12, 7, 9), zone: Berlin).Due);
        var newYork = Plan(Mqls(), Utc(12, 7, 9), zone: NewYork);
        Assert.Empty(newYork.Due);
        Assert.Equal(Utc(12, 7, 15), newYork.NextAt);
    }

    [Fact]
    public void Plan_CompanyHolidayOnTheMonday_AsksOnTuesdayAtTheSameTime()
    {
        var policy = Policy with { Holidays = new HashSet<DateOnly> { D(2026, 12, 7) } };

        var monday = Plan(Mqls(), Utc(12, 7, 9), policy: policy);
        var tuesday = Plan(Mqls(), Utc(12, 8, 9), policy: policy);

        Assert.Empty(monday.Due);
        Assert.Equal(Utc(12, 8, 9), monday.NextAt);
        Assert.Equal(ReminderKind.Ask, Assert.Single(tuesday.Due).Kind);
    }

    [Fact]
    public void Plan_OwnerOutOfOffice_PausesUntilTheWorkingDayAfter()
    {
        var prefs = ReminderPreferences.None(Owner) with { OutUntil = D(2026, 12, 9) };

        var out1 = Plan(Mqls(), Utc(12, 9, 12), prefs: prefs);
        var back = Plan(Mqls(), Utc(12, 10, 9), prefs: prefs);

        Assert.Empty(out1.Due);
        Assert.Equal(Utc(12, 10, 9), out1.NextAt);
        Assert.Single(back.Due);
    }

    [Fact]
    public void Plan_MonthlyGoal_AsksForTheMonthOnTheNextWorkingDay()
    {
        // November 2026 ended on Monday 30 Nov; its ask is due on Tuesday 1 Dec at 10:00 Berlin.
        var goal = Mqls(Cadence.Monthly);
        var ledger = new CheckInLedger([(MetricKey.Mql, new DateRange(D(2026, 10, 1), D(2026, 10, 31)))], [], []);

        var status = Plan(goal, Utc(12, 1, 9), ledger);

        var due = Assert.Single(status.Due);
        Assert.Equal(("2026-11-01", "November 2026"), (due.Period.Key, due.Period.Describe()));
    }

    [Fact]
    public void Plan_WorkWeekSundayToThursday_AsksOnSunday()
    {
        var policy = Policy with
        {
            WeekStart = DayOfWeek.Sunday,
            WorkingDays = new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday },
        };
        var goal = Mqls();
        var ledger = new CheckInLedger([(MetricKey.Mql, new DateRange(D(2026, 11, 22), D(2026, 11, 28)))], [], []);

        // The week Sun 29 Nov – Sat 5 Dec ended; Sunday 6 Dec is a working day.
        var status = Plan(goal, Utc(12, 6, 9), ledger, policy);

        Assert.Equal("2026-11-29", Assert.Single(status.Due).Period.Key);
    }

    [Fact]
    public void Plan_QuietHours_NoReminderInTheEveningEvenWhenOverdue()
    {
        var evening = Plan(Mqls(), Utc(12, 7, 18));

        Assert.Empty(evening.Due);
        Assert.Equal(CheckInState.Waiting, evening.State);
        Assert.Equal(Utc(12, 8, 9), evening.NextAt);
    }

    [Fact]
    public void Plan_RemindMeOnFridaysAtFour_AsksOnTheLastWorkingDayOfTheWeek()
    {
        var prefs = ReminderPreferences.None(Owner) with { Day = DayOfWeek.Friday, Time = new TimeOnly(16, 0) };
        var goal = Mqls();
        var ledger = NumbersUntil(goal, D(2026, 11, 29));

        // Friday 4 Dec 16:00 Berlin (15:00 UTC): the week of 30 Nov is asked for on its last working day.
        var thursday = Plan(goal, Utc(12, 3, 15), ledger, prefs: prefs);
        var friday = Plan(goal, Utc(12, 4, 15), ledger, prefs: prefs);

        Assert.Equal(CheckInState.NumberIn, thursday.State);
        var due = Assert.Single(friday.Due);
        Assert.Equal(("2026-11-30", Utc(12, 4, 15)), (due.Period.Key, due.DueAt));

        // Asked on Friday: the second reminder for the same week comes on the next working day at the chosen time, not an
        // ask for the new week.
        var asked = NumbersUntil(goal, D(2026, 11, 29), sent: [new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Ask, Utc(12, 4, 15))]);
        Assert.Equal(Utc(12, 7, 15), Plan(goal, Utc(12, 7, 9), asked, prefs: prefs).NextAt);
        var monday = Plan(goal, Utc(12, 7, 15), asked, prefs: prefs);
        Assert.Equal((ReminderKind.Nudge, "2026-11-30"), (Assert.Single(monday.Due).Kind, monday.Due[0].Period.Key));
    }

    [Fact]
    public void Plan_Snoozed_WaitsUntilTheSnoozeEnds()
    {
        var goal = Mqls();
        var snooze = new PeriodAnswer(goal.Id, "2026-11-30", PeriodAnswerKind.Snoozed, Utc(12, 8, 14), null, Owner);
        var ledger = NumbersUntil(goal, D(2026, 11, 29), [snooze]);

        Assert.Equal(Utc(12, 8, 14), Plan(goal, Utc(12, 7, 9), ledger).NextAt);
        Assert.Empty(Plan(goal, Utc(12, 8, 13, 59), ledger).Due);
        Assert.Single(Plan(goal, Utc(12, 8, 14), ledger).Due);
    }

    [Fact]
    public void Plan_Skipped_NoReminderAndNotCountedAsMissed()
    {
        var goal = Mqls();
        var skip = new PeriodAnswer(goal.Id, "2026-11-30", PeriodAnswerKind.Skipped, null, "trade show week", Owner);

        var status = Plan(goal, Utc(12, 7, 9), NumbersUntil(goal, D(2026, 11, 22), [skip]));

        Assert.Equal(CheckInState.Skipped, status.State);
        Assert.Empty(status.Due);
        Assert.Equal(0, status.MissedInARow);
        Assert.False(status.IsOverdue);
    }

    [Fact]
    public void Plan_NumberImportedBeforeTheReminder_NoReminder()
    {
        var goal = Mqls();
        var imported = Measure(MetricKey.Mql, 31, D(2026, 12, 2)) with { Source = AlignmentBot.Domain.Measurements.MeasurementSource.Import };
        var ledger = new CheckInLedger([(MetricKey.Mql, new DateRange(D(2026, 11, 23), D(2026, 11, 29))), (imported.Metric, imported.Period)], [], []);

        var status = Plan(goal, Utc(12, 7, 9), ledger);

        Assert.Equal(CheckInState.NumberIn, status.State);
        Assert.Empty(status.Due);
    }

    [Fact]
    public void Plan_AskSent_SecondReminderAfterTheDelay()
    {
        var goal = Mqls();
        var asked = new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Ask, Utc(12, 7, 9));
        var ledger = NumbersUntil(goal, D(2026, 11, 29), sent: [asked]);

        var sameDay = Plan(goal, Utc(12, 7, 15), ledger);
        var nextDay = Plan(goal, Utc(12, 8, 9), ledger);

        Assert.Equal((CheckInState.Waiting, Utc(12, 8, 9)), (sameDay.State, sameDay.NextAt));
        Assert.Equal(ReminderKind.Nudge, Assert.Single(nextDay.Due).Kind);
    }

    [Fact]
    public void Plan_AskSentOnFriday_SecondReminderSkipsTheWeekend()
    {
        var goal = Mqls();
        var asked = new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Ask, Utc(12, 11, 9));
        var ledger = NumbersUntil(goal, D(2026, 11, 29), sent: [asked]);

        var saturday = Plan(goal, Utc(12, 12, 9), ledger);

        Assert.Empty(saturday.Due);
        Assert.Equal(Utc(12, 14, 9), saturday.NextAt);
    }

    [Fact]
    public void Plan_BothRemindersSent_NothingMoreForThePeriod()
    {
        var goal = Mqls();
        var ledger = NumbersUntil(goal, D(2026, 11, 29), sent:
        [
            new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Ask, Utc(12, 7, 9)),
            new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Nudge, Utc(12, 8, 9)),
        ]);

        var status = Plan(goal, Utc(12, 9, 9), ledger);

        Assert.Equal(CheckInState.Reminded, status.State);
        Assert.Empty(status.Due);
        Assert.True(status.IsOverdue);
    }

    [Fact]
    public void Plan_AskClaimedButNotConfirmed_NoSecondReminder()
    {
        // A post whose outcome is unknown (uncertain) or still being posted has no sent time: no nudge is built on it.
        var goal = Mqls();
        var ledger = NumbersUntil(goal, D(2026, 11, 29), sent: [new SentReminder(goal.Id, Owner, "2026-11-30", ReminderKind.Ask, null)]);

        Assert.Equal(CheckInState.Reminded, Plan(goal, Utc(12, 9, 9), ledger).State);
    }

    [Fact]
    public void Plan_TwoMissedPeriods_StaleAndTheSetterIsToldOnce()
    {
        var goal = Mqls();
        var ledger = NumbersUntil(goal, D(2026, 11, 22));

        var status = Plan(goal, Utc(12, 7, 9), ledger);

        Assert.True(status.IsStale);
        Assert.Equal(2, status.MissedInARow);
        var notice = Assert.Single(status.Due, d => d.Kind == ReminderKind.SetterNotice);
        Assert.Equal(("U-CEO", "2026-11-23"), (notice.PersonId, notice.Period.Key));

        // The next week the run is longer but starts at the same period: the setter was told already.
        var told = NumbersUntil(goal, D(2026, 11, 22), sent: [new SentReminder(goal.Id, "U-CEO", "2026-11-23", ReminderKind.SetterNotice, Utc(12, 7, 9))]);
        var weekLater = Plan(goal, Utc(12, 14, 9), told);
        Assert.Equal(3, weekLater.MissedInARow);
        Assert.DoesNotContain(weekLater.Due, d => d.Kind == ReminderKind.SetterNotice);
    }

    [Fact]
    public void Plan_OneMissedPeriod_NotStale()
    {
        var status = Plan(Mqls(), Utc(12, 7, 9));

        Assert.Equal(1, status.MissedInARow);
        Assert.False(status.IsStale);
        Assert.DoesNotContain(status.Due, d => d.Kind == ReminderKind.SetterNotice);
    }

    [Fact]
    public void Plan_OwnerOnlyAName_NoReminderButStillOverdue()
    {
        var status = Plan(Mqls(owner: null), Utc(12, 7, 9));

        Assert.Equal(CheckInState.NoOwner, status.State);
        Assert.Empty(status.Due);
        Assert.True(status.IsOverdue);
    }

    [Fact]
    public void Plan_OwnerMutedTheGoal_NoReminder()
    {
        var goal = Mqls();
        var prefs = ReminderPreferences.None(Owner) with { Muted = new HashSet<GoalId> { goal.Id } };

        Assert.Equal(CheckInState.Muted, Plan(goal, Utc(12, 7, 9), prefs: prefs).State);
    }

    [Fact]
    public void Plan_GoalNotStartedOrNotActive_NotDue()
    {
        var future = Goal(MetricKey.Mql, 100, D(2026, 12, 10), D(2027, 3, 31)) with { OwnerId = Owner };

        Assert.Equal(CheckInState.NotDue, Plan(future, Utc(12, 7, 9)).State);
        Assert.Equal(CheckInState.NotDue, Plan(Mqls() with { Status = GoalStatus.Archived }, Utc(12, 7, 9)).State);
    }

    [Theory]
    [InlineData(Cadence.Weekly, "2026-11-30", "2026-12-06")]
    [InlineData(Cadence.Biweekly, "2026-11-16", "2026-11-29")]
    [InlineData(Cadence.Monthly, "2026-11-01", "2026-11-30")]
    public void LatestEnded_OnMonday7Dec_IsThePeriodBefore(Cadence cadence, string start, string end)
    {
        var period = CheckInPeriods.LatestEnded(D(2026, 12, 7), cadence, DayOfWeek.Monday);

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (period.Range.Start, period.Range.End));
    }

    [Fact]
    public void HasNumber_MonthlyImportCoversItsWeeks_DailyNumberCountsForItsWeek()
    {
        var ledger = new CheckInLedger([(MetricKey.Mql, new DateRange(D(2026, 11, 1), D(2026, 11, 30))), (MetricKey.Sql, DateRange.Day(D(2026, 12, 2)))], [], []);

        Assert.True(ledger.HasNumber(MetricKey.Mql, new DateRange(D(2026, 11, 16), D(2026, 11, 22))));
        Assert.False(ledger.HasNumber(MetricKey.Mql, WeekOf30Nov));
        Assert.True(ledger.HasNumber(MetricKey.Sql, WeekOf30Nov));
        Assert.False(ledger.HasNumber(MetricKey.Sql, new DateRange(D(2026, 12, 7), D(2026, 12, 13))));
    }

    [Fact]
    public void HasNumber_RatioWithoutItsOwnNumber_InWhenBothPartsAreIn()
    {
        var definition = MetricCatalog.Get(MetricKey.CostPerLead);
        var parts = new CheckInLedger([(definition.Numerator!.Value, WeekOf30Nov), (definition.Denominator!.Value, WeekOf30Nov)], [], []);
        var half = new CheckInLedger([(definition.Numerator!.Value, WeekOf30Nov)], [], []);

        Assert.True(parts.HasNumber(MetricKey.CostPerLead, WeekOf30Nov));
        Assert.False(half.HasNumber(MetricKey.CostPerLead, WeekOf30Nov));
    }
}
