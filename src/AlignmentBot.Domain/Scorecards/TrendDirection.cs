namespace AlignmentBot.Domain.Scorecards;

public enum TrendDirection
{
    Unknown,
    Up,
    Down,
    Flat,
}
