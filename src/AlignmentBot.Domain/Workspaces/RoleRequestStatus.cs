namespace AlignmentBot.Domain.Workspaces;

public enum RoleRequestStatus
{
    Pending,
    Approved,
    Declined,
}
