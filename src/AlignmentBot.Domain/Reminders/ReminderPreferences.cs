using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// What one person said about their reminders: a day and time ("remind me on Fridays at 4"), out of office until a day
/// ("I'm out until 12 Dec", inclusive), and goals they asked not to be reminded about.
/// </summary>
public sealed record ReminderPreferences(string PersonId)
{
    public DayOfWeek? Day { get; init; }

    public TimeOnly? Time { get; init; }

    public DateOnly? OutUntil { get; init; }

    public IReadOnlySet<GoalId> Muted { get; init; } = new HashSet<GoalId>();

    public static ReminderPreferences None(string personId) => new(personId);
}
