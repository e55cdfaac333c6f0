namespace AlignmentBot.Application.Reminders;

/// <summary>What sending one person's batch did.</summary>
/// <param name="Goals">How many goals' reminders the message carried (or would have).</param>
/// <param name="Summary">One line for logs and the command line; names no secrets.</param>
public sealed record ReminderOutcome(string PersonId, ReminderDeliveryState? State, int Goals, string Summary, string? MessageId = null)
{
    public bool Sent => State == ReminderDeliveryState.Sent;
}
