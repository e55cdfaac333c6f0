using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Permissions;

/// <summary>The person asking, with what the matrix needs to know about them.</summary>
/// <param name="IsAdmin">A platform admin, a configured admin, someone an admin made admin, or anyone in the local workspace.</param>
public sealed record Actor(string UserId, Role? Role, bool IsAdmin, Membership Membership = Membership.Member)
{
    public Function? Function => Role is { } role ? Roles.FunctionOf(role) : null;

    public bool IsMember => Membership == Membership.Member;
}
