using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>One reminder that may be sent now: to <paramref name="PersonId"/> about a goal's number for a period.</summary>
/// <param name="DueAt">The moment it became due (after time zone, working days, quiet hours, holidays, out-of-office and snooze).</param>
public sealed record DueReminder(GoalId GoalId, string PersonId, CheckInPeriod Period, ReminderKind Kind, DateTimeOffset DueAt);
