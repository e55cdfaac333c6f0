using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Scorecards;

/// <summary>Loads a workspace's goals and the measurements they need, then asks the domain for the scorecard.</summary>
public sealed class ScorecardService(IWorkspaceStore workspaces, IGoalStore goals, IMeasurementStore measurements, IAccountListStore accountLists, TimeProvider time)
{
    /// <summary>History loaded before the earliest goal start, for baselines and trends.</summary>
    public const int LookbackDays = 400;

    public async Task<ScorecardView> BuildAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
        var today = WorkspaceClock.Today(time, workspace);
        var all = await goals.ListAsync(workspaceId, cancellationToken);
        var active = all.Where(g => g.Status == Domain.Goals.GoalStatus.Active).ToArray();
        IReadOnlyList<Measurement> data = [];
        if (active.Length > 0)
        {
            var from = active.Min(g => g.StartDate).AddDays(-LookbackDays);
            var metrics = active.SelectMany(g => MetricCalculator.Inputs(g.Metric)).ToHashSet();
            data = await measurements.ListAsync(workspaceId, new DateRange(from, today), metrics, cancellationToken);
            // An overlap goal's "now" is the account lists' overlap, as its baseline and the look-up were (one source of numbers).
            if (active.Any(g => g.Metric == Domain.Metrics.MetricKey.Overlap))
            {
                data = Commands.AccountOverlap.WithListOverlap(data, active, await accountLists.ListAsync(workspaceId, cancellationToken), workspace, workspaceId, today);
            }
        }

        var currency = workspace?.Currency ?? "USD";
        return new ScorecardView(workspace, ScorecardBuilder.Build(active, data, today, currency), currency);
    }
}
