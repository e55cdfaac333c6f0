using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Testing.Matrix;

/// <summary>One kind of person the permission matrix is walked for.</summary>
/// <param name="Key">Short and unique: also the tail of the person's platform ids.</param>
/// <param name="Admin">A configured admin of the workspace (Permissions:Admins), so that path is walked too.</param>
public sealed record MatrixPersona(string Key, string Name, Role? Role, bool Admin = false, UserStanding Standing = UserStanding.Member)
{
    public override string ToString() => Key;
}
