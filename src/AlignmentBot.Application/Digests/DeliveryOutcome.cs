namespace AlignmentBot.Application.Digests;

/// <summary>What one attempt to serve a subscription did.</summary>
/// <param name="Delivery">The period's delivery record after the attempt, when there is one.</param>
/// <param name="Summary">One line for logs, the command line and chat replies.</param>
public sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, DigestDelivery? Delivery, string Summary)
{
    public static DeliveryOutcome NotDue(string summary) => new(DeliveryOutcomeKind.NotDue, null, summary);
}
