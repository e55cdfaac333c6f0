using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlAuditLog(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IAuditLog
{
    public Task<IReadOnlyList<AuditEntry>> ListAsync(WorkspaceId workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {AuditTrail.Columns} FROM audit_log WHERE workspace_id = @ws AND at >= @from AND at < @to ORDER BY at DESC", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@from", from), ("@to", to));

    public Task RecordAsync(WorkspaceId workspaceId, string kind, AuditSnapshot? before, AuditSnapshot? after, CancellationToken cancellationToken)
        => InTransactionAsync((connection, transaction) => AuditAsync(connection, transaction, workspaceId, kind, before, after, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<WorkspaceId>> WorkspacesAsync(CancellationToken cancellationToken)
        => (await QueryAsync("SELECT DISTINCT workspace_id FROM audit_log ORDER BY workspace_id", r => new WorkspaceId(r.GetString(0)), cancellationToken)).ToArray();

    /// <summary>Deletes entries older than <paramref name="cutoff"/>, every workspace; returns how many.</summary>
    internal async Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM audit_log WHERE at < @cutoff").With(Dialect, ("@cutoff", cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static AuditEntry Map(DbDataReader r) => new(
        r.Guid("id"),
        new WorkspaceId(r.String("workspace_id")),
        r.Timestamp("at"),
        new AuditActor(r.Enum<AuditActorKind>("actor_kind"), r.String("actor_name"), r.NullableString("actor_id"), r.NullableString("channel_id"),
            r.NullableString("conversation_id"), r.NullableString("conversation_name")),
        r.String("kind"),
        r.String("subject_id"),
        r.String("subject"),
        AuditFields.FromJson(r.NullableString("before_data")),
        AuditFields.FromJson(r.NullableString("after_data")));
}
