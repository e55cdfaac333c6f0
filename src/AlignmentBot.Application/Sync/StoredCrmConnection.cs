using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>A connection as the store keeps it: the secret only in its protected (encrypted) form.</summary>
public sealed record StoredCrmConnection(
    WorkspaceId WorkspaceId,
    CrmSource Source,
    CrmConnectionSettings Settings,
    string ProtectedSecret,
    DateTimeOffset ConnectedAt,
    string ConnectedBy);
