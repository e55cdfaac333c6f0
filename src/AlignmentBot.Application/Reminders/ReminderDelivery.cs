using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// The delivery record of one reminder, keyed by (workspace, goal, person, period, kind): inserted as
/// <see cref="ReminderDeliveryState.Sending"/> before the post, so a second claim for the same key fails whichever process,
/// retry or restart makes it, and completed after it. Several goals of one person travel in one message: their records
/// share <paramref name="BatchId"/> and the message id.
/// </summary>
public sealed record ReminderDelivery(
    WorkspaceId WorkspaceId,
    GoalId GoalId,
    string PersonId,
    string PeriodKey,
    ReminderKind Kind,
    ReminderDeliveryState State,
    DateTimeOffset DueAt,
    DateTimeOffset UpdatedAt,
    Guid BatchId,
    DateTimeOffset? ClaimedAt = null,
    string? ClaimedBy = null,
    string? MessageId = null,
    string? Detail = null)
{
    /// <summary>What the planner needs: it exists, and when it was accepted by the platform (if it was).</summary>
    public SentReminder AsSent() => new(GoalId, PersonId, PeriodKey, Kind,
        State is ReminderDeliveryState.Sent or ReminderDeliveryState.Answered ? UpdatedAt : null);
}
