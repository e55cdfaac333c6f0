using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlGoalStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IGoalStore
{
    private const string Columns = "workspace_id, id, asked_as, metric, baseline, target, direction, per_period, start_date, deadline, cadence, owner_name, owner_id, audience, parent_id, status, created_at, created_by, currency, close_reason";

    public async Task<Goal?> GetAsync(WorkspaceId workspaceId, GoalId id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM goals WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@id", id.Value))).SingleOrDefault();

    public Task<IReadOnlyList<Goal>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM goals WHERE workspace_id = @ws ORDER BY created_at, id", Map, cancellationToken, ("@ws", workspaceId.Value));

    public Task SaveAsync(WorkspaceId workspaceId, IReadOnlyList<Goal> goals, CancellationToken cancellationToken)
    {
        if (goals.Any(g => g.WorkspaceId != workspaceId))
        {
            throw new ArgumentException("Every goal must belong to the workspace it is saved in.", nameof(goals));
        }

        return InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var g in goals)
            {
                var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM goals WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                    ("@ws", workspaceId.Value), ("@id", g.Id.Value));
                await ExecuteAsync(connection, transaction, $"""
                    INSERT INTO goals ({Columns}) VALUES (@ws, @id, @asked, @metric, @baseline, @target, @direction, @per, @start, @deadline, @cadence, @owner, @ownerId, @audience, @parent, @status, @created, @createdBy, @currency, @reason)
                    ON CONFLICT (workspace_id, id) DO UPDATE SET asked_as = excluded.asked_as, metric = excluded.metric, baseline = excluded.baseline,
                        target = excluded.target, direction = excluded.direction, per_period = excluded.per_period, start_date = excluded.start_date,
                        deadline = excluded.deadline, cadence = excluded.cadence, owner_name = excluded.owner_name, owner_id = excluded.owner_id,
                        audience = excluded.audience, parent_id = excluded.parent_id, status = excluded.status,
                        currency = excluded.currency, close_reason = excluded.close_reason
                    """, cancellationToken,
                    ("@ws", workspaceId.Value), ("@id", g.Id.Value), ("@asked", g.AskedAs), ("@metric", g.Metric), ("@baseline", g.Baseline), ("@target", g.Target),
                    ("@direction", g.Direction), ("@per", g.Per), ("@start", g.StartDate), ("@deadline", g.Deadline), ("@cadence", g.Cadence),
                    ("@owner", g.OwnerName), ("@ownerId", g.OwnerId), ("@audience", g.Audience), ("@parent", g.ParentId?.Value), ("@status", g.Status),
                    ("@created", g.CreatedAt), ("@createdBy", g.CreatedBy), ("@currency", g.Currency), ("@reason", g.CloseReason));
                await AuditAsync(connection, transaction, workspaceId, before is null ? AuditKinds.GoalCreated : AuditKinds.GoalChanged,
                    before is null ? null : AuditSnapshots.Goal(before), AuditSnapshots.Goal(g), cancellationToken);
            }
        }, cancellationToken);
    }

    private static Goal Map(DbDataReader r) => new(
        new GoalId(r.Guid("id")), new WorkspaceId(r.String("workspace_id")), r.String("asked_as"), r.Enum<MetricKey>("metric"),
        r.NullableDecimal("baseline"), r.Decimal("target"), r.Enum<Direction>("direction"), r.NullableEnum<PeriodKind>("per_period"),
        r.Date("start_date"), r.Date("deadline"), r.Enum<Cadence>("cadence"), r.String("owner_name"), r.Enum<Audience>("audience"),
        r.Enum<GoalStatus>("status"), r.Timestamp("created_at"), r.String("created_by"), r.NullableString("owner_id"),
        r.NullableGuid("parent_id") is { } parent ? new GoalId(parent) : null, r.NullableString("currency"), r.NullableString("close_reason"));
}
