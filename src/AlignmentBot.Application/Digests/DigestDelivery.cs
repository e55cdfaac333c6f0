using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// The delivery record of one subscription's digest for one period, keyed by (workspace, subscription,
/// period). Its existence is what makes the digest at-most-once: it is inserted before posting and a second
/// insert for the same key fails, across restarts, retries and processes sharing the database.
/// </summary>
/// <param name="DueAt">The scheduled instant served (or the moment of a manual send).</param>
/// <param name="DueDate">That instant's date in the subscription's time zone.</param>
/// <param name="ClaimedBy">Which process posted or is posting it ("host:pid").</param>
/// <param name="Detail">The error, the holiday's name or why the record is uncertain; safe to show.</param>
public sealed record DigestDelivery(
    WorkspaceId WorkspaceId,
    Guid SubscriptionId,
    string PeriodKey,
    DateTimeOffset DueAt,
    DateOnly DueDate,
    DeliveryState State,
    int Attempts,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClaimedAt = null,
    string? ClaimedBy = null,
    DateTimeOffset? NextAttemptAt = null,
    string? MessageId = null,
    string? Detail = null)
{
    public bool IsFinal => State is not (DeliveryState.Sending or DeliveryState.RetryPending);
}
