using System.Data.Common;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlDigestDeliveryStore(IDbConnectionFactory connections) : SqlStore(connections), IDigestDeliveryStore
{
    private const string Columns = "workspace_id, subscription_id, period_key, due_at, due_date, state, attempts, updated_at, claimed_at, claimed_by, next_attempt_at, message_id, detail";
    private const string Key = "workspace_id = @ws AND subscription_id = @sub AND period_key = @period";

    public async Task<DigestDelivery?> GetAsync(WorkspaceId workspaceId, Guid subscriptionId, string periodKey, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM digest_deliveries WHERE {Key}", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@sub", subscriptionId), ("@period", periodKey))).SingleOrDefault();

    public Task<IReadOnlyList<DigestDelivery>> ListAsync(WorkspaceId workspaceId, Guid subscriptionId, int limit, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM digest_deliveries WHERE workspace_id = @ws AND subscription_id = @sub ORDER BY due_at DESC, period_key DESC LIMIT @limit",
            Map, cancellationToken, ("@ws", workspaceId.Value), ("@sub", subscriptionId), ("@limit", limit));

    public Task<IReadOnlyList<DigestDelivery>> ListLatestAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"""
            SELECT {Columns} FROM (
                SELECT d.*, ROW_NUMBER() OVER (PARTITION BY subscription_id ORDER BY due_at DESC, period_key DESC) AS newest
                FROM digest_deliveries d WHERE workspace_id = @ws) latest
            WHERE newest = 1 ORDER BY subscription_id
            """, Map, cancellationToken, ("@ws", workspaceId.Value));

    public async Task<bool> TryInsertAsync(DigestDelivery delivery, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO digest_deliveries ({Columns})
            VALUES (@ws, @sub, @period, @dueAt, @dueDate, @state, @attempts, @updatedAt, @claimedAt, @claimedBy, @nextAt, @messageId, @detail)
            ON CONFLICT (workspace_id, subscription_id, period_key) DO NOTHING
            """).With(Dialect,
            ("@ws", delivery.WorkspaceId.Value), ("@sub", delivery.SubscriptionId), ("@period", delivery.PeriodKey), ("@dueAt", delivery.DueAt),
            ("@dueDate", delivery.DueDate), ("@state", delivery.State), ("@attempts", delivery.Attempts), ("@updatedAt", delivery.UpdatedAt),
            ("@claimedAt", delivery.ClaimedAt), ("@claimedBy", delivery.ClaimedBy), ("@nextAt", delivery.NextAttemptAt), ("@messageId", delivery.MessageId),
            ("@detail", delivery.Detail));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> TryReclaimAsync(DigestDelivery expected, DeliveryState expectedState, int expectedAttempts, DateTimeOffset now, string claimedBy, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            UPDATE digest_deliveries SET state = @sending, attempts = attempts + 1, claimed_at = @now, claimed_by = @by, updated_at = @now, next_attempt_at = NULL
            WHERE {Key} AND state = @expectedState AND attempts = @expectedAttempts
            """).With(Dialect,
            ("@ws", expected.WorkspaceId.Value), ("@sub", expected.SubscriptionId), ("@period", expected.PeriodKey), ("@sending", DeliveryState.Sending),
            ("@now", now), ("@by", claimedBy), ("@expectedState", expectedState), ("@expectedAttempts", expectedAttempts));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> CompleteAsync(DigestDelivery completed, string claimedBy, int attempt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            UPDATE digest_deliveries SET state = @state, updated_at = @updatedAt, next_attempt_at = @nextAt, message_id = @messageId, detail = @detail
            WHERE {Key} AND state = @sending AND claimed_by = @by AND attempts = @attempt
            """).With(Dialect,
            ("@ws", completed.WorkspaceId.Value), ("@sub", completed.SubscriptionId), ("@period", completed.PeriodKey), ("@state", completed.State),
            ("@updatedAt", completed.UpdatedAt), ("@nextAt", completed.NextAttemptAt), ("@messageId", completed.MessageId), ("@detail", completed.Detail),
            ("@sending", DeliveryState.Sending), ("@by", claimedBy), ("@attempt", attempt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<IReadOnlyList<DigestDelivery>> ListDueRetriesAsync(WorkspaceId workspaceId, DateTimeOffset now, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM digest_deliveries WHERE workspace_id = @ws AND state = @retry AND next_attempt_at <= @now ORDER BY next_attempt_at, subscription_id",
            Map, cancellationToken, ("@ws", workspaceId.Value), ("@retry", DeliveryState.RetryPending), ("@now", now));

    public Task<IReadOnlyList<DigestDelivery>> MarkStaleSendingUncertainAsync(WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, string detail, CancellationToken cancellationToken)
        => QueryAsync($"""
            UPDATE digest_deliveries SET state = @uncertain, updated_at = @now, detail = @detail
            WHERE workspace_id = @ws AND state = @sending AND claimed_at < @before
            RETURNING {Columns}
            """, Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@uncertain", DeliveryState.Uncertain), ("@now", now), ("@detail", detail), ("@sending", DeliveryState.Sending), ("@before", claimedBefore));

    private static DigestDelivery Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.Guid("subscription_id"), r.String("period_key"), r.Timestamp("due_at"), r.Date("due_date"),
        r.Enum<DeliveryState>("state"), r.Int("attempts"), r.Timestamp("updated_at"), r.NullableTimestamp("claimed_at"), r.NullableString("claimed_by"),
        r.NullableTimestamp("next_attempt_at"), r.NullableString("message_id"), r.NullableString("detail"));
}
