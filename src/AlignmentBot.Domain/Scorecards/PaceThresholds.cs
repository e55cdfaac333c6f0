namespace AlignmentBot.Domain.Scorecards;

/// <summary>
/// Shortfall is measured against the whole journey (baseline to target, or the target itself for
/// rates), so "5% behind" means the same for a 10-lead goal and a $10M goal.
/// </summary>
public static class PaceThresholds
{
    public const decimal OnTrackShortfall = 0.05m;
    public const decimal AtRiskShortfall = 0.15m;

    public static Pace FromShortfall(decimal shortfall) => shortfall switch
    {
        <= OnTrackShortfall => Pace.OnTrack,
        <= AtRiskShortfall => Pace.AtRisk,
        _ => Pace.OffTrack,
    };
}
