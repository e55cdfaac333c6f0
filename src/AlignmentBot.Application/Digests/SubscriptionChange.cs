namespace AlignmentBot.Application.Digests;

/// <summary>What a subscribe, reschedule or unsubscribe request did.</summary>
/// <param name="Subscription">The subscription after the change (before it, for <see cref="SubscriptionChangeKind.Removed"/>).</param>
/// <param name="NextRun">When the next digest goes out, for created and updated subscriptions.</param>
/// <param name="Reply">A sentence the dialog can post as it is.</param>
/// <param name="Before">The schedule it had before, for <see cref="SubscriptionChangeKind.Updated"/>: what "undo that" right after puts back.</param>
public sealed record SubscriptionChange(SubscriptionChangeKind Kind, DigestSubscription? Subscription, DateTimeOffset? NextRun, string Reply, Domain.Digests.DigestSchedule? Before = null)
{
    public bool Succeeded => Kind is SubscriptionChangeKind.Created or SubscriptionChangeKind.Updated or SubscriptionChangeKind.Removed;
}
