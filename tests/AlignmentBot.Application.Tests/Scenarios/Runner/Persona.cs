using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>A person scenarios talk as.</summary>
/// <param name="Key">The name scenarios use ("dana", "sam").</param>
/// <param name="Name">What the platform calls them.</param>
/// <param name="StoredName">The display name the workspace has for them (the demo adds the job title).</param>
/// <param name="Role">The role an admin gave them; null for a newcomer the bot has never met.</param>
/// <param name="IsAdmin">A workspace admin (made admin in chat).</param>
public sealed record Persona(string Key, string UserId, string Name, string StoredName, Role? Role, bool IsAdmin)
{
    public string FirstName => Name.Split(' ')[0];
}
