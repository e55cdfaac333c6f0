using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlRequestStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IRequestStore
{
    private const string Columns = "workspace_id, id, title, requested_by, logged_by, logged_at, due_date, cost_amount, cost_currency, effort_hours, goal_id, status, decision_reason, requested_by_id, logged_by_id";

    public async Task<MarketingRequest?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM requests WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@id", id))).SingleOrDefault();

    public Task<IReadOnlyList<MarketingRequest>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM requests WHERE workspace_id = @ws ORDER BY logged_at, id", Map, cancellationToken, ("@ws", workspaceId.Value));

    public Task SaveAsync(MarketingRequest request, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM requests WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", request.WorkspaceId.Value), ("@id", request.Id));
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO requests ({Columns}) VALUES (@ws, @id, @title, @requestedBy, @loggedBy, @loggedAt, @due, @cost, @currency, @effort, @goal, @status, @reason, @requestedById, @loggedById)
                ON CONFLICT (workspace_id, id) DO UPDATE SET title = excluded.title, requested_by = excluded.requested_by, due_date = excluded.due_date,
                    cost_amount = excluded.cost_amount, cost_currency = excluded.cost_currency, effort_hours = excluded.effort_hours,
                    goal_id = excluded.goal_id, status = excluded.status, decision_reason = excluded.decision_reason, requested_by_id = excluded.requested_by_id
                """, cancellationToken,
                ("@ws", request.WorkspaceId.Value), ("@id", request.Id), ("@title", request.Title), ("@requestedBy", request.RequestedBy),
                ("@loggedBy", request.LoggedBy), ("@loggedAt", request.LoggedAt), ("@due", request.DueDate), ("@cost", request.Cost?.Amount),
                ("@currency", request.Cost?.Currency), ("@effort", request.EffortHours), ("@goal", request.GoalId?.Value), ("@status", request.Status),
                ("@reason", request.DecisionReason), ("@requestedById", request.RequestedById), ("@loggedById", request.LoggedById));
            await AuditAsync(connection, transaction, request.WorkspaceId, before is null ? AuditKinds.RequestLogged : AuditKinds.RequestChanged,
                before is null ? null : AuditSnapshots.Request(before), AuditSnapshots.Request(request with { LoggedBy = before?.LoggedBy ?? request.LoggedBy }), cancellationToken);
        }, cancellationToken);

    /// <summary>An undone request: it goes, with an audit entry of what it was.</summary>
    public Task RemoveAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            if (await FindAsync(connection, transaction, $"SELECT {Columns} FROM requests WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                    ("@ws", workspaceId.Value), ("@id", id)) is not { } before)
            {
                return;
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM requests WHERE workspace_id = @ws AND id = @id", cancellationToken, ("@ws", workspaceId.Value), ("@id", id));
            await AuditAsync(connection, transaction, workspaceId, AuditKinds.RequestRemoved, AuditSnapshots.Request(before), null, cancellationToken);
        }, cancellationToken);

    private static MarketingRequest Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.String("title"), r.String("requested_by"), r.String("logged_by"),
        r.Timestamp("logged_at"), r.NullableDate("due_date"),
        r.NullableDecimal("cost_amount") is { } amount ? new Money(amount, r.NullableString("cost_currency") ?? "USD") : null,
        r.NullableDecimal("effort_hours"), r.NullableGuid("goal_id") is { } goal ? new GoalId(goal) : null,
        r.Enum<RequestStatus>("status"), r.NullableString("decision_reason"), r.NullableString("requested_by_id"), r.NullableString("logged_by_id"));
}
