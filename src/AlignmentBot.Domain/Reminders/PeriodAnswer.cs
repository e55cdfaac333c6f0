using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>An owner's answer to a reminder other than a number: skip this period (with a reason) or snooze until a moment.</summary>
public sealed record PeriodAnswer(GoalId GoalId, string PeriodKey, PeriodAnswerKind Kind, DateTimeOffset? Until, string? Reason, string By);
