namespace AlignmentBot.Domain.Reminders;

public enum PeriodAnswerKind
{
    /// <summary>No number for this period, on purpose; no more reminders for it, and it does not count as missed.</summary>
    Skipped,

    /// <summary>Remind again at the recorded moment, not before.</summary>
    Snoozed,
}
