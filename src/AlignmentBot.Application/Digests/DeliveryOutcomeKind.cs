namespace AlignmentBot.Application.Digests;

public enum DeliveryOutcomeKind
{
    /// <summary>Nothing is due for this subscription now.</summary>
    NotDue,

    /// <summary>The subscription no longer exists.</summary>
    NoSubscription,

    /// <summary>This period already has a delivery record (sent, skipped, missed, failed, uncertain, or a retry owned by the retry sweep).</summary>
    AlreadyHandled,

    /// <summary>Another attempt is posting this period right now.</summary>
    InProgress,

    /// <summary>This call posted the digest.</summary>
    Posted,

    /// <summary>This call failed transiently; a retry is scheduled.</summary>
    RetryPending,

    /// <summary>This call failed for good.</summary>
    Failed,

    /// <summary>This call may or may not have posted (timeout, shutdown, sender exception); it will not be reposted automatically.</summary>
    Uncertain,

    /// <summary>
    /// The subscription's channel cannot be posted to from this process (it is not configured here, or no sender
    /// serves it). Nothing was posted and nothing was recorded, so the period is still open.
    /// </summary>
    ChannelUnavailable,

    /// <summary>This call recorded a holiday skip.</summary>
    Skipped,

    /// <summary>This call recorded a digest missed beyond the grace period.</summary>
    Missed,
}
