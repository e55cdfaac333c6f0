using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Permissions;

/// <summary>What the matrix needs to know about the thing acted on. Only the facts an action reads need to be set.</summary>
public sealed record PermissionResource
{
    public static PermissionResource None { get; } = new();

    /// <summary>The goal's function(s) (a shared goal is marketing's and sales'), or the functions of the goals a check-in feeds.</summary>
    public IReadOnlyCollection<Function> Functions { get; init; } = [];

    /// <summary>Owners of the goals a check-in feeds: they may report on them whatever their role.</summary>
    public IReadOnlyCollection<string> OwnerIds { get; init; } = [];

    /// <summary>Who made the lead decision being undone, or who logged the request being declined.</summary>
    public string? AuthorId { get; init; }

    /// <summary>The side of the lead agreement being signed: <see cref="Function.Marketing"/> or <see cref="Function.Sales"/>.</summary>
    public Function? Side { get; init; }

    /// <summary>Who already signed the other side of that agreement version, if anyone.</summary>
    public string? OtherSideSignatoryId { get; init; }

    /// <summary>The person is a member of the channel whose digest is being changed (they are talking in it).</summary>
    public bool InChannel { get; init; } = true;
}
