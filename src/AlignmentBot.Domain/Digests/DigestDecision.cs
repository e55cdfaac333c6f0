namespace AlignmentBot.Domain.Digests;

/// <param name="Occurrence">The scheduled instant being served (UTC); null when nothing is due.</param>
/// <param name="LocalDate">The occurrence's date in the schedule's time zone: the digest's date.</param>
/// <param name="PeriodKey">At most one digest per subscription and period key.</param>
public sealed record DigestDecision(DigestDecisionKind Kind, DateTimeOffset? Occurrence, DateOnly? LocalDate, string? PeriodKey)
{
    public static DigestDecision NotDue { get; } = new(DigestDecisionKind.NotDue, null, null, null);
}
