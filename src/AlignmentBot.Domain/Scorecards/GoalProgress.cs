using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Scorecards;

/// <summary>One scorecard line.</summary>
/// <param name="Current">Per-period rate for rate goals, running total for cumulative goals, level otherwise.</param>
/// <param name="Expected">Where the goal should be by <paramref name="AsOf"/> if it is to land on time.</param>
/// <param name="AsOf">The last day the data covers; progress is judged as of then, never on days nobody reported.</param>
/// <param name="IsStale">No measurement in the last two cadence periods.</param>
/// <param name="PercentOfTarget">For increases: current ÷ target; for decreases: how far from baseline toward target.</param>
public sealed record GoalProgress(
    Goal Goal,
    Pace Pace,
    decimal? Current,
    decimal? Expected,
    DateOnly? AsOf,
    Trend Trend,
    bool IsStale,
    decimal? PercentOfTarget,
    string Explanation);
