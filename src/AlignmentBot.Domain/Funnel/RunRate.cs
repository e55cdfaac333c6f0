namespace AlignmentBot.Domain.Funnel;

/// <summary>What a metric actually produced over recent complete periods.</summary>
public sealed record RunRate(IReadOnlyList<decimal> History)
{
    public bool HasData => History.Count > 0;

    public decimal Average => History.Count == 0 ? 0 : History.Average();

    public decimal Best => History.Count == 0 ? 0 : History.Max();

    public decimal Latest => History.Count == 0 ? 0 : History[^1];

    /// <summary>Builds a run-rate from a series where missing periods are skipped, not counted as zero.</summary>
    public static RunRate From(IEnumerable<decimal?> series) => new(series.Where(v => v is not null).Select(v => v!.Value).ToArray());
}
