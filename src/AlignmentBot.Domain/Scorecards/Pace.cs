namespace AlignmentBot.Domain.Scorecards;

public enum Pace
{
    OnTrack,
    AtRisk,
    OffTrack,
    Achieved,
    Missed,
    NoData,
    NotStarted,
}
