using System.Globalization;
using AlignmentBot.Domain.Reminders;

namespace AlignmentBot.Application.Reminders;

/// <summary>The "Reminders" configuration section: when owners are asked for their numbers, and how fast the asks go out.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>False: no reminders are sent by this process (the CLI can still list and preview them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler works out which reminders are due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local time of the ask unless the person chose one.</summary>
    public string DefaultTime { get; set; } = "10:00";

    /// <summary>Quiet hours, local: no reminder from <see cref="QuietFrom"/> until <see cref="QuietUntil"/>.</summary>
    public string QuietFrom { get; set; } = "18:00";

    public string QuietUntil { get; set; } = "08:00";

    /// <summary>Days people are reminded on. Null: Monday to Friday.</summary>
    public DayOfWeek[]? WorkingDays { get; set; }

    /// <summary>How long after the ask the second reminder is due (then moved to the person's next working moment).</summary>
    public TimeSpan SecondReminderAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Periods without a number in a row after which a goal is stale and the person who set it is told.</summary>
    public int StaleAfterMissedPeriods { get; set; } = 2;

    /// <summary>Direct messages being sent at once per platform workspace (Slack team, Teams tenant).</summary>
    public int MaxConcurrentSends { get; set; } = 4;

    /// <summary>Workspaces whose reminders are worked out and sent at once (each has its own platform limits).</summary>
    public int MaxConcurrentWorkspaces { get; set; } = 8;

    /// <summary>Longest one direct message may take, the sender's own retries included; cut off, it is recorded as uncertain.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A record still "sending" this long after it was claimed belongs to a dead process: it becomes uncertain.</summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The days people are reminded on, as the policy has them (Monday to Friday unless configured).</summary>
    public IReadOnlySet<DayOfWeek> ReminderDays() => WorkingDays is { Length: > 0 } days ? days.ToHashSet() : ReminderPolicy.MondayToFriday;

    public ReminderPolicy Policy(DayOfWeek weekStart, IReadOnlySet<DateOnly> holidays) => new()
    {
        DefaultTime = Time(DefaultTime),
        QuietFrom = Time(QuietFrom),
        QuietUntil = Time(QuietUntil),
        WorkingDays = ReminderDays(),
        SecondReminderAfter = SecondReminderAfter,
        StaleAfterMissedPeriods = StaleAfterMissedPeriods,
        WeekStart = weekStart,
        Holidays = holidays,
    };

    public IEnumerable<string> Validate()
    {
        foreach (var (key, value) in new[] { ("DefaultTime", DefaultTime), ("QuietFrom", QuietFrom), ("QuietUntil", QuietUntil) })
        {
            if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                yield return $"Reminders:{key} must be a time as HH:mm (e.g. 10:00), not '{value}'.";
            }
        }

        if (Interval < TimeSpan.FromSeconds(10))
        {
            yield return "Reminders:Interval must be at least 00:00:10.";
        }

        if (SecondReminderAfter <= TimeSpan.Zero || StaleAfterMissedPeriods < 1 || MaxConcurrentSends < 1 || MaxConcurrentWorkspaces < 1)
        {
            yield return "Reminders:SecondReminderAfter must be positive, and StaleAfterMissedPeriods, MaxConcurrentSends and MaxConcurrentWorkspaces at least 1.";
        }

        if (SendTimeout <= TimeSpan.Zero || SendingLease <= SendTimeout)
        {
            yield return "Reminders:SendingLease must be longer than Reminders:SendTimeout, or live posts would be taken for dead ones.";
        }
    }

    /// <summary>The time reminders go out when a person has not picked one (<see cref="DefaultTime"/>, validated at start-up).</summary>
    public TimeOnly DefaultTimeOfDay() => Time(DefaultTime);

    private static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
