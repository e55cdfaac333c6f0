using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlSlaStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), ISlaStore
{
    private const string Columns = "workspace_id, id, leads_per_period, period, follow_up_hours, definition, proposed_by, proposed_at, marketing_user_id, marketing_name, marketing_confirmed_at, sales_user_id, sales_name, sales_confirmed_at, superseded";

    public async Task<LeadSla?> GetCurrentAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var current = await QueryAsync($"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND superseded = @no ORDER BY proposed_at DESC", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@no", false));
        return current.Count > 0 ? current[0] : null;
    }

    public Task SaveAsync(LeadSla sla, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id));
            var retired = await FindAllAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id <> @id AND superseded = @no", Map, cancellationToken,
                ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id), ("@no", false));

            // Only one agreement is current: saving a new proposal retires the others.
            await ExecuteAsync(connection, transaction, "UPDATE lead_slas SET superseded = @yes WHERE workspace_id = @ws AND id <> @id AND superseded = @no", cancellationToken,
                ("@yes", true), ("@no", false), ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id));
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO lead_slas ({Columns}) VALUES (@ws, @id, @leads, @period, @hours, @definition, @by, @at, @mUser, @mName, @mAt, @sUser, @sName, @sAt, @superseded)
                ON CONFLICT (workspace_id, id) DO UPDATE SET leads_per_period = excluded.leads_per_period, period = excluded.period,
                    follow_up_hours = excluded.follow_up_hours, definition = excluded.definition, marketing_user_id = excluded.marketing_user_id,
                    marketing_name = excluded.marketing_name, marketing_confirmed_at = excluded.marketing_confirmed_at, sales_user_id = excluded.sales_user_id,
                    sales_name = excluded.sales_name, sales_confirmed_at = excluded.sales_confirmed_at, superseded = excluded.superseded
                """, cancellationToken,
                ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id), ("@leads", sla.LeadsPerPeriod), ("@period", sla.Period), ("@hours", sla.FollowUpHours),
                ("@definition", sla.Definition), ("@by", sla.ProposedBy), ("@at", sla.ProposedAt),
                ("@mUser", sla.Marketing?.UserId), ("@mName", sla.Marketing?.Name), ("@mAt", sla.Marketing?.At),
                ("@sUser", sla.Sales?.UserId), ("@sName", sla.Sales?.Name), ("@sAt", sla.Sales?.At), ("@superseded", sla.Superseded));

            await AuditAsync(connection, transaction, sla.WorkspaceId, KindOf(before, sla), before is null ? null : AuditSnapshots.Sla(before), AuditSnapshots.Sla(sla), cancellationToken);
            foreach (var old in retired)
            {
                await AuditAsync(connection, transaction, sla.WorkspaceId, AuditKinds.SlaReplaced, AuditSnapshots.Sla(old), AuditSnapshots.Sla(old with { Superseded = true }), cancellationToken);
            }
        }, cancellationToken);

    private static string KindOf(LeadSla? before, LeadSla after)
    {
        if (before is null)
        {
            return AuditKinds.SlaProposed;
        }

        var signed = (before.Marketing is null && after.Marketing is not null) || (before.Sales is null && after.Sales is not null);
        return signed ? AuditKinds.SlaSigned : AuditKinds.SlaChanged;
    }

    private static LeadSla Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.Int("leads_per_period"), r.Enum<PeriodKind>("period"), r.Decimal("follow_up_hours"),
        r.NullableString("definition"), r.String("proposed_by"), r.Timestamp("proposed_at"),
        Confirmation(r, "marketing"), Confirmation(r, "sales"), r.Bool("superseded"));

    private static SlaConfirmation? Confirmation(DbDataReader r, string side)
        => r.NullableString($"{side}_user_id") is { } user
            ? new SlaConfirmation(user, r.String($"{side}_name"), r.Timestamp($"{side}_confirmed_at"))
            : null;
}
