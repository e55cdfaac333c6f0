using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// Works out, for a moment, which check-ins are due and which reminders to send: the owner's ask after the period ended,
/// a second reminder after <see cref="ReminderPolicy.SecondReminderAfter"/>, and, after
/// <see cref="ReminderPolicy.StaleAfterMissedPeriods"/> missed periods, a notice to the person who set the goal (once per
/// run of missed periods). Pure: the caller passes the moment and everything that has happened.
/// </summary>
public static class ReminderPlanner
{
    // How far back a run of missed periods is traced to find where it started (the key of the setter's one notice).
    private const int LookBackPeriods = 26;

    public static IReadOnlyList<CheckInStatus> Plan(IEnumerable<CheckInSubject> subjects, CheckInLedger ledger, ReminderPolicy policy, DateTimeOffset now)
        => subjects.Select(s => Plan(s, ledger, policy, now)).ToArray();

    public static CheckInStatus Plan(CheckInSubject subject, CheckInLedger ledger, ReminderPolicy policy, DateTimeOffset now)
    {
        var goal = subject.Goal;
        var window = new ReminderWindow(policy, subject.OwnerZone, subject.Preferences);
        var today = DateOnly.FromDateTime(window.Local(now));
        if (goal.Status != GoalStatus.Active)
        {
            return new CheckInStatus(goal, null, CheckInState.NotDue, null, 0, false, []);
        }

        var period = CheckInPeriods.LatestEnded(today, goal.Cadence, policy.WeekStart);
        if (period.Range.End < goal.StartDate || period.Range.Start > goal.Deadline)
        {
            return new CheckInStatus(goal, null, CheckInState.NotDue, null, 0, false, []);
        }

        var (missed, runStart) = MissedRun(goal, period, ledger, policy);

        // "Remind me on Fridays at 4": the week is asked for on its own last working day, before it has ended.
        if (subject.Preferences.Day is not null && goal.OwnerId is not null)
        {
            var current = CheckInPeriods.Containing(today, goal.Cadence, policy.WeekStart);
            if (current.Range.Start <= goal.Deadline && window.AskAt(current) is { } early && early <= now)
            {
                period = current;
            }
        }
        var stale = missed >= policy.StaleAfterMissedPeriods;
        var due = new List<DueReminder>(2);
        if (stale && SetterNotice(subject, runStart!, ledger, policy, now) is { } notice)
        {
            due.Add(notice);
        }

        if (ledger.HasNumber(goal.Metric, period.Range))
        {
            return new CheckInStatus(goal, period, CheckInState.NumberIn, null, missed, stale, due);
        }

        if (ledger.Answer(goal.Id, period.Key) is { Kind: PeriodAnswerKind.Skipped })
        {
            return new CheckInStatus(goal, period, CheckInState.Skipped, null, missed, stale, due);
        }

        if (goal.OwnerId is not { } owner)
        {
            return new CheckInStatus(goal, period, CheckInState.NoOwner, null, missed, stale, due);
        }

        if (subject.Preferences.Muted.Contains(goal.Id))
        {
            return new CheckInStatus(goal, period, CheckInState.Muted, null, missed, stale, due);
        }

        var ask = ledger.Sent(goal.Id, owner, period.Key, ReminderKind.Ask);
        var nudge = ledger.Sent(goal.Id, owner, period.Key, ReminderKind.Nudge);
        (ReminderKind Kind, DateTimeOffset? At)? next = ask is null ? (ReminderKind.Ask, window.AskAt(period))
            : ask.SentAt is { } sentAt && nudge is null ? (ReminderKind.Nudge, window.NextAllowed(sentAt + policy.SecondReminderAfter))
            : null;
        if (next is not { } planned)
        {
            return new CheckInStatus(goal, period, CheckInState.Reminded, null, missed, stale, due);
        }

        var at = planned.At;
        if (at is { } unsnoozed && ledger.Answer(goal.Id, period.Key) is { Kind: PeriodAnswerKind.Snoozed, Until: { } until } && until > unsnoozed)
        {
            at = window.NextAllowed(until);
        }

        if (at is { } dueAt && dueAt <= now && window.IsAllowed(now))
        {
            due.Add(new DueReminder(goal.Id, owner, period, planned.Kind, dueAt));
            return new CheckInStatus(goal, period, CheckInState.Due, dueAt, missed, stale, due);
        }

        // Overdue but outside the person's hours now (quiet hours, a holiday, out of office): the next allowed moment.
        var nextAt = at is { } later && later > now ? later : window.NextAllowed(now);
        return new CheckInStatus(goal, period, CheckInState.Waiting, nextAt, missed, stale, due);
    }

    private static (int Missed, CheckInPeriod? RunStart) MissedRun(Goal goal, CheckInPeriod latest, CheckInLedger ledger, ReminderPolicy policy)
    {
        var (missed, start) = (0, (CheckInPeriod?)null);
        for (var p = latest; missed < LookBackPeriods && p.Range.End >= goal.StartDate; p = CheckInPeriods.Previous(p, goal.Cadence, policy.WeekStart))
        {
            if (ledger.HasNumber(goal.Metric, p.Range) || ledger.Answer(goal.Id, p.Key) is { Kind: PeriodAnswerKind.Skipped })
            {
                break;
            }

            missed++;
            start = p;
        }

        return (missed, start);
    }

    private static DueReminder? SetterNotice(CheckInSubject subject, CheckInPeriod runStart, CheckInLedger ledger, ReminderPolicy policy, DateTimeOffset now)
    {
        var goal = subject.Goal;
        var setter = goal.CreatedBy;
        if (string.IsNullOrWhiteSpace(setter) || setter == goal.OwnerId || ledger.Sent(goal.Id, setter, runStart.Key, ReminderKind.SetterNotice) is not null)
        {
            return null;
        }

        var window = new ReminderWindow(policy, subject.SetterZone ?? subject.OwnerZone, ReminderPreferences.None(setter));
        return window.IsAllowed(now) ? new DueReminder(goal.Id, setter, runStart, ReminderKind.SetterNotice, now) : null;
    }
}
