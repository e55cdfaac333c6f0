using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Permissions;

/// <summary>Who could do what was refused: people with these roles, admins, and specific people (by user id).</summary>
public sealed record WhoCan(IReadOnlyList<Role> Roles, bool Admins, IReadOnlyList<string> PersonIds)
{
    public static WhoCan Nobody { get; } = new([], false, []);
}
