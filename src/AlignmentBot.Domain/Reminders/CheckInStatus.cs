using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Reminders;

/// <summary>One goal's check-in, worked out for a moment.</summary>
/// <param name="MissedInARow">Ended periods without a number (and not skipped), counting back from the latest.</param>
/// <param name="Due">The reminders to send now: the ask or the nudge to the owner, and the setter's notice once the goal is stale.</param>
public sealed record CheckInStatus(
    Goal Goal,
    CheckInPeriod? Period,
    CheckInState State,
    DateTimeOffset? NextAt,
    int MissedInARow,
    bool IsStale,
    IReadOnlyList<DueReminder> Due)
{
    /// <summary>The period ended and no number is in (whether or not anyone was reminded): "who hasn't checked in?".</summary>
    public bool IsOverdue => Period is not null && State is not (CheckInState.NotDue or CheckInState.NumberIn or CheckInState.Skipped);
}
