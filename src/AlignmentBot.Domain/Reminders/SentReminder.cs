using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// A reminder that has a delivery record: the planner never plans it again. <paramref name="SentAt"/> is set once the
/// platform accepted it (the second reminder counts from then); a record still being posted, failed or uncertain has none.
/// </summary>
public sealed record SentReminder(GoalId GoalId, string PersonId, string PeriodKey, ReminderKind Kind, DateTimeOffset? SentAt);
