using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Digests;

/// <summary>
/// A digest on Monday 23 Nov 2026 (09:00 New York): it reports on 16–22 Nov and compares with 9–15 Nov.
/// Tests add only the data they are about.
/// </summary>
internal sealed class DigestScenario
{
    public static readonly DateOnly DigestDate = D(2026, 11, 23);
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly ThisWeek = D(2026, 11, 16);
    public static readonly DateOnly LastWeek = D(2026, 11, 9);

    public Workspace Workspace { get; set; } = new(Acme, Platform.Slack, "Acme Analytics", "America/New_York", "USD", Industry.Technology, Region.NorthAmerica);

    public List<Person> People { get; } = [];

    public List<Goal> Goals { get; } = [];

    public List<Measurement> Measurements { get; } = [];

    public List<Lead> Leads { get; } = [];

    public List<MarketingRequest> Requests { get; } = [];

    public LeadSla? Sla { get; set; }

    public List<AccountList> AccountLists { get; } = [];

    public DigestPeriod Period { get; set; } = new(DigestDate);

    public static DateTimeOffset At(DateOnly day, int hour = 10) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public DigestScenario Weekly(Domain.Metrics.MetricKey metric, DateOnly weekStart, decimal value)
    {
        Measurements.Add(Measure(metric, value, weekStart, weekStart.AddDays(6)));
        return this;
    }

    public DigestScenario ActiveSla(int perMonth = 200, decimal hours = 24)
    {
        Sla = new LeadSla(Guid.NewGuid(), Acme, perMonth, PeriodKind.Month, hours, null, "Marco", Created,
            new SlaConfirmation("U-M", "Marco", Created), new SlaConfirmation("U-S", "Sam", Created));
        return this;
    }

    public Lead AddLead(DateTimeOffset created, DateTimeOffset? followedUp = null, LeadDecision decision = LeadDecision.Pending,
        RejectionReason? reason = null, string? campaign = null, DateTimeOffset? decidedAt = null)
    {
        var lead = new Lead(Guid.NewGuid(), Acme, $"crm-{Leads.Count}", "Globex", "jo@globex.example", LeadStage.Mql, new Breakdown(campaign), created,
            followedUp, decision, reason, null, decision == LeadDecision.Pending ? null : decidedAt ?? followedUp ?? created, decision == LeadDecision.Pending ? null : "Sam");
        Leads.Add(lead);
        return lead;
    }

    public MarketingRequest AddRequest(string title, string requestedBy, DateTimeOffset loggedAt, GoalId? goal = null, RequestStatus status = RequestStatus.Open, DateOnly? due = null)
    {
        var request = new MarketingRequest(Guid.NewGuid(), Acme, title, requestedBy, "Priya", loggedAt, due, null, 4, goal, status);
        Requests.Add(request);
        return request;
    }

    public DigestInputs Inputs() => new(Workspace, People, Goals, Measurements, Leads, Requests, Sla, AccountLists);

    public DigestFacts Facts() => DigestFactsBuilder.Build(Inputs(), Period, Now);
}
