using AlignmentBot.Application.Reminders;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

/// <summary>
/// Reminder delivery records (at most one per goal, person, period and kind; every change a compare-and-set), people's
/// reminder preferences, and owners' skips and snoozes.
/// </summary>
public interface IReminderStore
{
    /// <summary>Records for periods starting on or after <paramref name="fromPeriodKey"/> (a yyyy-MM-dd key).</summary>
    Task<IReadOnlyList<ReminderDelivery>> ListDeliveriesAsync(WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken);

    /// <summary>Inserts the record (state sending) unless one exists for its key; true when this call inserted it.</summary>
    Task<bool> TryClaimAsync(ReminderDelivery claim, CancellationToken cancellationToken);

    /// <summary>Records how the claimed post ended, only while the record is still this process's claim; false otherwise.</summary>
    Task<bool> CompleteAsync(ReminderDelivery completed, string claimedBy, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claim back (the platform said it did not post: a transient refusal), so the next run plans it again; only
    /// while it is still this process's claim.
    /// </summary>
    Task<bool> ReleaseAsync(ReminderDelivery claim, string claimedBy, CancellationToken cancellationToken);

    /// <summary>Sending records claimed before <paramref name="claimedBefore"/> (their process died) become uncertain.</summary>
    Task<int> MarkStaleSendingUncertainAsync(WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sent reminders for the goal and period become answered (the number came in, wherever from).</summary>
    Task<int> MarkAnsweredAsync(WorkspaceId workspaceId, GoalId goalId, string periodKey, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderPreferences>> ListPreferencesAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    Task SavePreferencesAsync(WorkspaceId workspaceId, ReminderPreferences preferences, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<PeriodAnswer>> ListAnswersAsync(WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken);

    /// <summary>Saves the owner's skip or snooze for the goal's period, replacing an earlier one.</summary>
    Task SaveAnswerAsync(WorkspaceId workspaceId, PeriodAnswer answer, DateTimeOffset now, CancellationToken cancellationToken);
}
