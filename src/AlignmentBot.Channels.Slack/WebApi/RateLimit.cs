namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>A sustained rate (one call per <see cref="Interval"/>) with a burst allowance.</summary>
internal readonly record struct RateLimit(TimeSpan Interval, int Burst)
{
    public static RateLimit PerMinute(int calls, int burst) => new(TimeSpan.FromMinutes(1) / calls, burst);
}
