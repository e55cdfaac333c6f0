using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Digests;

/// <summary>A company holiday: digests due that day (in each subscription's time zone) are skipped and mentioned in the next one.</summary>
public sealed record DigestHoliday(WorkspaceId WorkspaceId, DateOnly Date, string? Name, string AddedBy, DateTimeOffset AddedAt);
