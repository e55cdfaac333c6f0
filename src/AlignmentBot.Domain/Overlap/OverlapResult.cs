namespace AlignmentBot.Domain.Overlap;

/// <param name="OverlapPercent">Share of sales' target accounts that marketing also reaches.</param>
/// <param name="AudienceMultiple">Marketing's reach ÷ sales' target list; the guideline is about 20×.</param>
/// <param name="MissedTargets">Sales' target accounts marketing does not reach, as sales wrote them.</param>
public sealed record OverlapResult(
    int SalesTargets,
    int MarketingReached,
    int Shared,
    decimal? OverlapPercent,
    OverlapBenchmark Benchmark,
    decimal? AudienceMultiple,
    IReadOnlyList<string> MissedTargets)
{
    public bool AboveBenchmark => OverlapPercent is { } p && p >= Benchmark.Percent;
}
