namespace AlignmentBot.Domain.Reminders;

/// <summary>Where a goal's check-in for its latest ended period stands.</summary>
public enum CheckInState
{
    /// <summary>No period of the goal has ended yet, or the goal is not active.</summary>
    NotDue,

    /// <summary>A number for the period arrived (chat, import, CRM sync, API): nothing to ask.</summary>
    NumberIn,

    /// <summary>The owner skipped the period.</summary>
    Skipped,

    /// <summary>The owner asked not to be reminded about this goal.</summary>
    Muted,

    /// <summary>The owner is a free-text name the bot cannot reach.</summary>
    NoOwner,

    /// <summary>Overdue; the next reminder waits for <see cref="CheckInStatus.NextAt"/>.</summary>
    Waiting,

    /// <summary>A reminder may be sent now.</summary>
    Due,

    /// <summary>Both reminders went out (or one is being posted); nothing more is sent for this period.</summary>
    Reminded,
}
