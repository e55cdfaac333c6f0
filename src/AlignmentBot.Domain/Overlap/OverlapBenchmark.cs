namespace AlignmentBot.Domain.Overlap;

/// <summary>A published average to compare against, with where it comes from.</summary>
public sealed record OverlapBenchmark(decimal Percent, string Label, string Source);
