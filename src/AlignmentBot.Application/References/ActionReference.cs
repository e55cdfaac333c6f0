using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.References;

/// <summary>
/// What a button or form stands for, kept on the server behind <see cref="Token"/>: the card carries only the token, so
/// the client cannot choose which row a press writes, and a token is only found in the workspace it was issued in.
/// </summary>
/// <param name="Kind">What the reference is for ("sla.sign", "lead", "lead.undo", ...): a token for one kind does nothing for another.</param>
/// <param name="TargetId">The row the press acts on.</param>
/// <param name="Version">What the card showed (an agreement's version), so a stale card can say so.</param>
/// <param name="Data">What the server needs back that the client must not choose (the decision an Undo restores).</param>
public sealed record ActionReference(
    string Token,
    WorkspaceId WorkspaceId,
    string Kind,
    string TargetId,
    int Version,
    string? Data,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
