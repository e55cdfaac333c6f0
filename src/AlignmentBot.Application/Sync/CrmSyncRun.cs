using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>One sync of one CRM for one workspace, as its history shows it.</summary>
/// <param name="Fetched">Records read from the CRM so far.</param>
/// <param name="Changed">Of those, records that were new or different from what was stored.</param>
/// <param name="Detail">Why it failed, in words for people; or what the CRM said about API use.</param>
public sealed record CrmSyncRun(
    Guid Id,
    WorkspaceId WorkspaceId,
    CrmSource Source,
    CrmSyncTrigger Trigger,
    CrmRunState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Fetched,
    int Changed,
    string? Detail,
    string StartedBy);
