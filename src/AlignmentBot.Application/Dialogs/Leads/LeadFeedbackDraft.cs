namespace AlignmentBot.Application.Dialogs.Leads;

/// <param name="ExternalId">The lead's CRM id once found (or the id given, for a lead not imported yet).</param>
/// <param name="Decision">"accept" or "reject".</param>
/// <param name="Reason">A RejectionReason name.</param>
public sealed record LeadFeedbackDraft(string Text, string? Reference, string? Company, string? ExternalId = null, string? Decision = null, string? Reason = null, int Attempts = 0, IReadOnlyList<string>? Offered = null);
