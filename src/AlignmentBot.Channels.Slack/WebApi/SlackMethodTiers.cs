namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// Slack's per-method tiers (api.slack.com/apis/rate-limits, java MethodsRateLimits). Tiers are "N+ per minute"
/// with bursts tolerated, so we run at the floor and let Retry-After correct us when Slack is stricter.
/// </summary>
internal static class SlackMethodTiers
{
    public static readonly RateLimit Tier1 = RateLimit.PerMinute(1, burst: 5);
    public static readonly RateLimit Tier2 = RateLimit.PerMinute(20, burst: 20);
    public static readonly RateLimit Tier3 = RateLimit.PerMinute(50, burst: 50);
    public static readonly RateLimit Tier4 = RateLimit.PerMinute(100, burst: 100);

    /// <summary>chat.postMessage: about one message per second per channel, short bursts allowed.</summary>
    public static readonly RateLimit PostMessagePerChannel = new(TimeSpan.FromSeconds(1), Burst: 3);

    /// <summary>chat.postMessage across the workspace: "several hundred per minute" (Slack:PostMessagesPerMinute, default 300).</summary>
    public static RateLimit PostMessagePerWorkspace(int perMinute) => RateLimit.PerMinute(perMinute, burst: Math.Max(1, perMinute / 5));

    public static RateLimit For(string method, int postMessagesPerMinute = SlackOptions.DefaultPostMessagesPerMinute) => method switch
    {
        "chat.postMessage" => PostMessagePerWorkspace(postMessagesPerMinute),
        "chat.update" or "chat.delete" or "conversations.open" => Tier3,
        "chat.postEphemeral" or "users.info" or "views.open" or "views.update" or "views.publish" or "views.push" => Tier4,
        "files.getUploadURLExternal" or "files.completeUploadExternal" => Tier4,
        "auth.test" => Tier4,
        "apps.connections.open" => Tier1,
        _ => Tier2,
    };
}
