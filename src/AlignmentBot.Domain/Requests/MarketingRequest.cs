using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Requests;

/// <summary>Something a marketer was asked to do. Without a goal it is "unaligned": the "task wheel".</summary>
public sealed record MarketingRequest(
    Guid Id,
    WorkspaceId WorkspaceId,
    string Title,
    string RequestedBy,
    string LoggedBy,
    DateTimeOffset LoggedAt,
    DateOnly? DueDate,
    Money? Cost,
    decimal? EffortHours,
    GoalId? GoalId,
    RequestStatus Status,
    string? DecisionReason = null,
    string? RequestedById = null,
    string? LoggedById = null)
{
    public PersonRef Requester => new(RequestedById, RequestedBy);

    public bool IsAligned => GoalId is not null;

    public bool IsOpen => Status is RequestStatus.Open or RequestStatus.InProgress;
}
