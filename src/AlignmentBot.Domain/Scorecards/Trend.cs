namespace AlignmentBot.Domain.Scorecards;

/// <summary>Latest cadence window against the one before it.</summary>
/// <param name="ChangePercent">Relative change in percent, null when the earlier value was zero or missing.</param>
/// <param name="IsImprovement">Whether the move goes the way the goal wants; null when flat or unknown.</param>
public sealed record Trend(TrendDirection Direction, decimal? Previous, decimal? Latest, decimal? ChangePercent, bool? IsImprovement)
{
    public static Trend Unknown { get; } = new(TrendDirection.Unknown, null, null, null, null);

    /// <summary>Changes smaller than this (in percent) read as flat.</summary>
    public const decimal FlatBandPercent = 2m;
}
