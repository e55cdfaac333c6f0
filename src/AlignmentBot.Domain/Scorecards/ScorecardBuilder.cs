using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;

namespace AlignmentBot.Domain.Scorecards;

public static class ScorecardBuilder
{
    /// <summary>
    /// Active goals, company goals first with the goals translated from them right under them.
    /// Measurements must all belong to the goals' workspace.
    /// </summary>
    public static Scorecard Build(IReadOnlyList<Goal> goals, IReadOnlyList<Measurement> measurements, DateOnly today, string currency = "USD")
    {
        var active = goals.Where(g => g.Status == GoalStatus.Active).ToArray();
        var byMetric = measurements.ToLookup(m => m.Metric);
        var lines = new List<GoalProgress>(active.Length);
        foreach (var goal in Ordered(active))
        {
            var relevant = MetricCalculator.Inputs(goal.Metric).SelectMany(k => byMetric[k]).ToArray();
            lines.Add(GoalEvaluator.Evaluate(goal, relevant, today, currency));
        }

        return new Scorecard(today, lines);
    }

    private static IEnumerable<Goal> Ordered(IReadOnlyList<Goal> goals)
    {
        var ids = goals.Select(g => g.Id).ToHashSet();
        var children = goals.Where(g => g.ParentId is { } p && ids.Contains(p)).ToLookup(g => g.ParentId!.Value);
        var listed = new HashSet<Goal>(ReferenceEqualityComparer.Instance);
        var roots = goals.Where(g => g.ParentId is not { } p || !ids.Contains(p))
            .OrderBy(g => g.Audience).ThenBy(g => g.Deadline).ThenBy(g => g.CreatedAt);

        // Goals caught in a parent cycle have no root; they are listed after the rest rather than lost.
        var orphans = goals.Where(g => !listed.Contains(g))
            .OrderBy(g => g.Audience).ThenBy(g => g.Deadline).ThenBy(g => g.CreatedAt);
        foreach (var goal in roots.Concat(orphans))
        {
            foreach (var line in WithDescendants(goal))
            {
                yield return line;
            }
        }

        // A goal translated from a translated goal sits under its own parent, however deep.
        IEnumerable<Goal> WithDescendants(Goal goal)
        {
            if (!listed.Add(goal))
            {
                yield break;
            }

            yield return goal;
            foreach (var child in children[goal.Id].OrderBy(g => g.Audience).ThenBy(g => g.Deadline))
            {
                foreach (var descendant in WithDescendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
