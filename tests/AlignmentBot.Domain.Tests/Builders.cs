using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class Builders
{
    public static readonly WorkspaceId Acme = new("T0ACME");

    public static readonly DateTimeOffset Created = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DateRange Range(DateOnly start, DateOnly end) => new(start, end);

    public static Goal Goal(
        MetricKey metric,
        decimal target,
        DateOnly start,
        DateOnly deadline,
        decimal? baseline = null,
        Direction direction = Direction.Increase,
        PeriodKind? per = null,
        Cadence cadence = Cadence.Weekly,
        Audience audience = Audience.Marketing,
        GoalStatus status = GoalStatus.Active,
        string owner = "Maria",
        GoalId? id = null,
        GoalId? parentId = null,
        DateTimeOffset? createdAt = null)
        => new(
            id ?? GoalId.New(),
            Acme,
            "we need more leads",
            metric,
            baseline,
            target,
            direction,
            per,
            start,
            deadline,
            cadence,
            owner,
            audience,
            status,
            createdAt ?? Created,
            "U-CEO",
            ParentId: parentId);

    public static Measurement Measure(MetricKey metric, decimal value, DateOnly start, DateOnly end, Breakdown? breakdown = null, DateTimeOffset? recordedAt = null)
        => new(Guid.NewGuid(), Acme, metric, value, new DateRange(start, end), MeasurementSource.CheckIn, breakdown ?? Breakdown.None, recordedAt ?? Created);

    public static Measurement Measure(MetricKey metric, decimal value, DateOnly day, DateTimeOffset? recordedAt = null)
        => Measure(metric, value, day, day, recordedAt: recordedAt);

    /// <summary>A scorecard line with only the pace and freshness set, for headline and verdict tests.</summary>
    public static GoalProgress Line(Pace pace, bool stale = false)
        => new(Goal(MetricKey.Mql, 100m, D(2026, 1, 1), D(2026, 3, 31), per: PeriodKind.Month), pace, null, null, null, Trend.Unknown, stale, null, string.Empty);

    public static Lead Lead(
        DateTimeOffset createdAt,
        LeadStage stage = LeadStage.Mql,
        DateTimeOffset? followedUpAt = null,
        LeadDecision decision = LeadDecision.Pending,
        RejectionReason? reason = null,
        Breakdown? source = null)
        => new(Guid.NewGuid(), Acme, $"crm-{Guid.NewGuid():N}", "Acme", "Jo", stage, source ?? Breakdown.None, createdAt, followedUpAt, decision, reason);
}
