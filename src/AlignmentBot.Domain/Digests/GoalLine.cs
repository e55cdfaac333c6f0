using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Domain.Digests;

/// <summary>A goal now and one digest ago: "what changed since last week".</summary>
/// <param name="Before">Null when the goal did not exist or had not started then.</param>
public sealed record GoalLine(GoalProgress Now, GoalProgress? Before)
{
    public bool IsNew => Before is null || Before.Pace == Pace.NotStarted;

    public bool PaceChanged => Before is not null && !IsNew && Before.Pace != Now.Pace;

    public bool NeedsAttention => Now.Pace is Pace.OffTrack or Pace.Missed or Pace.AtRisk;
}
