namespace AlignmentBot.Application.Digests;

/// <summary>Where one subscription's digest for one period stands. Only <see cref="Sending"/> and <see cref="RetryPending"/> can still change on their own.</summary>
public enum DeliveryState
{
    /// <summary>Claimed and being posted. Written before the post, so a crash leaves a trace instead of a silent gap.</summary>
    Sending,

    /// <summary>The platform accepted the post; the message id is recorded.</summary>
    Sent,

    /// <summary>A transient failure; another attempt is due at the recorded time.</summary>
    RetryPending,

    /// <summary>Posting failed for good (permanent error or retries used up). Shown in <c>digest list</c> and the next digest.</summary>
    Failed,

    /// <summary>
    /// The bot stopped (or the sender threw or timed out) while posting, so the post may or may not have
    /// landed. Never reposted automatically: at most one digest per period wins over exactly one. Shown in
    /// <c>digest list</c>; <c>digest send</c> posts it after a person has checked the channel.
    /// </summary>
    Uncertain,

    /// <summary>Skipped because the day was a company holiday; the next digest says so.</summary>
    Skipped,

    /// <summary>Not sent because the bot was down past the grace period; the next digest says so.</summary>
    Missed,
}
