using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>"Today" is a calendar day in the company's timezone, not in UTC.</summary>
public static class WorkspaceClock
{
    public static DateOnly Today(TimeProvider time, string? timeZone)
        => DateOnly.FromDateTime(LocalNow(time, timeZone).DateTime);

    public static DateTimeOffset LocalNow(TimeProvider time, string? timeZone)
        => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(timeZone));

    public static TimeZoneInfo Zone(string? timeZone)
        => !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly Today(TimeProvider time, Workspace? workspace) => Today(time, workspace?.TimeZone);
}
