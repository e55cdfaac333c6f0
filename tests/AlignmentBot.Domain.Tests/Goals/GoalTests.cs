using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Goals;

public class GoalTests
{
    [Fact]
    public void Title_RateGoal_ShowsTargetPerPeriodWithoutBaseline()
    {
        var goal = Goal(MetricKey.Mql, 100m, D(2027, 1, 1), D(2027, 3, 31), baseline: 60m, per: PeriodKind.Quarter);

        Assert.Equal("Marketing qualified leads: 100 per quarter by 31 Mar 2027", goal.Title());
    }

    [Fact]
    public void Title_LevelGoal_ShowsBaselineToTarget()
    {
        var goal = Goal(MetricKey.CostPerLead, 90m, D(2026, 1, 1), D(2026, 6, 30), baseline: 120m, direction: Direction.Decrease);

        Assert.Equal("Cost per lead: $120 → $90 by 30 Jun 2026", goal.Title());
    }

    [Fact]
    public void IsRate_PerSetOnFlowOrLevelMetric_TrueOnlyForFlow()
    {
        Assert.True(Goal(MetricKey.Mql, 100m, D(2026, 1, 1), D(2026, 3, 31), per: PeriodKind.Month).IsRate);
        Assert.False(Goal(MetricKey.Pipeline, 2_000_000m, D(2026, 1, 1), D(2026, 3, 31)).IsRate);
        Assert.False(Goal(MetricKey.Retention, 90m, D(2026, 1, 1), D(2026, 3, 31), per: PeriodKind.Month).IsRate);
    }
}
