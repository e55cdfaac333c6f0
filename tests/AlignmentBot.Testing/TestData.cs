using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Testing;

/// <summary>Small builders with sensible defaults; tests override only what they assert on.</summary>
public static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Workspace Workspace(string id = "T-ACME", string name = "Acme") => new(new WorkspaceId(id), Platform.Slack, name);

    public static Goal Goal(WorkspaceId ws, MetricKey metric = MetricKey.Mql, decimal target = 100, PeriodKind? per = PeriodKind.Month, decimal? baseline = 80,
        Direction direction = Direction.Increase, GoalId? parent = null, string asked = "we need more leads")
        => new(GoalId.New(), ws, asked, metric, baseline, target, direction, per, Today.AddDays(-30), Today.AddDays(150), Cadence.Weekly,
            "Marco", Audience.Marketing, GoalStatus.Active, Now, "U-MARCO", "U-MARCO", parent);

    public static Measurement Measurement(WorkspaceId ws, MetricKey metric, decimal value, DateOnly start, int days = 7, Breakdown? breakdown = null)
        => new(Guid.NewGuid(), ws, metric, value, new DateRange(start, start.AddDays(days - 1)), MeasurementSource.CheckIn, breakdown ?? Breakdown.None, Now, "U-MARCO");

    public static MarketingRequest Request(WorkspaceId ws, string title = "Brochure", GoalId? goal = null)
        => new(Guid.NewGuid(), ws, title, "Dana", "Priya", Now, Today.AddDays(7), Money.Usd(1200), 8, goal, RequestStatus.Open);

    public static Lead Lead(WorkspaceId ws, string externalId, LeadDecision decision = LeadDecision.Pending, RejectionReason? reason = null)
        => new(Guid.NewGuid(), ws, externalId, "Globex", "jo@globex.example", LeadStage.Mql, new Breakdown("Webinar", "Events", "Cloud"),
            Now.AddDays(-2), Now.AddDays(-1), decision, reason, reason is null ? null : "they said so", decision == LeadDecision.Pending ? null : Now, "Sam", 1000m);
}
