using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Ports;

public interface IMeasurementStore
{
    Task AddAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken);

    /// <summary>Measurements whose period overlaps <paramref name="window"/>; all metrics when <paramref name="metrics"/> is null.</summary>
    Task<IReadOnlyList<Measurement>> ListAsync(WorkspaceId workspaceId, DateRange window, IReadOnlyCollection<MetricKey>? metrics, CancellationToken cancellationToken);
}
