using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>A role or admin command read from a sentence.</summary>
/// <param name="Who">The phrase naming the person ("@marco", "Sam", "&lt;@U123&gt;").</param>
public sealed record RoleCommand(RoleCommandKind Kind, string? Who = null, Role? Role = null);
