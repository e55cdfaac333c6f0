namespace AlignmentBot.Domain.Metrics;

/// <param name="Name">Wire name used by the language understanding and imports, e.g. "cost_per_lead".</param>
/// <param name="Label">Human label: "Cost per lead".</param>
/// <param name="Plural">Short noun for counts in sentences: "MQLs".</param>
/// <param name="MarketingControls">True for what marketing directly produces; false for what it only influences.</param>
public sealed record MetricDefinition(
    MetricKey Key,
    string Name,
    string Label,
    string Plural,
    MetricUnit Unit,
    BetterWhen BetterWhen,
    Aggregation Aggregation,
    bool MarketingControls,
    MetricKey? Numerator = null,
    MetricKey? Denominator = null)
{
    public bool IsRatio => Aggregation == Aggregation.Ratio;

    /// <summary>Counts and money add up over time, so they can have per-period targets.</summary>
    public bool IsFlow => Aggregation == Aggregation.Sum;
}
