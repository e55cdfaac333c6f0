namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>A request being logged; the id is fixed up front so a retried turn updates instead of duplicating.</summary>
public sealed record RequestDraft(Guid Id, string AskedAs, string? Title = null, string? RequestedBy = null, DateOnly? Due = null, decimal? Cost = null, string? Currency = null, decimal? EffortHours = null);
