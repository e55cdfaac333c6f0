using System.Data.Common;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlRoleRequestStore(IDbConnectionFactory connections) : SqlStore(connections), IRoleRequestStore
{
    private const string Columns = "workspace_id, id, user_id, user_name, role, requested_at, status, decided_by_id, decided_by, decided_at";

    public async Task<RoleRequest?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {Columns} FROM role_requests WHERE workspace_id = @ws AND id = @id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@id", id))).SingleOrDefault();

    public Task<IReadOnlyList<RoleRequest>> ListPendingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM role_requests WHERE workspace_id = @ws AND status = @pending ORDER BY requested_at, id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@pending", RoleRequestStatus.Pending));

    public Task<IReadOnlyList<RoleRequest>> ListForPersonAsync(WorkspaceId workspaceId, string userId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {Columns} FROM role_requests WHERE workspace_id = @ws AND user_id = @user ORDER BY requested_at DESC, id", Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@user", userId));

    public Task SaveAsync(RoleRequest request, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            // One open request per person: asking again replaces what they asked before.
            await ExecuteAsync(connection, transaction, """
                UPDATE role_requests SET status = @declined, decided_by_id = @user, decided_by = @name, decided_at = @at
                WHERE workspace_id = @ws AND user_id = @user AND status = @pending AND id <> @id
                """, cancellationToken,
                ("@declined", RoleRequestStatus.Declined), ("@user", request.UserId), ("@name", request.UserName + " (asked again)"), ("@at", request.RequestedAt),
                ("@ws", request.WorkspaceId.Value), ("@pending", RoleRequestStatus.Pending), ("@id", request.Id));
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO role_requests ({Columns}) VALUES (@ws, @id, @user, @name, @role, @at, @status, @byId, @by, @decidedAt)
                ON CONFLICT (workspace_id, id) DO UPDATE SET role = excluded.role, status = excluded.status, decided_by_id = excluded.decided_by_id,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at
                """, cancellationToken,
                ("@ws", request.WorkspaceId.Value), ("@id", request.Id), ("@user", request.UserId), ("@name", request.UserName), ("@role", request.Role),
                ("@at", request.RequestedAt), ("@status", request.Status), ("@byId", request.DecidedBy?.Id), ("@by", request.DecidedBy?.Name), ("@decidedAt", request.DecidedAt));
        }, cancellationToken);

    public async Task<bool> TryDecideAsync(WorkspaceId workspaceId, Guid id, RoleRequestStatus status, PersonRef decidedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE role_requests SET status = @status, decided_by_id = @byId, decided_by = @by, decided_at = @at
            WHERE workspace_id = @ws AND id = @id AND status = @pending
            """).With(Dialect, ("@status", status), ("@byId", decidedBy.Id), ("@by", decidedBy.Name), ("@at", at), ("@ws", workspaceId.Value), ("@id", id),
            ("@pending", RoleRequestStatus.Pending));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static RoleRequest Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.String("user_id"), r.String("user_name"), r.Enum<Role>("role"), r.Timestamp("requested_at"),
        r.Enum<RoleRequestStatus>("status"), r.NullableString("decided_by") is { } by ? new PersonRef(r.NullableString("decided_by_id"), by) : null,
        r.NullableTimestamp("decided_at"));
}
