namespace AlignmentBot.Domain.Goals;

/// <summary>How often the goal's metric is expected to be checked in.</summary>
public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
}
