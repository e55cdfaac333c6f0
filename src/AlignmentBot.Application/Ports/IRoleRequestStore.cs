using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IRoleRequestStore
{
    Task<RoleRequest?> GetAsync(WorkspaceId workspaceId, Guid id, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<RoleRequest>> ListPendingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken);

    /// <summary>The person's requests, newest first.</summary>
    Task<IReadOnlyList<RoleRequest>> ListForPersonAsync(WorkspaceId workspaceId, string userId, CancellationToken cancellationToken);

    /// <summary>Adds a request; a pending request of the same person is replaced by it (declined as superseded).</summary>
    Task SaveAsync(RoleRequest request, CancellationToken cancellationToken);

    /// <summary>Decides a pending request; false when it was already decided (two admins pressing at once decide it once).</summary>
    Task<bool> TryDecideAsync(WorkspaceId workspaceId, Guid id, RoleRequestStatus status, PersonRef decidedBy, DateTimeOffset at, CancellationToken cancellationToken);
}
