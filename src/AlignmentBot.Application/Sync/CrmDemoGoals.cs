using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>Two goals for the sync demo's workspace, so the scorecard has something to judge the synced numbers by.</summary>
public static class CrmDemoGoals
{
    public static IReadOnlyList<Goal> For(WorkspaceId workspaceId, DateOnly today, DateTimeOffset now)
    {
        var start = today.AddDays(-90);
        var deadline = today.AddDays(90);
        Goal Make(string asked, MetricKey metric, decimal target, PeriodKind per, string owner, Audience audience)
            => new(GoalId.New(), workspaceId, asked, metric, null, target, Direction.Increase, per, start, deadline, Cadence.Weekly, owner, audience, GoalStatus.Active, now, "sync --demo");
        return
        [
            Make("marketing should deliver 80 MQLs a month", MetricKey.Mql, 80, PeriodKind.Month, "Marketing", Audience.Marketing),
            Make("sales should close $150k a month", MetricKey.Revenue, 150_000, PeriodKind.Month, "Sales", Audience.Sales),
            Make("get 30 opportunities a month", MetricKey.Opportunities, 30, PeriodKind.Month, "Sales", Audience.Shared),
        ];
    }
}
