namespace AlignmentBot.Domain.Funnel;

/// <summary>Either the requirement or the reason it cannot be computed (e.g. a 0% conversion rate).</summary>
public sealed record ReverseFunnelResult(FunnelRequirement? Requirement, string? Problem)
{
    public bool IsPossible => Requirement is not null;
}
