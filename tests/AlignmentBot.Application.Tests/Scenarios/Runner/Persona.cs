using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>A person scenarios talk as.</summary>
/// <param name="Key">The name scenarios use ("dana", "sam").</param>
/// <param name="Name">What the platform calls them.</param>
/// <param name="StoredName">The display name the workspace has for them (the demo adds the job title).</param>
/// <param name="Role">The role that exists today; null for a newcomer the bot has never met.</param>
/// <param name="IntendedRole">The role in the permission model the product is moving to (admins grant it).</param>
/// <param name="IsAdmin">A workspace admin in that model.</param>
public sealed record Persona(string Key, string UserId, string Name, string StoredName, Role? Role, string? IntendedRole, bool IsAdmin)
{
    public string FirstName => Name.Split(' ')[0];
}
