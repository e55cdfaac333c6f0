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
/// <param name="Currency">The currency its money is in: the one said when it was set, or the workspace's then. Null on goals
/// made before goals kept one; they show in the workspace's currency.</param>
/// <param name="CloseReason">Why it was closed as achieved, missed or dropped, as the person said it.</param>
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
    GoalId? ParentId = null,
    string? Currency = null,
    string? CloseReason = null)
{
    public MetricDefinition Definition => MetricCatalog.Get(Metric);

    public bool IsRate => Per is not null && Definition.IsFlow;

    public bool IsOpen => Status is GoalStatus.Active or GoalStatus.Draft;

    public PersonRef Owner => new(OwnerId, OwnerName);

    /// <summary>The currency to show its money in: its own, or else <paramref name="workspaceCurrency"/>.</summary>
    public string CurrencyOr(string workspaceCurrency) => Currency ?? workspaceCurrency;

    /// <summary>"MQLs: 100 per quarter by 31 Mar 2027"; money in the goal's own currency when it has one.</summary>
    public string Title(string currency = "USD")
    {
        currency = CurrencyOr(currency);
        var target = MetricFormat.Value(Metric, Target, currency);
        var per = Per is { } p && Definition.IsFlow ? $" per {Periods.Noun(p)}" : string.Empty;
        var from = Baseline is { } b && !IsRate ? $"{MetricFormat.Value(Metric, b, currency)} → " : string.Empty;
        return $"{Definition.Label}: {from}{target}{per} by {Formatting.Date(Deadline)}";
    }
}
