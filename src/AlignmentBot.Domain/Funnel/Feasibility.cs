namespace AlignmentBot.Domain.Funnel;

public enum Feasibility
{
    Unknown,
    Achievable,
    Stretch,
    Unrealistic,
}
