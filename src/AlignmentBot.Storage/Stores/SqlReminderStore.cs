using System.Data.Common;
using System.Globalization;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlReminderStore(IDbConnectionFactory connections) : SqlStore(connections), IReminderStore
{
    private const string Columns = "workspace_id, goal_id, person_id, period_key, kind, state, due_at, updated_at, batch_id, claimed_at, claimed_by, message_id, detail";
    private const string Key = "workspace_id = @ws AND goal_id = @goal AND person_id = @person AND period_key = @period AND kind = @kind";

    public Task<IReadOnlyList<ReminderDelivery>> ListDeliveriesAsync(WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM reminder_deliveries WHERE workspace_id = @ws AND period_key >= @from ORDER BY period_key, person_id, goal_id, kind",
            Map, cancellationToken, ("@ws", workspaceId.Value), ("@from", fromPeriodKey));

    public async Task<bool> TryClaimAsync(ReminderDelivery claim, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO reminder_deliveries ({Columns})
            VALUES (@ws, @goal, @person, @period, @kind, @state, @dueAt, @updatedAt, @batch, @claimedAt, @claimedBy, @messageId, @detail)
            ON CONFLICT (workspace_id, goal_id, person_id, period_key, kind) DO NOTHING
            """).With(Dialect, [.. KeyOf(claim), ("@state", claim.State), ("@dueAt", claim.DueAt), ("@updatedAt", claim.UpdatedAt), ("@batch", claim.BatchId),
            ("@claimedAt", claim.ClaimedAt), ("@claimedBy", claim.ClaimedBy), ("@messageId", claim.MessageId), ("@detail", claim.Detail)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> CompleteAsync(ReminderDelivery completed, string claimedBy, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            UPDATE reminder_deliveries SET state = @state, updated_at = @updatedAt, message_id = @messageId, detail = @detail
            WHERE {Key} AND state = @sending AND claimed_by = @by AND batch_id = @batch
            """).With(Dialect, [.. KeyOf(completed), ("@state", completed.State), ("@updatedAt", completed.UpdatedAt), ("@messageId", completed.MessageId),
            ("@detail", completed.Detail), ("@sending", ReminderDeliveryState.Sending), ("@by", claimedBy), ("@batch", completed.BatchId)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ReleaseAsync(ReminderDelivery claim, string claimedBy, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"DELETE FROM reminder_deliveries WHERE {Key} AND state = @sending AND claimed_by = @by AND batch_id = @batch")
            .With(Dialect, [.. KeyOf(claim), ("@sending", ReminderDeliveryState.Sending), ("@by", claimedBy), ("@batch", claim.BatchId)]);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> MarkStaleSendingUncertainAsync(WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE reminder_deliveries SET state = @uncertain, updated_at = @now, detail = @detail
            WHERE workspace_id = @ws AND state = @sending AND claimed_at < @before
            """).With(Dialect, ("@ws", workspaceId.Value), ("@uncertain", ReminderDeliveryState.Uncertain), ("@now", now), ("@sending", ReminderDeliveryState.Sending),
            ("@before", claimedBefore), ("@detail", "The bot stopped while sending the reminder; it may have arrived."));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> MarkAnsweredAsync(WorkspaceId workspaceId, GoalId goalId, string periodKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE reminder_deliveries SET state = @answered, updated_at = @now
            WHERE workspace_id = @ws AND goal_id = @goal AND period_key = @period AND state = @sent AND kind <> @notice
            """).With(Dialect, ("@ws", workspaceId.Value), ("@goal", goalId.Value), ("@period", periodKey), ("@answered", ReminderDeliveryState.Answered),
            ("@now", now), ("@sent", ReminderDeliveryState.Sent), ("@notice", ReminderKind.SetterNotice));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<ReminderPreferences>> ListPreferencesAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync("SELECT person_id, day_of_week, time_of_day, out_until, muted_goals FROM reminder_preferences WHERE workspace_id = @ws ORDER BY person_id",
            MapPreferences, cancellationToken, ("@ws", workspaceId.Value));

    public async Task SavePreferencesAsync(WorkspaceId workspaceId, ReminderPreferences preferences, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO reminder_preferences (workspace_id, person_id, day_of_week, time_of_day, out_until, muted_goals, updated_at)
            VALUES (@ws, @person, @day, @time, @out, @muted, @now)
            ON CONFLICT (workspace_id, person_id) DO UPDATE SET day_of_week = excluded.day_of_week, time_of_day = excluded.time_of_day,
                out_until = excluded.out_until, muted_goals = excluded.muted_goals, updated_at = excluded.updated_at
            """).With(Dialect, ("@ws", workspaceId.Value), ("@person", preferences.PersonId), ("@day", preferences.Day),
            ("@time", preferences.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)), ("@out", preferences.OutUntil),
            ("@muted", string.Join(',', preferences.Muted.Select(g => g.ToString()).Order(StringComparer.Ordinal))), ("@now", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<PeriodAnswer>> ListAnswersAsync(WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken)
        => QueryAsync("SELECT goal_id, period_key, kind, until_at, reason, answered_by FROM check_in_answers WHERE workspace_id = @ws AND period_key >= @from ORDER BY period_key, goal_id",
            r => new PeriodAnswer(new GoalId(r.Guid("goal_id")), r.String("period_key"), r.Enum<PeriodAnswerKind>("kind"), r.NullableTimestamp("until_at"),
                r.NullableString("reason"), r.String("answered_by")),
            cancellationToken, ("@ws", workspaceId.Value), ("@from", fromPeriodKey));

    public async Task SaveAnswerAsync(WorkspaceId workspaceId, PeriodAnswer answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO check_in_answers (workspace_id, goal_id, period_key, kind, until_at, reason, answered_by, answered_at)
            VALUES (@ws, @goal, @period, @kind, @until, @reason, @by, @now)
            ON CONFLICT (workspace_id, goal_id, period_key) DO UPDATE SET kind = excluded.kind, until_at = excluded.until_at, reason = excluded.reason,
                answered_by = excluded.answered_by, answered_at = excluded.answered_at
            """).With(Dialect, ("@ws", workspaceId.Value), ("@goal", answer.GoalId.Value), ("@period", answer.PeriodKey), ("@kind", answer.Kind),
            ("@until", answer.Until), ("@reason", answer.Reason), ("@by", answer.By), ("@now", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (string, object?)[] KeyOf(ReminderDelivery d)
        => [("@ws", d.WorkspaceId.Value), ("@goal", d.GoalId.Value), ("@person", d.PersonId), ("@period", d.PeriodKey), ("@kind", d.Kind)];

    private static ReminderDelivery Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), new GoalId(r.Guid("goal_id")), r.String("person_id"), r.String("period_key"), r.Enum<ReminderKind>("kind"),
        r.Enum<ReminderDeliveryState>("state"), r.Timestamp("due_at"), r.Timestamp("updated_at"), r.Guid("batch_id"), r.NullableTimestamp("claimed_at"),
        r.NullableString("claimed_by"), r.NullableString("message_id"), r.NullableString("detail"));

    private static ReminderPreferences MapPreferences(DbDataReader r) => new(r.String("person_id"))
    {
        Day = r.NullableEnum<DayOfWeek>("day_of_week"),
        Time = r.NullableString("time_of_day") is { } time ? TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture) : null,
        OutUntil = r.NullableDate("out_until"),
        Muted = r.String("muted_goals").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(g => new GoalId(Guid.Parse(g))).ToHashSet(),
    };
}
