using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Goals;

/// <summary>What makes a goal measurable and coherent. Each problem is a sentence a person can act on.</summary>
public static class GoalRules
{
    public static IReadOnlyList<string> Validate(Goal goal, DateOnly today)
    {
        var problems = new List<string>();
        var definition = goal.Definition;
        var currency = "USD";

        if (goal.Target < 0)
        {
            problems.Add("The target cannot be negative.");
        }

        if (definition.Unit == MetricUnit.Percent && goal.Target > 100)
        {
            problems.Add($"{definition.Label} is a percentage, so the target must be between 0 and 100.");
        }

        if (goal.Deadline <= goal.StartDate)
        {
            problems.Add($"The deadline ({Formatting.Date(goal.Deadline)}) must be after the start ({Formatting.Date(goal.StartDate)}).");
        }
        else if (goal.Status is GoalStatus.Draft or GoalStatus.Active && goal.Deadline < today)
        {
            problems.Add($"The deadline {Formatting.Date(goal.Deadline)} has already passed.");
        }

        if (goal.Per is not null && !definition.IsFlow)
        {
            problems.Add($"{definition.Label} is a level, not a count, so it cannot have a per-{Periods.Noun(goal.Per.Value)} target.");
        }

        if (goal.Baseline is { } baseline && !goal.IsRate)
        {
            if (goal.Direction == Direction.Increase && goal.Target <= baseline)
            {
                problems.Add($"To increase {definition.Plural}, the target ({MetricFormat.Value(goal.Metric, goal.Target, currency)}) must be above the baseline ({MetricFormat.Value(goal.Metric, baseline, currency)}).");
            }

            if (goal.Direction == Direction.Decrease && goal.Target >= baseline)
            {
                problems.Add($"To decrease {definition.Plural}, the target ({MetricFormat.Value(goal.Metric, goal.Target, currency)}) must be below the baseline ({MetricFormat.Value(goal.Metric, baseline, currency)}).");
            }
        }

        if (string.IsNullOrWhiteSpace(goal.OwnerName))
        {
            problems.Add("Every goal needs an owner.");
        }

        if (goal.ParentId == goal.Id)
        {
            problems.Add("A goal cannot be its own parent.");
        }

        return problems;
    }
}
