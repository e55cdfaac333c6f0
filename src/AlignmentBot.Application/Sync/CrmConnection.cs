using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>A workspace's link to one CRM, with its secret readable: only ever in memory, never stored or logged like this.</summary>
public sealed record CrmConnection(
    WorkspaceId WorkspaceId,
    CrmSource Source,
    CrmConnectionSettings Settings,
    CrmSecret Secret,
    DateTimeOffset ConnectedAt,
    string ConnectedBy);
