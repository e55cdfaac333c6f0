namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// How Web API calls are retried (Slack:Retry, part of <see cref="SlackOptions"/>): transport failures, 408 and 5xx with exponential backoff and jitter,
/// Retry-After honoured, all within <see cref="Timeout"/>. 429s are waited out by the client itself, so the
/// rate limiter learns of them. A post that may have reached Slack is never sent again blindly: a reply is looked up
/// by its metadata first, a digest post is not retried (see docs/delivery.md).
/// </summary>
public sealed class SlackRetrySettings
{
    /// <summary>Longest a call (or a reply, with its lookups) may take, all attempts included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>One attempt's limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait before the first retry; it doubles with each further one, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts (unless Slack's Retry-After asks for longer).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
