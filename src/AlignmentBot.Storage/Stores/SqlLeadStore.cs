using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlLeadStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), ILeadStore
{
    private const string Columns = "workspace_id, id, external_id, company, contact, stage, campaign, channel, product, created_at, first_follow_up_at, decision, rejection_reason, reason_note, decided_at, decided_by, deal_value, decided_by_id, "
        + "before_decision, before_rejection_reason, before_reason_note, before_stage, before_first_follow_up_at, before_decided_at, before_decided_by, before_decided_by_id";

    // Re-importing an export updates each lead in place; the first import's id stays.
    private const string Upsert = $"""
        INSERT INTO leads ({Columns}) VALUES (@ws, @id, @ext, @company, @contact, @stage, @campaign, @channel, @product, @created, @followUp, @decision, @reason, @note, @decidedAt, @decidedBy, @value, @decidedById,
            @bDecision, @bReason, @bNote, @bStage, @bFollowUp, @bDecidedAt, @bDecidedBy, @bDecidedById)
        ON CONFLICT (workspace_id, external_id) DO UPDATE SET company = excluded.company, contact = excluded.contact, stage = excluded.stage,
            campaign = excluded.campaign, channel = excluded.channel, product = excluded.product, created_at = excluded.created_at,
            first_follow_up_at = excluded.first_follow_up_at, decision = excluded.decision, rejection_reason = excluded.rejection_reason,
            reason_note = excluded.reason_note, decided_at = excluded.decided_at, decided_by = excluded.decided_by, deal_value = excluded.deal_value,
            decided_by_id = excluded.decided_by_id, before_decision = excluded.before_decision, before_rejection_reason = excluded.before_rejection_reason,
            before_reason_note = excluded.before_reason_note, before_stage = excluded.before_stage, before_first_follow_up_at = excluded.before_first_follow_up_at,
            before_decided_at = excluded.before_decided_at, before_decided_by = excluded.before_decided_by, before_decided_by_id = excluded.before_decided_by_id
        """;

    public async Task<Lead?> FindAsync(WorkspaceId workspaceId, string externalId, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM leads WHERE workspace_id = @ws AND external_id = @ext", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@ext", externalId))).SingleOrDefault();

    public Task<IReadOnlyList<Lead>> ListAsync(WorkspaceId workspaceId, DateTimeOffset since, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM leads WHERE workspace_id = @ws AND created_at >= @since ORDER BY created_at, external_id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@since", since));

    /// <summary>Verdicts from chat: each lead is its own audit entry (imports go through the import store, one entry per file).</summary>
    public Task UpsertAsync(WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = new List<Lead?>(leads.Count);
            foreach (var l in leads)
            {
                before.Add(await FindAsync(connection, transaction, $"SELECT {Columns} FROM leads WHERE workspace_id = @ws AND external_id = @ext", Map, cancellationToken,
                    ("@ws", workspaceId.Value), ("@ext", l.ExternalId)));
            }

            await WriteAsync(connection, transaction, Dialect, workspaceId, leads, cancellationToken);
            for (var i = 0; i < leads.Count; i++)
            {
                await AuditAsync(connection, transaction, workspaceId, KindOf(before[i], leads[i]), before[i] is { } b ? AuditSnapshots.Lead(b) : null,
                    AuditSnapshots.Lead(leads[i]), cancellationToken);
            }
        }, cancellationToken);

    /// <summary>
    /// A verdict always stamps who decided and when, and remembers the verdict it replaced (<see cref="Lead.VerdictBefore"/>).
    /// A decision that changes while that stamp stays is an undo (the card's Undo puts the earlier decision back and leaves
    /// the stamp); so is one that puts the remembered verdict back (<see cref="Lead.Restore"/>: "undo my verdict on Hooli"
    /// names the lead, and its earlier stamp, cleared or older, comes back with it).
    /// </summary>
    private static string KindOf(Lead? before, Lead after)
    {
        if (before is null)
        {
            return after.Decision == LeadDecision.Pending ? AuditKinds.LeadChanged : AuditKinds.LeadDecided;
        }

        var verdictChanged = before.Decision != after.Decision || before.RejectionReason != after.RejectionReason || before.ReasonNote != after.ReasonNote;
        if (!verdictChanged)
        {
            return AuditKinds.LeadChanged;
        }

        var restored = before.VerdictBefore is not null && after.VerdictBefore is null;
        return restored || (before.DecidedAt == after.DecidedAt && before.DecidedBy == after.DecidedBy) ? AuditKinds.LeadUndone : AuditKinds.LeadDecided;
    }

    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(Upsert, transaction);
        foreach (var l in leads)
        {
            if (l.WorkspaceId != workspaceId)
            {
                throw new ArgumentException("Every lead must belong to the workspace it is saved in.", nameof(leads));
            }

            command.Rebind(dialect, ("@ws", workspaceId.Value), ("@id", l.Id), ("@ext", l.ExternalId), ("@company", l.Company), ("@contact", l.Contact),
                ("@stage", l.Stage), ("@campaign", l.Source.Campaign), ("@channel", l.Source.Channel), ("@product", l.Source.Product),
                ("@created", l.CreatedAt), ("@followUp", l.FirstFollowUpAt), ("@decision", l.Decision), ("@reason", l.RejectionReason),
                ("@note", l.ReasonNote), ("@decidedAt", l.DecidedAt), ("@decidedBy", l.DecidedBy), ("@value", l.DealValue), ("@decidedById", l.DecidedById),
                ("@bDecision", l.VerdictBefore?.Decision), ("@bReason", l.VerdictBefore?.Reason), ("@bNote", l.VerdictBefore?.Note), ("@bStage", l.VerdictBefore?.Stage),
                ("@bFollowUp", l.VerdictBefore?.FirstFollowUpAt), ("@bDecidedAt", l.VerdictBefore?.DecidedAt), ("@bDecidedBy", l.VerdictBefore?.DecidedBy),
                ("@bDecidedById", l.VerdictBefore?.DecidedById));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Lead Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.String("external_id"), r.NullableString("company"), r.NullableString("contact"),
        r.Enum<LeadStage>("stage"), new Breakdown(r.NullableString("campaign"), r.NullableString("channel"), r.NullableString("product")),
        r.Timestamp("created_at"), r.NullableTimestamp("first_follow_up_at"), r.Enum<LeadDecision>("decision"),
        r.NullableEnum<RejectionReason>("rejection_reason"), r.NullableString("reason_note"), r.NullableTimestamp("decided_at"),
        r.NullableString("decided_by"), r.NullableDecimal("deal_value"), r.NullableString("decided_by_id"), VerdictBefore(r));

    /// <summary>The verdict the current one replaced (<see cref="Lead.VerdictBefore"/>), or null when none was kept.</summary>
    private static LeadVerdict? VerdictBefore(DbDataReader r) => r.NullableEnum<LeadDecision>("before_decision") is { } decision
        ? new LeadVerdict(decision, r.NullableEnum<RejectionReason>("before_rejection_reason"), r.NullableString("before_reason_note"), r.Enum<LeadStage>("before_stage"),
            r.NullableTimestamp("before_first_follow_up_at"), r.NullableTimestamp("before_decided_at"), r.NullableString("before_decided_by"), r.NullableString("before_decided_by_id"))
        : null;
}
