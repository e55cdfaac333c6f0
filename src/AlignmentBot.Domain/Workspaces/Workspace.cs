namespace AlignmentBot.Domain.Workspaces;

/// <summary>A company using the bot: one Slack team or one Teams tenant. Every record belongs to one.</summary>
/// <param name="FiscalYearStartMonth">The month (1–12) the fiscal year starts in; quarters follow it.</param>
/// <param name="WorkWeek">The working days, e.g. "Mon-Fri" or "Sun-Thu".</param>
/// <param name="AnnualRevenue">Total company revenue a year, in <paramref name="Currency"/>: what the budget band is a share of. Null until an admin says it.</param>
public sealed record Workspace(
    WorkspaceId Id,
    Platform Platform,
    string Name,
    string TimeZone = "UTC",
    string Currency = "USD",
    Industry Industry = Industry.Unknown,
    Region Region = Region.Unknown,
    DayOfWeek WeekStart = DayOfWeek.Monday,
    int FiscalYearStartMonth = 1,
    string WorkWeek = "Mon-Fri",
    decimal? AnnualRevenue = null);
