namespace AlignmentBot.Domain.Workspaces;

/// <summary>A company using the bot: one Slack team or one Teams tenant. Every record belongs to one.</summary>
public sealed record Workspace(
    WorkspaceId Id,
    Platform Platform,
    string Name,
    string TimeZone = "UTC",
    string Currency = "USD",
    Industry Industry = Industry.Unknown,
    Region Region = Region.Unknown,
    DayOfWeek WeekStart = DayOfWeek.Monday);
