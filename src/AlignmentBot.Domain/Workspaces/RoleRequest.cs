namespace AlignmentBot.Domain.Workspaces;

/// <summary>Someone asked for a role ("I'm in sales now", the onboarding question); an admin approves or declines it.</summary>
public sealed record RoleRequest(
    Guid Id,
    WorkspaceId WorkspaceId,
    string UserId,
    string UserName,
    Role Role,
    DateTimeOffset RequestedAt,
    RoleRequestStatus Status = RoleRequestStatus.Pending,
    PersonRef? DecidedBy = null,
    DateTimeOffset? DecidedAt = null)
{
    public bool IsPending => Status == RoleRequestStatus.Pending;
}
