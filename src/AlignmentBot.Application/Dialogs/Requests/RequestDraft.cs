namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>A request being logged; the id is fixed up front so a retried turn updates instead of duplicating.</summary>
/// <param name="RequestedBy">The requester's name as said, or the person's display name once resolved.</param>
/// <param name="RequestedById">The requester, once the name resolved to one person of the workspace.</param>
/// <param name="RequesterChecked">The name was looked up already (found, picked, or kept as written).</param>
/// <param name="RequesterGuessed">The name was read from "… for Dana": kept only if it is a person here, else asked.</param>
/// <param name="GoalSaid">The words the message named the goal it serves with ("the MQL goal", "revenue"), or null.</param>
/// <param name="Kept">Logged (unaligned) when the goal question was asked: the answer ties it, dropping the dialog takes it back.</param>
/// <param name="KeptAt">When it was first logged for the goal question: every later save keeps that time without reading it back.</param>
public sealed record RequestDraft(
    Guid Id,
    string AskedAs,
    string? Title = null,
    string? RequestedBy = null,
    DateOnly? Due = null,
    decimal? Cost = null,
    string? Currency = null,
    decimal? EffortHours = null,
    string? RequestedById = null,
    bool RequesterChecked = false,
    bool RequesterGuessed = false,
    string? GoalSaid = null,
    bool Kept = false,
    DateTimeOffset? KeptAt = null);
