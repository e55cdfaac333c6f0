using System.Data.Common;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlActionReferenceStore(IDbConnectionFactory connections) : SqlStore(connections), IActionReferenceStore
{
    private const string Columns = "token, workspace_id, kind, target_id, version, data, created_at, expires_at";

    public async Task SaveAsync(ActionReference reference, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"INSERT INTO action_references ({Columns}) VALUES (@token, @ws, @kind, @target, @version, @data, @created, @expires)", cancellationToken,
            ("@token", reference.Token), ("@ws", reference.WorkspaceId.Value), ("@kind", reference.Kind), ("@target", reference.TargetId), ("@version", reference.Version),
            ("@data", reference.Data), ("@created", reference.CreatedAt), ("@expires", reference.ExpiresAt));
    }

    public async Task<ActionReference?> FindAsync(WorkspaceId workspaceId, string token, DateTimeOffset now, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM action_references WHERE token = @token AND workspace_id = @ws AND expires_at > @now", Map, cancellationToken,
            ("@token", token), ("@ws", workspaceId.Value), ("@now", now))).SingleOrDefault();

    /// <summary>Deletes references that expired before <paramref name="now"/>; returns how many.</summary>
    public async Task<int> ForgetExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM action_references WHERE expires_at <= @now").With(Dialect, "@now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ActionReference Map(DbDataReader r) => new(
        r.String("token"), new WorkspaceId(r.String("workspace_id")), r.String("kind"), r.String("target_id"), r.Int("version"), r.NullableString("data"),
        r.Timestamp("created_at"), r.Timestamp("expires_at"));
}
