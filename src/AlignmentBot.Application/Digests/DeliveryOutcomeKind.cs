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

    /// <summary>This call recorded a holiday skip.</summary>
    Skipped,

    /// <summary>This call recorded a digest missed beyond the grace period.</summary>
    Missed,
}
