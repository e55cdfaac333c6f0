namespace AlignmentBot.Application.Digests;

/// <summary>One period's digest to post.</summary>
/// <param name="DueAt">The occurrence served (the moment of the request for a manual send).</param>
/// <param name="DueDate">The digest's date in the subscription's time zone: it decides the reporting window.</param>
/// <param name="Reclaim">The existing record to take over (a retry, or a manual resend); null to claim a new one.</param>
/// <param name="Fresh">Recompute the facts instead of reusing the fan-out's cached ones (manual sends and retries).</param>
public sealed record PostRequest(string PeriodKey, DateTimeOffset DueAt, DateOnly DueDate, DigestDelivery? Reclaim = null, bool Fresh = false);
