using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>The right to sync a workspace: one holder at a time, across every instance on the database, until it expires.</summary>
public sealed record CrmSyncLease(WorkspaceId WorkspaceId, string Holder, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt);
