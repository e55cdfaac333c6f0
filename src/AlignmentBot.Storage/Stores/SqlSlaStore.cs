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
    private const string Columns = "workspace_id, id, leads_per_period, period, follow_up_hours, definition, proposed_by, proposed_at, marketing_user_id, marketing_name, marketing_confirmed_at, sales_user_id, sales_name, sales_confirmed_at, superseded, proposed_by_id, version";
    private const string Signed = "marketing_user_id IS NOT NULL AND sales_user_id IS NOT NULL";
    private const string Unsigned = "(marketing_user_id IS NULL OR sales_user_id IS NULL)";

    public async Task<LeadSla?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@id", id))).SingleOrDefault();

    public Task<LeadSla?> GetActiveAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => NewestAsync(workspaceId, Signed, cancellationToken);

    public Task<LeadSla?> GetPendingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => NewestAsync(workspaceId, Unsigned, cancellationToken);

    public async Task<LeadSla?> GetSignedBeforeAsync(WorkspaceId workspaceId, int version, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND superseded = @yes AND {Signed} AND version < @version ORDER BY version DESC", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@yes", true), ("@version", version));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<LeadSla> SaveAsync(LeadSla sla, CancellationToken cancellationToken)
    {
        var saved = sla;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id));

            // A new row takes the workspace's next version; a row saved again keeps the one it has.
            var version = before?.Version ?? await ScalarAsync(connection, transaction,
                "SELECT COALESCE(MAX(version), 0) + 1 FROM lead_slas WHERE workspace_id = @ws", cancellationToken, ("@ws", sla.WorkspaceId.Value));
            saved = sla with { Version = version };
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO lead_slas ({Columns}) VALUES (@ws, @id, @leads, @period, @hours, @definition, @by, @at, @mUser, @mName, @mAt, @sUser, @sName, @sAt, @superseded, @byId, @version)
                ON CONFLICT (workspace_id, id) DO UPDATE SET leads_per_period = excluded.leads_per_period, period = excluded.period,
                    follow_up_hours = excluded.follow_up_hours, definition = excluded.definition, marketing_user_id = excluded.marketing_user_id,
                    marketing_name = excluded.marketing_name, marketing_confirmed_at = excluded.marketing_confirmed_at, sales_user_id = excluded.sales_user_id,
                    sales_name = excluded.sales_name, sales_confirmed_at = excluded.sales_confirmed_at, superseded = excluded.superseded
                """, cancellationToken,
                ("@ws", sla.WorkspaceId.Value), ("@id", sla.Id), ("@leads", sla.LeadsPerPeriod), ("@period", sla.Period), ("@hours", sla.FollowUpHours),
                ("@definition", sla.Definition), ("@by", sla.ProposedBy), ("@at", sla.ProposedAt),
                ("@mUser", sla.Marketing?.UserId), ("@mName", sla.Marketing?.Name), ("@mAt", sla.Marketing?.At),
                ("@sUser", sla.Sales?.UserId), ("@sName", sla.Sales?.Name), ("@sAt", sla.Sales?.At), ("@superseded", sla.Superseded),
                ("@byId", sla.ProposedById), ("@version", version));

            await AuditAsync(connection, transaction, sla.WorkspaceId, KindOf(before, saved), before is null ? null : AuditSnapshots.Sla(before), AuditSnapshots.Sla(saved), cancellationToken);
            if (!saved.Superseded)
            {
                await RetireOthersAsync(connection, transaction, saved, cancellationToken);
            }
        }, cancellationToken);
        return saved;
    }

    public async Task<LeadSla?> TrySignAsync(WorkspaceId workspaceId, Guid id, Function side, SlaConfirmation signature, CancellationToken cancellationToken)
    {
        var (mine, other) = (SideColumn(side), SideColumn(side == Function.Marketing ? Function.Sales : Function.Marketing));
        LeadSla? signed = null;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@id", id));
            await using var update = connection.Command($"""
                UPDATE lead_slas SET {mine}_user_id = @user, {mine}_name = @name, {mine}_confirmed_at = @at
                WHERE workspace_id = @ws AND id = @id AND superseded = @no AND {mine}_user_id IS NULL AND ({other}_user_id IS NULL OR {other}_user_id <> @user)
                """, transaction).With(Dialect, ("@user", signature.UserId), ("@name", signature.Name), ("@at", signature.At), ("@ws", workspaceId.Value), ("@id", id), ("@no", false));
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return;
            }

            await using var read = connection.Command($"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", transaction).With(Dialect, ("@ws", workspaceId.Value), ("@id", id));
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                signed = Map(reader);
            }

            await AuditAsync(connection, transaction, workspaceId, AuditKinds.SlaSigned, before is null ? null : AuditSnapshots.Sla(before), AuditSnapshots.Sla(signed), cancellationToken);
            if (signed.IsActive)
            {
                await RetireOthersAsync(connection, transaction, signed, cancellationToken);
            }
        }, cancellationToken);
        return signed;
    }

    public async Task<LeadSla?> TryWithdrawAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
    {
        LeadSla? withdrawn = null;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@id", id));
            await using var update = connection.Command($"UPDATE lead_slas SET superseded = @yes WHERE workspace_id = @ws AND id = @id AND superseded = @no AND {Unsigned}", transaction)
                .With(Dialect, ("@yes", true), ("@no", false), ("@ws", workspaceId.Value), ("@id", id));
            if (before is null || await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return;
            }

            withdrawn = before with { Superseded = true };
            await AuditAsync(connection, transaction, workspaceId, AuditKinds.SlaWithdrawn, AuditSnapshots.Sla(before), AuditSnapshots.Sla(withdrawn), cancellationToken);
        }, cancellationToken);
        return withdrawn;
    }

    public async Task<LeadSla?> TryUnsignAsync(WorkspaceId workspaceId, Guid id, Function side, string userId, CancellationToken cancellationToken)
    {
        var mine = SideColumn(side);
        LeadSla? unsigned = null;
        await InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@id", id));
            // Only the newest version: once something was proposed after it, taking a signature back would leave two waiting.
            if (before is null || await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM lead_slas WHERE workspace_id = @ws AND superseded = @no AND version > @version",
                    cancellationToken, ("@ws", workspaceId.Value), ("@no", false), ("@version", before.Version)) > 0)
            {
                return;
            }

            await using var update = connection.Command($"""
                UPDATE lead_slas SET {mine}_user_id = NULL, {mine}_name = NULL, {mine}_confirmed_at = NULL
                WHERE workspace_id = @ws AND id = @id AND superseded = @no AND {mine}_user_id = @user
                """, transaction).With(Dialect, ("@ws", workspaceId.Value), ("@id", id), ("@no", false), ("@user", userId));
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return;
            }

            unsigned = side == Function.Marketing ? before with { Marketing = null } : before with { Sales = null };
            await AuditAsync(connection, transaction, workspaceId, AuditKinds.SlaUnsigned, AuditSnapshots.Sla(before), AuditSnapshots.Sla(unsigned), cancellationToken);
            if (!before.IsActive)
            {
                return;
            }

            // The signature had put this version in force and retired the one before it: the newest version signed by both
            // sides below it is that one (every signed version replaced the one before it), and it is in force again.
            var signedBefore = await FindAllAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND superseded = @yes AND {Signed} AND version < @version ORDER BY version DESC",
                Map, cancellationToken, ("@ws", workspaceId.Value), ("@yes", true), ("@version", before.Version));
            if (signedBefore is [var replaced, ..])
            {
                await ExecuteAsync(connection, transaction, "UPDATE lead_slas SET superseded = @no WHERE workspace_id = @ws AND id = @id", cancellationToken,
                    ("@no", false), ("@ws", workspaceId.Value), ("@id", replaced.Id));
                await AuditAsync(connection, transaction, workspaceId, AuditKinds.SlaReinstated, AuditSnapshots.Sla(replaced), AuditSnapshots.Sla(replaced with { Superseded = false }), cancellationToken);
            }
        }, cancellationToken);
        return unsigned;
    }

    private static string SideColumn(Function side) => side switch
    {
        Function.Marketing => "marketing",
        Function.Sales => "sales",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only marketing and sales sign the lead agreement."),
    };

    /// <summary>
    /// One agreement in force and one proposal waiting at most: a new proposal withdraws the older waiting ones (the active
    /// one stays), and a version signed by both sides replaces the active one and any older proposal.
    /// </summary>
    private async Task RetireOthersAsync(DbConnection connection, DbTransaction transaction, LeadSla kept, CancellationToken cancellationToken)
    {
        var which = kept.IsActive ? $"(({Signed}) OR version < @version)" : Unsigned;
        var retired = await FindAllAsync(connection, transaction, $"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND id <> @id AND superseded = @no AND {which}", Map, cancellationToken,
            ("@no", false), ("@ws", kept.WorkspaceId.Value), ("@id", kept.Id), ("@version", kept.Version));
        await ExecuteAsync(connection, transaction, $"UPDATE lead_slas SET superseded = @yes WHERE workspace_id = @ws AND id <> @id AND superseded = @no AND {which}", cancellationToken,
            ("@yes", true), ("@no", false), ("@ws", kept.WorkspaceId.Value), ("@id", kept.Id), ("@version", kept.Version));
        foreach (var old in retired)
        {
            await AuditAsync(connection, transaction, kept.WorkspaceId, AuditKinds.SlaReplaced, AuditSnapshots.Sla(old), AuditSnapshots.Sla(old with { Superseded = true }), cancellationToken);
        }
    }

    private async Task<LeadSla?> NewestAsync(WorkspaceId workspaceId, string condition, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM lead_slas WHERE workspace_id = @ws AND superseded = @no AND {condition} ORDER BY version DESC", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@no", false));
        return found.Count > 0 ? found[0] : null;
    }

    private async Task<int> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction).With(Dialect, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

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
        Confirmation(r, "marketing"), Confirmation(r, "sales"), r.Bool("superseded"), r.NullableString("proposed_by_id"), r.Int("version"));

    private static SlaConfirmation? Confirmation(DbDataReader r, string side)
        => r.NullableString($"{side}_user_id") is { } user
            ? new SlaConfirmation(user, r.String($"{side}_name"), r.Timestamp($"{side}_confirmed_at"))
            : null;
}
