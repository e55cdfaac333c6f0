namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Teams' throttling guidance: exponential backoff with random jitter on 429, 412, 502 and 504 (its example:
/// 3 retries between 2 and 20 seconds). We also retry other 5xx and connection failures.
/// </summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "BotFramework:Retry";

    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited for; the send fails as transient instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
