namespace AlignmentBot.Application.Digests;

/// <summary>A subscription as <c>digest list</c> and "which digests go here?" show it.</summary>
/// <param name="NextRun">The next scheduled digest (UTC); shown in the subscription's time zone.</param>
/// <param name="LastDelivery">The newest delivery record, if any.</param>
/// <param name="Problem">Why its digests cannot be posted from this process (its channel is not configured here, or has no sender), when that is so.</param>
public sealed record DigestSubscriptionStatus(DigestSubscription Subscription, DateTimeOffset NextRun, DigestDelivery? LastDelivery, string? Problem)
{
    /// <summary>The last delivery failed or may not have arrived: a person should look.</summary>
    public bool NeedsAttention => Problem is not null || LastDelivery?.State is DeliveryState.Failed or DeliveryState.Uncertain;
}
