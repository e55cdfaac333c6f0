namespace AlignmentBot.Domain.Workspaces;

/// <summary>Someone who talks to the bot. The role is asked once and can be changed.</summary>
public sealed record Person(WorkspaceId WorkspaceId, string UserId, string DisplayName, Role? Role = null, string? TimeZone = null);
