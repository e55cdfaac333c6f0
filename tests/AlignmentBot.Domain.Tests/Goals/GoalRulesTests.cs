using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Goals;

public class GoalRulesTests
{
    private static readonly DateOnly Today = D(2026, 1, 5);
    private static readonly DateOnly Start = D(2026, 1, 1);
    private static readonly DateOnly Deadline = D(2026, 3, 31);

    [Fact]
    public void Validate_MeasurableRateGoal_HasNoProblems()
    {
        // "MQLs: 100 per quarter by 31 Mar 2026", owned by Maria.
        var goal = Goal(MetricKey.Mql, 100m, Start, Deadline, per: PeriodKind.Quarter);

        Assert.Empty(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_IncreaseWithTargetBelowBaseline_IsRefused()
    {
        // "Increase leads" from 400 to 350 is a decrease.
        var goal = Goal(MetricKey.Leads, 350m, Start, Deadline, baseline: 400m);

        var problem = Assert.Single(GoalRules.Validate(goal, Today));
        Assert.Equal("To increase leads, the target (350) must be above the baseline (400).", problem);
    }

    [Fact]
    public void Validate_IncreaseWithTargetEqualToBaseline_IsRefused()
    {
        var goal = Goal(MetricKey.Retention, 85m, Start, Deadline, baseline: 85m);

        Assert.Single(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_DecreaseWithTargetAboveBaseline_IsRefused()
    {
        // "Bring cost per lead down" from $90 to $120 goes the wrong way.
        var goal = Goal(MetricKey.CostPerLead, 120m, Start, Deadline, baseline: 90m, direction: Direction.Decrease);

        var problem = Assert.Single(GoalRules.Validate(goal, Today));
        Assert.Equal("To decrease cost per lead, the target ($120) must be below the baseline ($90).", problem);
    }

    [Fact]
    public void Validate_CostPerLeadDecreaseFrom120To90_IsValid()
    {
        var goal = Goal(MetricKey.CostPerLead, 90m, Start, Deadline, baseline: 120m, direction: Direction.Decrease);

        Assert.Empty(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_PercentTargetAbove100_IsRefused()
    {
        var goal = Goal(MetricKey.Retention, 120m, Start, Deadline, baseline: 80m);

        var problem = Assert.Single(GoalRules.Validate(goal, Today));
        Assert.Contains("percentage", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PercentTargetOfExactly100_IsAllowed()
    {
        var goal = Goal(MetricKey.AcceptanceRate, 100m, Start, Deadline, baseline: 70m);

        Assert.Empty(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_NegativeTarget_IsRefused()
    {
        var goal = Goal(MetricKey.Mql, -5m, Start, Deadline, per: PeriodKind.Month);

        Assert.Equal(["The target cannot be negative."], GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_DeadlineBeforeStart_IsRefusedOnceNotAlsoAsPassed()
    {
        // The deadline is both before the start and in the past; only the first problem is worth saying.
        var goal = Goal(MetricKey.Mql, 100m, Start, D(2025, 12, 1), per: PeriodKind.Month);

        var problem = Assert.Single(GoalRules.Validate(goal, Today));
        Assert.Equal("The deadline (1 Dec 2025) must be after the start (1 Jan 2026).", problem);
    }

    [Fact]
    public void Validate_DeadlineOnStartDay_IsRefused()
    {
        var goal = Goal(MetricKey.Mql, 100m, Start, Start, per: PeriodKind.Month);

        Assert.Single(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_ActiveGoalWhoseDeadlinePassed_IsRefused()
    {
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 10, 1), D(2025, 12, 31), per: PeriodKind.Month);

        Assert.Equal(["The deadline 31 Dec 2025 has already passed."], GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_DeadlineIsToday_IsStillAllowed()
    {
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 10, 1), Today, per: PeriodKind.Month);

        Assert.Empty(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_AchievedGoalWithPastDeadline_IsNotAProblem()
    {
        var goal = Goal(MetricKey.Mql, 100m, D(2025, 10, 1), D(2025, 12, 31), per: PeriodKind.Month, status: GoalStatus.Achieved);

        Assert.Empty(GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_PerPeriodTargetOnLevelMetric_IsRefused()
    {
        // Retention is a level; "90% retention per month" means nothing.
        var goal = Goal(MetricKey.Retention, 90m, Start, Deadline, baseline: 80m, per: PeriodKind.Month);

        Assert.Equal(["Customer retention is a level, not a count, so it cannot have a per-month target."], GoalRules.Validate(goal, Today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyOwner_IsRefused(string owner)
    {
        var goal = Goal(MetricKey.Mql, 100m, Start, Deadline, per: PeriodKind.Quarter, owner: owner);

        Assert.Equal(["Every goal needs an owner."], GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_GoalIsItsOwnParent_IsRefused()
    {
        var id = GoalId.New();
        var goal = Goal(MetricKey.Mql, 100m, Start, Deadline, per: PeriodKind.Quarter, id: id, parentId: id);

        Assert.Equal(["A goal cannot be its own parent."], GoalRules.Validate(goal, Today));
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReported()
    {
        // Overlap is a percentage so 150 is impossible, and nobody owns the goal: both are listed.
        var goal = Goal(MetricKey.Overlap, 150m, Start, Deadline, baseline: 80m, owner: "");

        Assert.Equal(2, GoalRules.Validate(goal, Today).Count);
    }
}
