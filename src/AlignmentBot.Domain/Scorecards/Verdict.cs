namespace AlignmentBot.Domain.Scorecards;

/// <summary>The one-word answer to "is marketing working?".</summary>
public enum Verdict
{
    NoGoals,
    NoData,
    Working,
    Mixed,
    NotWorking,
}
