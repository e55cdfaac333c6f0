namespace AlignmentBot.Application.Audit;

/// <summary>A record as the audit trail sees it: its id, how a reader names it, and its fields.</summary>
public sealed record AuditSnapshot(string SubjectId, string Subject, AuditFields Fields);
