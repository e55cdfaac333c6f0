namespace AlignmentBot.Application.Digests;

/// <summary>The "Digests" configuration section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>A digest missed while the bot was down is still sent on start-up within this long of its time; later it is skipped and mentioned next time.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Digests being posted at once into one platform workspace (a Slack team, a Teams tenant): the unit the
    /// platforms rate-limit. A workspace whose sender is waiting out a 429 holds only its own slots.
    /// </summary>
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>Digests being built and posted at once in this process, across all workspaces: bounds memory, sockets and database work.</summary>
    public int MaxConcurrentSendsTotal { get; set; } = 32;

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];

    /// <summary>
    /// Waits between attempts after a transient failure; after the last one the delivery is marked failed.
    /// Null means <see cref="DefaultRetryDelays"/> (configuration binding appends to a pre-filled list, so the default lives apart).
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    public IReadOnlyList<TimeSpan> Retries => RetryDelays ?? DefaultRetryDelays;

    /// <summary>Longest one post may take, the sender's own retries included. A post cut off by it is recorded as uncertain, not failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A record still "sending" this long after it was claimed belongs to a process that died mid-post: it is
    /// marked uncertain. Longer than <see cref="SendTimeout"/> so a slow live post is never taken for a dead one.
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one workspace's facts are reused across the subscriptions posted together (all audiences see the same numbers).</summary>
    public TimeSpan FactsCacheDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts => Retries.Count + 1;

    public IEnumerable<string> Validate()
    {
        if (GracePeriod <= TimeSpan.Zero)
        {
            yield return "Digests:GracePeriod must be positive (e.g. 12:00:00).";
        }

        if (MaxConcurrentSends < 1 || MaxConcurrentSendsTotal < 1)
        {
            yield return "Digests:MaxConcurrentSends and Digests:MaxConcurrentSendsTotal must be at least 1.";
        }

        if (Retries.Any(d => d < TimeSpan.Zero))
        {
            yield return "Digests:RetryDelays cannot be negative.";
        }

        if (SendTimeout <= TimeSpan.Zero)
        {
            yield return "Digests:SendTimeout must be positive.";
        }

        if (SendingLease <= SendTimeout)
        {
            yield return "Digests:SendingLease must be longer than Digests:SendTimeout, or live posts would be taken for dead ones.";
        }
    }
}
