using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Digests;

/// <summary>One funnel stage this period against the period before.</summary>
public sealed record FunnelLine(MetricKey Metric, decimal? Current, decimal? Previous)
{
    /// <summary>Relative change in percent; null when either side is missing or the earlier one is zero.</summary>
    public decimal? ChangePercent => Current is { } c && Previous is { } p && p != 0 ? (c - p) / Math.Abs(p) * 100m : null;
}
