namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// The company's rules for when people may be reminded: working days, quiet hours (a night span such as 18:00–08:00,
/// in each person's own time zone), company holidays, and the escalation delays.
/// </summary>
public sealed record ReminderPolicy
{
    public static readonly IReadOnlySet<DayOfWeek> MondayToFriday = new HashSet<DayOfWeek>
        { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    public IReadOnlySet<DayOfWeek> WorkingDays { get; init; } = MondayToFriday;

    /// <summary>When the ask is sent on its day unless the person chose a time ("remind me on Fridays at 4").</summary>
    public TimeOnly DefaultTime { get; init; } = new(10, 0);

    /// <summary>No reminder from this local time...</summary>
    public TimeOnly QuietFrom { get; init; } = new(18, 0);

    /// <summary>...until this local time the next morning.</summary>
    public TimeOnly QuietUntil { get; init; } = new(8, 0);

    /// <summary>How long after the ask was sent the second reminder is due (then moved to the next allowed moment).</summary>
    public TimeSpan SecondReminderAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Periods missed in a row after which a goal is stale and its setter is told.</summary>
    public int StaleAfterMissedPeriods { get; init; } = 2;

    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>Company holidays: no reminders on these days.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; init; } = new HashSet<DateOnly>();

    public bool IsQuiet(TimeOnly time)
        => QuietFrom > QuietUntil ? time >= QuietFrom || time < QuietUntil
            : QuietFrom < QuietUntil && time >= QuietFrom && time < QuietUntil;
}
