using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IMeasurementStore
{
    Task AddAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken);

    /// <summary>
    /// Takes back a check-in ("undo that"): the value of <paramref name="metric"/> for <paramref name="period"/> (no breakdown)
    /// is removed. A check-in that replaced an earlier value is taken back by adding that value again instead.
    /// </summary>
    Task RemoveAsync(WorkspaceId workspaceId, MetricKey metric, DateRange period, CancellationToken cancellationToken);

    /// <summary>Measurements whose period overlaps <paramref name="window"/>; all metrics when <paramref name="metrics"/> is null.</summary>
    Task<IReadOnlyList<Measurement>> ListAsync(WorkspaceId workspaceId, DateRange window, IReadOnlyCollection<MetricKey>? metrics, CancellationToken cancellationToken);
}
