namespace AlignmentBot.Application.Audit;

/// <summary>Configuration section "Audit".</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long entries are kept; older ones are deleted by the hourly cleanup. Default 400 days (a year and a review).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);
}
