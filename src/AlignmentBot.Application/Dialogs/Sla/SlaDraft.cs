namespace AlignmentBot.Application.Dialogs.Sla;

public sealed record SlaDraft(Guid Id, int? Leads = null, string? Period = null, decimal? FollowUpHours = null, string? Definition = null);
