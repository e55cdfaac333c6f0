namespace AlignmentBot.Application.Dialogs.Leads;

/// <param name="ExternalId">The lead's CRM id once found (or the id given, for a lead not imported yet).</param>
/// <param name="Decision">"accept" or "reject".</param>
/// <param name="Reason">A RejectionReason name.</param>
/// <param name="Others">Other leads' verdicts said in the same line ("accept 1252. and 1087 looks good too, accept"), as
/// "id|decision|reason", recorded when the dialog starts finding its own.</param>
public sealed record LeadFeedbackDraft(string Text, string? Reference, string? Company, string? ExternalId = null, string? Decision = null, string? Reason = null, int Attempts = 0, IReadOnlyList<string>? Offered = null, IReadOnlyList<string>? Others = null);
