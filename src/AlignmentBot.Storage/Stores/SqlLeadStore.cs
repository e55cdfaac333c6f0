using System.Data.Common;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlLeadStore(IDbConnectionFactory connections) : SqlStore(connections), ILeadStore
{
    private const string Columns = "workspace_id, id, external_id, company, contact, stage, campaign, channel, product, created_at, first_follow_up_at, decision, rejection_reason, reason_note, decided_at, decided_by, deal_value, decided_by_id";

    // Re-importing an export updates each lead in place; the first import's id stays.
    private const string Upsert = $"""
        INSERT INTO leads ({Columns}) VALUES (@ws, @id, @ext, @company, @contact, @stage, @campaign, @channel, @product, @created, @followUp, @decision, @reason, @note, @decidedAt, @decidedBy, @value, @decidedById)
        ON CONFLICT (workspace_id, external_id) DO UPDATE SET company = excluded.company, contact = excluded.contact, stage = excluded.stage,
            campaign = excluded.campaign, channel = excluded.channel, product = excluded.product, created_at = excluded.created_at,
            first_follow_up_at = excluded.first_follow_up_at, decision = excluded.decision, rejection_reason = excluded.rejection_reason,
            reason_note = excluded.reason_note, decided_at = excluded.decided_at, decided_by = excluded.decided_by, deal_value = excluded.deal_value,
            decided_by_id = excluded.decided_by_id
        """;

    public async Task<Lead?> FindAsync(WorkspaceId workspaceId, string externalId, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM leads WHERE workspace_id = @ws AND external_id = @ext", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@ext", externalId))).SingleOrDefault();

    public Task<IReadOnlyList<Lead>> ListAsync(WorkspaceId workspaceId, DateTimeOffset since, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM leads WHERE workspace_id = @ws AND created_at >= @since ORDER BY created_at, external_id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@since", since));

    public Task UpsertAsync(WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
        => InTransactionAsync((connection, transaction) => WriteAsync(connection, transaction, Dialect, workspaceId, leads, cancellationToken), cancellationToken);

    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(Upsert, transaction);
        foreach (var l in leads)
        {
            if (l.WorkspaceId != workspaceId)
            {
                throw new ArgumentException("Every lead must belong to the workspace it is saved in.", nameof(leads));
            }

            command.Parameters.Clear();
            command.With(dialect, ("@ws", workspaceId.Value), ("@id", l.Id), ("@ext", l.ExternalId), ("@company", l.Company), ("@contact", l.Contact),
                ("@stage", l.Stage), ("@campaign", l.Source.Campaign), ("@channel", l.Source.Channel), ("@product", l.Source.Product),
                ("@created", l.CreatedAt), ("@followUp", l.FirstFollowUpAt), ("@decision", l.Decision), ("@reason", l.RejectionReason),
                ("@note", l.ReasonNote), ("@decidedAt", l.DecidedAt), ("@decidedBy", l.DecidedBy), ("@value", l.DealValue), ("@decidedById", l.DecidedById));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Lead Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.String("external_id"), r.NullableString("company"), r.NullableString("contact"),
        r.Enum<LeadStage>("stage"), new Breakdown(r.NullableString("campaign"), r.NullableString("channel"), r.NullableString("product")),
        r.Timestamp("created_at"), r.NullableTimestamp("first_follow_up_at"), r.Enum<LeadDecision>("decision"),
        r.NullableEnum<RejectionReason>("rejection_reason"), r.NullableString("reason_note"), r.NullableTimestamp("decided_at"),
        r.NullableString("decided_by"), r.NullableDecimal("deal_value"), r.NullableString("decided_by_id"));
}
