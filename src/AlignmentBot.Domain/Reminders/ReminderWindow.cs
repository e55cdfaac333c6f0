using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// When one person may be reminded: a working day that is not a company holiday nor inside their out-of-office, outside
/// quiet hours, all in their own time zone. Wall-clock times follow the zone's daylight-saving rules.
/// </summary>
public sealed class ReminderWindow(ReminderPolicy policy, TimeZoneInfo zone, ReminderPreferences preferences)
{
    // A person out for longer than this is not planned for; the ask waits until they are back.
    private const int SearchDays = 400;

    public TimeZoneInfo Zone => zone;

    public TimeOnly PreferredTime => preferences.Time ?? policy.DefaultTime;

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public bool IsWorkDay(DateOnly day)
        => policy.WorkingDays.Contains(day.DayOfWeek) && !policy.Holidays.Contains(day) && !(preferences.OutUntil is { } back && day <= back);

    public bool IsAllowed(DateTimeOffset instant)
    {
        var local = Local(instant);
        return IsWorkDay(DateOnly.FromDateTime(local)) && !policy.IsQuiet(TimeOnly.FromDateTime(local));
    }

    /// <summary>
    /// The first allowed moment at or after the local <paramref name="day"/> and <paramref name="time"/>; a later day gets the
    /// person's preferred time. Before the end of quiet hours it moves to their end; after their start, to the next day.
    /// </summary>
    public DateTimeOffset? NextAllowed(DateOnly day, TimeOnly time)
    {
        for (var d = day; d <= day.AddDays(SearchDays); d = d.AddDays(1))
        {
            if (!IsWorkDay(d))
            {
                continue;
            }

            var at = d == day ? time : Usable(PreferredTime);
            if (policy.IsQuiet(at))
            {
                if (policy.QuietFrom > policy.QuietUntil && at < policy.QuietUntil)
                {
                    at = policy.QuietUntil;
                }
                else if (policy.QuietFrom < policy.QuietUntil && at >= policy.QuietFrom && at < policy.QuietUntil)
                {
                    at = policy.QuietUntil;
                }
                else
                {
                    continue;
                }
            }

            return DigestCalendar.ToInstant(d, at, zone);
        }

        return null;
    }

    // A preferred time inside quiet hours (said before the hours changed) becomes the end of quiet hours.
    private TimeOnly Usable(TimeOnly time) => policy.IsQuiet(time) ? policy.QuietUntil : time;

    public DateTimeOffset? NextAllowed(DateTimeOffset instant)
    {
        var local = Local(instant);

        // On a fall-back night the local time maps to its first occurrence, which can be before the instant itself.
        var at = NextAllowed(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return at is { } found && found < instant ? instant : at;
    }

    /// <summary>
    /// When the ask for <paramref name="period"/> is first due: with a chosen day ("Fridays at 4"), its first occurrence from the
    /// period's last working day on (so Friday afternoon asks for the week ending that Sunday); otherwise the first working day
    /// after the period, at the preferred time.
    /// </summary>
    public DateTimeOffset? AskAt(CheckInPeriod period)
    {
        if (preferences.Day is not { } chosen)
        {
            return NextAllowed(period.Range.End.AddDays(1), PreferredTime);
        }

        var last = period.Range.End;
        while (last > period.Range.Start && !policy.WorkingDays.Contains(last.DayOfWeek))
        {
            last = last.AddDays(-1);
        }

        var day = Common.Periods.OnOrAfter(last, chosen);
        return NextAllowed(day, PreferredTime);
    }
}
