namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// How Bot Connector calls are retried (BotFramework:Retry). Teams' throttling guidance asks for exponential backoff
/// with random jitter on 429, 412, 502 and 504; we also retry other 5xx, 408 and connection failures, honour
/// Retry-After, and keep going until <see cref="Timeout"/> or <see cref="MaxRetries"/> runs out.
/// </summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "BotFramework:Retry";

    /// <summary>Retries at most, within <see cref="Timeout"/>.</summary>
    public int MaxRetries { get; set; } = 20;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited for; the send fails as transient instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest one call may take, all attempts included (a digest's own Digests:SendTimeout may end it sooner).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One attempt's limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
