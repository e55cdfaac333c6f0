namespace AlignmentBot.Application.Digests;

/// <param name="MarkedUncertain">"Sending" records whose process died mid-post, now uncertain.</param>
/// <param name="Retries">What each due retry did.</param>
public sealed record MaintenanceResult(int MarkedUncertain, IReadOnlyList<DeliveryOutcome> Retries);
