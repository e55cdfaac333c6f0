using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Goals;

/// <summary>
/// A measurable goal: metric, baseline, target, deadline and owner.
/// With <see cref="Per"/> set the target is a rate ("100 MQLs per quarter"); without it the target is
/// a level to reach (retention 90%) or, for a count, a total to accumulate between start and deadline.
/// </summary>
/// <param name="AskedAs">The words as first asked ("we need more leads"), kept so the goal can be traced to the ask.</param>
public sealed record Goal(
    GoalId Id,
    WorkspaceId WorkspaceId,
    string AskedAs,
    MetricKey Metric,
    decimal? Baseline,
    decimal Target,
    Direction Direction,
    PeriodKind? Per,
    DateOnly StartDate,
    DateOnly Deadline,
    Cadence Cadence,
    string OwnerName,
    Audience Audience,
    GoalStatus Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string? OwnerId = null,
    GoalId? ParentId = null)
{
    public MetricDefinition Definition => MetricCatalog.Get(Metric);

    public bool IsRate => Per is not null && Definition.IsFlow;

    public bool IsOpen => Status is GoalStatus.Active or GoalStatus.Draft;

    public PersonRef Owner => new(OwnerId, OwnerName);

    /// <summary>"MQLs: 100 per quarter by 31 Mar 2027".</summary>
    public string Title(string currency = "USD")
    {
        var target = MetricFormat.Value(Metric, Target, currency);
        var per = Per is { } p && Definition.IsFlow ? $" per {Periods.Noun(p)}" : string.Empty;
        var from = Baseline is { } b && !IsRate ? $"{MetricFormat.Value(Metric, b, currency)} → " : string.Empty;
        return $"{Definition.Label}: {from}{target}{per} by {Formatting.Date(Deadline)}";
    }
}
