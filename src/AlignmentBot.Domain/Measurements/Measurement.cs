using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Measurements;

/// <summary>A metric's value for a day or a period, e.g. "MQLs in the week of 3 Nov: 42".</summary>
public sealed record Measurement(
    Guid Id,
    WorkspaceId WorkspaceId,
    MetricKey Metric,
    decimal Value,
    DateRange Period,
    MeasurementSource Source,
    Breakdown Breakdown,
    DateTimeOffset RecordedAt,
    string? RecordedBy = null);
