namespace AlignmentBot.Application.Reminders;

/// <summary>Where one reminder (goal, person, period, kind) stands.</summary>
public enum ReminderDeliveryState
{
    /// <summary>Claimed before the post. A crash leaves it here; after the lease it becomes <see cref="Uncertain"/>.</summary>
    Sending,

    /// <summary>The platform accepted the message.</summary>
    Sent,

    /// <summary>The platform refused for good (the person blocked the bot, the app is not installed for them).</summary>
    Failed,

    /// <summary>The post may or may not have arrived (timeout, shutdown, a dead process). Never resent automatically.</summary>
    Uncertain,

    /// <summary>Sent, and the number (or a skip) came in afterwards, from the card or anywhere else.</summary>
    Answered,
}
