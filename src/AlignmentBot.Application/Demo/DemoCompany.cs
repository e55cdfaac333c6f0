using System.Security.Cryptography;
using System.Text;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Demo;

/// <summary>
/// "Northwind Analytics", a B2B software company: a quarter of weekly funnel data, goals on and off
/// track, the task wheel of requests, rejected leads, the lead agreement and two account lists.
/// Deterministic: the same day gives the same data, and ids are derived from names so seeding twice updates in place.
/// </summary>
public static class DemoCompany
{
    public const string MarkerPrefix = "demo:";
    public const int Weeks = 13;

    private static readonly PersonRef Alex = new("demo-alex", "Alex Kim (SDR)");

    public static DemoData Generate(WorkspaceId workspaceId, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(20261123);
        var workspace = new Workspace(workspaceId, workspaceId == WorkspaceId.Local ? Platform.Local : Platform.Slack, "Northwind Analytics (demo)",
            "America/New_York", "USD", Industry.Technology, Region.NorthAmerica);
        Person P(string id, string name, Role role, bool admin = false) => new(workspaceId, "demo-" + id, name, role, "America/New_York") { IsAdmin = admin };
        var people = new[]
        {
            P("dana", "Dana Whitfield (CEO)", Role.Leadership, admin: true),
            P("marco", "Marco Silva (CMO)", Role.MarketingLead),
            P("priya", "Priya Natarajan (Marketing)", Role.Marketer),
            P("sam", "Sam Okafor (VP Sales)", Role.SalesLead),
            P("alex", "Alex Kim (SDR)", Role.SalesRep),
        };

        var thisWeek = Periods.Containing(today, PeriodKind.Week);
        var firstWeek = thisWeek.Start.AddDays(-7 * Weeks);
        var measurements = WeeklyFunnel(workspaceId, firstWeek, now, random);
        var goals = Goals(workspaceId, firstWeek, today, now);
        var leads = Leads(workspaceId, today, now, random);
        var requests = Requests(workspaceId, firstWeek, now, goals);
        var sla = new LeadSla(Id("sla"), workspaceId, 200, PeriodKind.Month, 24m,
            "An MQL has a business email, a company of 50+ employees in our regions, and asked for a demo or engaged twice in 30 days.",
            "Marco Silva (CMO)", At(firstWeek.AddDays(14), 15),
            new SlaConfirmation("demo-marco", "Marco Silva (CMO)", At(firstWeek.AddDays(14), 16)),
            new SlaConfirmation("demo-sam", "Sam Okafor (VP Sales)", At(firstWeek.AddDays(15), 10)),
            ProposedById: "demo-marco");
        var lists = AccountLists(workspaceId, now, random);
        return new DemoData(workspace, people, goals, measurements, requests, leads, sla, lists);
    }

    /// <summary>The demo person a display name belongs to ("Sam Okafor (VP Sales)" → "demo-sam").</summary>
    private static string PersonId(string displayName) => "demo-" + displayName.Split(' ')[0].ToLowerInvariant();

    /// <summary>Stable id from a name, so a second seeding overwrites the first instead of duplicating it.</summary>
    public static Guid Id(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(MarkerPrefix + name)).AsSpan(0, 16));

    private static List<Measurement> WeeklyFunnel(WorkspaceId ws, DateOnly firstWeek, DateTimeOffset now, Random random)
    {
        var result = new List<Measurement>();
        void Add(MetricKey metric, DateRange period, decimal value) =>
            result.Add(new Measurement(Id($"m:{metric}:{period}"), ws, metric, Math.Round(value, 2), period, MeasurementSource.Demo, Breakdown.None, now, "demo"));

        for (var w = 0; w < Weeks; w++)
        {
            var week = new DateRange(firstWeek.AddDays(7 * w), firstWeek.AddDays((7 * w) + 6));
            decimal Noise(decimal spread) => (decimal)((random.NextDouble() * 2) - 1) * spread;
            var leads = Math.Round(196 + (2.5m * w) + Noise(14));
            var mql = Math.Round(leads * (0.245m + Noise(0.01m)));
            var sal = Math.Round(mql * (0.78m + Noise(0.03m)));
            var sql = Math.Round(sal * (0.46m + Noise(0.03m)));
            var opps = Math.Round(sql * (0.55m + Noise(0.05m)));
            var won = Math.Max(1, Math.Round(opps * (0.28m + Noise(0.06m))));
            Add(MetricKey.Reach, week, Math.Round(3800 + (40 * w) + Noise(300)));
            Add(MetricKey.Leads, week, leads);
            Add(MetricKey.Mql, week, mql);
            Add(MetricKey.Sal, week, sal);
            Add(MetricKey.Sql, week, sql);
            Add(MetricKey.Opportunities, week, opps);
            Add(MetricKey.DealsWon, week, won);
            Add(MetricKey.Revenue, week, won * (24_000 + Noise(3_000)));
            Add(MetricKey.Pipeline, week, opps * (32_000 + Noise(4_000)));
            Add(MetricKey.Spend, week, 19_000 + Noise(1_200));

            // Follow-up time drifts from about a day to a day and a half: the sales side of the SLA slipping.
            Add(MetricKey.FollowUpTime, week, 26 + (0.8m * w) + Noise(2));
        }

        // Retention is reported monthly by finance, and the last report is overdue.
        for (var m = 4; m >= 3; m--)
        {
            var month = Periods.Containing(firstWeek.AddDays(7 * Weeks).AddMonths(-m), PeriodKind.Month);
            Add(MetricKey.Retention, month, 90.4m + (0.3m * (4 - m)));
        }

        return result;
    }

    private static List<Goal> Goals(WorkspaceId ws, DateOnly start, DateOnly today, DateTimeOffset now)
    {
        var yearEnd = new DateOnly(today.Year, 12, 31);
        var nextYearEnd = yearEnd.AddYears(1);
        var quarterEnd = Periods.Containing(today, PeriodKind.Quarter).End;
        var nextQuarterEnd = Periods.Containing(quarterEnd.AddDays(1), PeriodKind.Quarter).End;
        var created = now.AddDays(-7 * Weeks);
        Goal G(string key, string asked, MetricKey metric, decimal? baseline, decimal target, Direction direction, PeriodKind? per, DateOnly deadline,
            string owner, Audience audience, GoalId? parent = null, Cadence cadence = Cadence.Weekly)
            => new(new GoalId(Id("goal:" + key)), ws, asked, metric, baseline, target, direction, per, start, deadline, cadence, owner, audience,
                GoalStatus.Active, created, "demo", PersonId(owner), parent);

        var revenue = G("revenue", "Grow revenue 10% next year", MetricKey.Revenue, 720_000, 792_000, Direction.Increase, PeriodKind.Quarter, nextYearEnd,
            "Dana Whitfield (CEO)", Audience.Leadership);
        return
        [
            revenue,
            G("mql", "We need more leads", MetricKey.Mql, 190, 240, Direction.Increase, PeriodKind.Month, nextYearEnd, "Marco Silva (CMO)", Audience.Marketing, revenue.Id),
            G("cpl", "Stop paying so much for leads", MetricKey.CostPerLead, 110, 80, Direction.Decrease, null, nextQuarterEnd, "Priya Natarajan (Marketing)", Audience.Marketing, revenue.Id),
            G("followup", "Call every lead back within a day", MetricKey.FollowUpTime, 36, 24, Direction.Decrease, null, quarterEnd.DayNumber - today.DayNumber < 30 ? nextQuarterEnd : quarterEnd,
                "Sam Okafor (VP Sales)", Audience.Sales, revenue.Id),
            G("acceptance", "Sales should accept more of our leads", MetricKey.AcceptanceRate, 70, 85, Direction.Increase, null, Periods.Containing(today.AddMonths(6), PeriodKind.Quarter).End,
                "Marco Silva (CMO)", Audience.Shared),
            G("retention", "Keep more customers", MetricKey.Retention, 90, 93, Direction.Increase, null, nextYearEnd, "Dana Whitfield (CEO)", Audience.Leadership, cadence: Cadence.Monthly),
            G("cycle", "Close deals faster", MetricKey.SalesCycle, 62, 50, Direction.Decrease, null, nextYearEnd, "Sam Okafor (VP Sales)", Audience.Sales),
        ];
    }

    private static List<MarketingRequest> Requests(WorkspaceId ws, DateOnly start, DateTimeOffset now, IReadOnlyList<Goal> goals)
    {
        GoalId Goal(string key) => goals.Single(g => g.Id.Value == Id("goal:" + key)).Id;
        MarketingRequest R(string title, string by, int day, int? dueIn, decimal? cost, decimal? hours, GoalId? goal, RequestStatus status, string? reason = null)
            => new(Id("request:" + title), ws, title, by, "Priya Natarajan (Marketing)", At(start.AddDays(day), 10), dueIn is { } d ? start.AddDays(day + d) : null,
                cost is { } c ? Money.Usd(c) : null, hours, goal, status, reason, PersonId(by), "demo-priya");
        return
        [
            R("Webinar series on data governance", "Marco Silva (CMO)", 3, 30, 2_500, 24, Goal("mql"), RequestStatus.Done),
            R("LinkedIn ABM campaign for the top 50 target accounts", "Sam Okafor (VP Sales)", 10, 21, 8_000, 16, Goal("mql"), RequestStatus.Done),
            R("New brochure colours for the board meeting", "Dana Whitfield (CEO)", 12, 7, null, 16, null, RequestStatus.Done),
            R("Cut the underperforming Google Ads keywords", "Priya Natarajan (Marketing)", 20, 5, null, 6, Goal("cpl"), RequestStatus.Done),
            R("Booth at the Chicago regional trade show", "Sam Okafor (VP Sales)", 27, 45, 30_000, 40, null, RequestStatus.InProgress),
            R("Post about the office party on LinkedIn", "Dana Whitfield (CEO)", 33, 2, null, 2, null, RequestStatus.Done),
            R("Rework lead scoring with sales", "Marco Silva (CMO)", 41, 14, null, 12, Goal("acceptance"), RequestStatus.InProgress),
            R("Landing page for Data Connectors", "Marco Silva (CMO)", 48, 10, 1_200, 10, Goal("mql"), RequestStatus.Done),
            R("Swag for the sales kickoff", "Sam Okafor (VP Sales)", 55, 20, 4_000, 6, null, RequestStatus.Open),
            R("Redesign the email signature", "Dana Whitfield (CEO)", 62, 5, null, 4, null, RequestStatus.Declined, "Not tied to any goal; the current one is fine."),
            R("Case study with Contoso Health", "Alex Kim (SDR)", 70, 21, 1_500, 14, Goal("mql"), RequestStatus.Open),
            R("Slides for a partner's event", "Alex Kim (SDR)", 76, 6, null, 8, null, RequestStatus.Open),
            R("Retargeting ads for pricing-page visitors", "Priya Natarajan (Marketing)", 83, 14, 3_000, 6, Goal("cpl"), RequestStatus.Open),
            R("Video for the CEO's keynote", "Dana Whitfield (CEO)", 86, 12, 6_500, 20, null, RequestStatus.Open),
        ];
    }

    private static List<Lead> Leads(WorkspaceId ws, DateOnly today, DateTimeOffset now, Random random)
    {
        (string Campaign, string Channel, double Weight, double RejectShare)[] sources =
        [
            ("Data governance webinar", "Webinar", 0.25, 0.12),
            ("LinkedIn ABM top 50", "Paid social", 0.22, 0.15),
            ("G2 reviews", "Review sites", 0.14, 0.18),
            ("Chicago trade show", "Events", 0.14, 0.55),
            ("Pricing page retargeting", "Paid search", 0.15, 0.22),
            ("Partner referrals", "Referral", 0.10, 0.08),
        ];
        string[] products = ["Analytics Cloud", "Data Connectors", "Governance Suite"];
        (RejectionReason Reason, double Weight, string Note)[] reasons =
        [
            (RejectionReason.WrongFit, 0.32, "Too small for us, 12 employees"),
            (RejectionReason.NotInMarket, 0.26, "Just researching, no project this year"),
            (RejectionReason.WrongContact, 0.20, "Not the decision maker"),
            (RejectionReason.NoBudget, 0.12, "No budget until next fiscal year"),
            (RejectionReason.Duplicate, 0.10, "Duplicate of an open opportunity"),
        ];

        var leads = new List<Lead>();
        var firstDay = today.AddDays(-56);
        var n = 0;
        for (var day = firstDay; day < today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var perDay = 7 + random.Next(0, 5);
            for (var i = 0; i < perDay; i++, n++)
            {
                var source = Pick(random, sources, s => s.Weight);
                var created = At(day, 8 + random.Next(0, 10)).AddMinutes(random.Next(0, 60));
                var age = (now - created).TotalHours;
                var followUpHours = Math.Round(4 + (random.NextDouble() * random.NextDouble() * 70), 1);
                DateTimeOffset? followUp = followUpHours < age ? created.AddHours(followUpHours) : null;
                var decided = followUp is not null && random.NextDouble() > 0.06;
                var lead = new Lead(Id("lead:" + n), ws, $"DEMO-{1000 + n}", DemoNames.Company((n * 7) % DemoNames.Count), $"contact{n}@example.com",
                    LeadStage.Mql, new Breakdown(source.Campaign, source.Channel, products[random.Next(products.Length)]), created, followUp, LeadDecision.Pending);
                if (decided && followUp is { } at)
                {
                    if (random.NextDouble() < source.RejectShare)
                    {
                        var reason = Pick(random, reasons, r => r.Weight);
                        lead = lead.Reject(reason.Reason, reason.Note, Alex, at);
                    }
                    else
                    {
                        lead = lead.Accept(Alex, at);
                        var progress = random.NextDouble();
                        lead = lead with
                        {
                            Stage = progress switch { < 0.45 => LeadStage.Sal, < 0.75 => LeadStage.Sql, < 0.92 => LeadStage.Opportunity, _ => LeadStage.Won },
                        };
                        if (lead.Stage == LeadStage.Won)
                        {
                            lead = lead with { DealValue = 18_000 + random.Next(0, 14_000) };
                        }
                    }
                }

                leads.Add(lead);
            }
        }

        return leads;
    }

    private static List<AccountList> AccountLists(WorkspaceId ws, DateTimeOffset now, Random random)
    {
        var targets = Enumerable.Range(0, 120).Select(i => DemoNames.Company((i * 5) + 3)).ToArray();
        var reachedTargets = targets.Where((_, i) => i % 11 == 0 || i % 13 == 0).ToArray();
        var others = Enumerable.Range(0, 1_950).Select(i => $"{DemoNames.Company(i)} {(i / DemoNames.Count) + 1}");
        var reached = reachedTargets.Select(t => t.ToUpperInvariant() + " Inc.").Concat(others).OrderBy(_ => random.Next()).ToArray();
        return
        [
            new AccountList(Id("accounts:targets"), ws, AccountListKind.SalesTarget, "FY target accounts (Salesforce)", targets, now),
            new AccountList(Id("accounts:reached"), ws, AccountListKind.MarketingReached, "Engaged accounts (LinkedIn + HubSpot)", reached, now),
        ];
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var roll = random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static DateTimeOffset At(DateOnly day, int hourUtc) => new(day.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero);
}
