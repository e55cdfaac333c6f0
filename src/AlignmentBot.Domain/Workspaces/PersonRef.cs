namespace AlignmentBot.Domain.Workspaces;

/// <summary>
/// A person named on a record (an owner, a requester, a decider, a signatory): their user id when they are known to the
/// workspace, and the name to show. Records made before people were references keep only the name.
/// </summary>
public sealed record PersonRef(string? Id, string Name)
{
    public static PersonRef Named(string name) => new(null, name);

    public bool Is(string userId) => Id is not null && string.Equals(Id, userId, StringComparison.Ordinal);
}
