namespace AlignmentBot.Application.Dialogs.Goals;

/// <param name="Arithmetic">The reverse-funnel working, shown to the person so the number can be challenged.</param>
public sealed record ChildGoalDraft(string Metric, decimal Target, string Period, decimal? Baseline, string Arithmetic, string? Feasibility, decimal? SuggestedTarget);
