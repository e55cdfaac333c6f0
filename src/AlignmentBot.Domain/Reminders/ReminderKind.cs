namespace AlignmentBot.Domain.Reminders;

/// <summary>Which message of the accountability loop a reminder is.</summary>
public enum ReminderKind
{
    /// <summary>The first ask for a period's number, to the goal's owner.</summary>
    Ask,

    /// <summary>The second reminder, a configurable delay after the ask was sent.</summary>
    Nudge,

    /// <summary>Told once to the person who set a goal when it has missed two periods in a row.</summary>
    SetterNotice,

    /// <summary>
    /// A reminder someone asked for in chat ("remind Priya about CPL now"), whatever the period's state: stored with the day it
    /// was sent as its period key, so the key allows one a day per person and goal; the planner never schedules one.
    /// </summary>
    Requested,
}
