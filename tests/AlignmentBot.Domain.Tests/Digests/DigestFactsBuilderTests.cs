using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;
using static AlignmentBot.Domain.Tests.Digests.DigestScenario;

namespace AlignmentBot.Domain.Tests.Digests;

public class DigestFactsBuilderTests
{
    [Fact]
    public void Build_MqlsThisWeekAndLast_ComparesTheTwoCompleteWeeks()
    {
        var facts = new DigestScenario().Weekly(MetricKey.Mql, LastWeek, 50).Weekly(MetricKey.Mql, ThisWeek, 40).Facts();

        var mql = Assert.Single(facts.Funnel);
        Assert.Equal(MetricKey.Mql, mql.Metric);
        Assert.Equal(40, mql.Current);
        Assert.Equal(50, mql.Previous);
        Assert.Equal(-20, mql.ChangePercent);
    }

    [Fact]
    public void Build_GoalThatFellBehindThisWeek_ShowsWhereItWasAndWhereItIs()
    {
        // Retention 90% → 93% over 2026: about 92.7% is expected by late November.
        var scenario = new DigestScenario();
        scenario.Goals.Add(Goal(MetricKey.Retention, 93, D(2026, 1, 1), D(2026, 12, 31), baseline: 90, audience: Audience.Leadership));
        scenario.Weekly(MetricKey.Retention, LastWeek, 92.8m).Weekly(MetricKey.Retention, ThisWeek, 91m);

        var line = Assert.Single(scenario.Facts().Goals);

        Assert.Equal(Pace.OnTrack, line.Before!.Pace);
        Assert.Equal(Pace.OffTrack, line.Now.Pace);
        Assert.True(line.PaceChanged);
        Assert.True(line.NeedsAttention);
    }

    [Fact]
    public void Build_GoalThatStartedThisWeek_IsNew()
    {
        var scenario = new DigestScenario();
        scenario.Goals.Add(Goal(MetricKey.Mql, 240, D(2026, 11, 18), D(2027, 6, 30), per: PeriodKind.Month));

        var line = Assert.Single(scenario.Facts().Goals);

        Assert.True(line.IsNew);
        Assert.False(line.PaceChanged);
    }

    [Fact]
    public void Build_NoCheckInForTwoPeriods_GoalIsListedAsStale()
    {
        var scenario = new DigestScenario();
        var retention = Goal(MetricKey.Retention, 93, D(2026, 1, 1), D(2027, 12, 31), baseline: 90, cadence: Cadence.Weekly);
        scenario.Goals.Add(retention);
        scenario.Weekly(MetricKey.Retention, D(2026, 10, 19), 91);

        var stale = Assert.Single(scenario.Facts().Stale);

        Assert.Equal(retention.Id, stale.Goal.Id);
        Assert.Equal(D(2026, 10, 25), stale.AsOf);
    }

    [Fact]
    public void Build_RejectionsThisWeek_GroupedByCampaignWithTheMainReason()
    {
        var scenario = new DigestScenario();
        for (var i = 0; i < 4; i++)
        {
            scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Rejected, i < 3 ? RejectionReason.WrongFit : RejectionReason.NoBudget, "Chicago trade show");
        }

        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Accepted, campaign: "Chicago trade show");
        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Rejected, RejectionReason.Duplicate, "Webinar");
        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Accepted, campaign: "Webinar");
        scenario.AddLead(At(LastWeek), At(LastWeek, 12), LeadDecision.Accepted, campaign: "Webinar");

        var leads = scenario.Facts().Leads;

        Assert.Equal(2, leads.Accepted);
        Assert.Equal(5, leads.Rejected);
        Assert.Equal(100m * 2 / 7, leads.AcceptancePercent);
        Assert.Equal(100m, leads.PreviousAcceptancePercent);
        Assert.Equal((RejectionReason.WrongFit, 3), leads.TopReasons[0]);
        var chicago = leads.ByCampaign[0];
        Assert.Equal(("Chicago trade show", 4, 5, RejectionReason.WrongFit), (chicago.Campaign, chicago.Rejected, chicago.Decided, chicago.TopReason));
    }

    [Fact]
    public void Build_LeadsWaitingLongerThanTheAgreement_AreCountedWithTheOldest()
    {
        var scenario = new DigestScenario().ActiveSla(hours: 24);
        var oldest = scenario.AddLead(Now.AddHours(-60));
        scenario.AddLead(Now.AddHours(-30));
        scenario.AddLead(Now.AddHours(-5));                              // not due yet
        scenario.AddLead(Now.AddHours(-50), followedUp: Now.AddHours(-2)); // called back, late
        scenario.AddLead(Now.AddDays(-40));                              // long dead: not in the last two windows

        var sla = scenario.Facts().Sla!;

        Assert.Equal(2, sla.Waiting);
        Assert.Equal(oldest.CreatedAt, sla.OldestWaitingSince);
    }

    [Fact]
    public void Build_ProposedAgreement_IsPendingRatherThanActive()
    {
        var scenario = new DigestScenario { Sla = new LeadSla(Guid.NewGuid(), Acme, 200, PeriodKind.Month, 24, null, "Marco", Created) };

        var facts = scenario.Facts();

        Assert.Null(facts.Sla);
        Assert.NotNull(facts.PendingAgreement);
    }

    [Fact]
    public void Build_UnalignedRequestsFromLeadership_CountedByTheRequestersRole()
    {
        var scenario = new DigestScenario();
        scenario.People.Add(new Person(Acme, "U-DANA", "Dana (CEO)", Role.Leadership));
        scenario.People.Add(new Person(Acme, "U-SAM", "Sam (Sales)", Role.SalesLead));
        var goal = GoalId.New();
        scenario.AddRequest("Brochure colours", "Dana (CEO)", At(ThisWeek.AddDays(1)));
        scenario.AddRequest("Keynote video", "Dana (CEO)", At(ThisWeek.AddDays(2)));
        scenario.AddRequest("Webinar", "Dana (CEO)", At(ThisWeek.AddDays(2)), goal);
        scenario.AddRequest("Swag", "Sam (Sales)", At(ThisWeek.AddDays(3)));
        scenario.AddRequest("Old ask", "Dana (CEO)", At(LastWeek));

        var requests = scenario.Facts().Requests;

        Assert.Equal(2, requests.UnalignedFromLeadership);
        Assert.Equal(4, requests.Summary.Logged);
        Assert.Equal(["Old ask", "Brochure colours", "Keynote video", "Swag"], requests.OpenUnaligned.Select(r => r.Title));
    }

    [Fact]
    public void Build_AccountListsMissing_NoOverlapRatherThanZero()
    {
        var scenario = new DigestScenario();
        scenario.AccountLists.Add(new AccountList(Guid.NewGuid(), Acme, AccountListKind.SalesTarget, "FY27", ["Globex", "Initech"], Created));

        Assert.Null(scenario.Facts().Overlap);
    }

    [Fact]
    public void Build_BothAccountLists_OverlapAgainstTheIndustryBenchmark()
    {
        var scenario = new DigestScenario();
        scenario.AccountLists.Add(new AccountList(Guid.NewGuid(), Acme, AccountListKind.SalesTarget, "FY27", ["Globex", "Initech", "Hooli", "Umbrella"], Created));
        scenario.AccountLists.Add(new AccountList(Guid.NewGuid(), Acme, AccountListKind.MarketingReached, "LinkedIn", ["GLOBEX Inc.", "Acme"], Created));

        var overlap = scenario.Facts().Overlap!;

        Assert.Equal(25m, overlap.OverlapPercent);
        Assert.Equal("technology average", overlap.Benchmark.Label);
    }

    [Fact]
    public void Build_SameListsForAnotherIndustry_ComparedAgainstThatIndustrysBenchmark()
    {
        var scenario = new DigestScenario();
        scenario.AccountLists.Add(new AccountList(Guid.NewGuid(), Acme, AccountListKind.SalesTarget, "FY27", ["Globex", "Initech"], Created));
        scenario.AccountLists.Add(new AccountList(Guid.NewGuid(), Acme, AccountListKind.MarketingReached, "LinkedIn", ["Globex"], Created));
        var technology = scenario.Facts().Overlap!;

        scenario.Workspace = scenario.Workspace with { Industry = Industry.Manufacturing };
        var manufacturing = scenario.Facts().Overlap!;

        Assert.Equal((50m, "technology average"), (technology.OverlapPercent!.Value, technology.Benchmark.Label));
        Assert.Equal((50m, "manufacturing average"), (manufacturing.OverlapPercent!.Value, manufacturing.Benchmark.Label));
    }

    [Fact]
    public void Build_SpendAndAnnualRevenueSetting_BudgetBandIsShareOfTotalRevenue()
    {
        // 13 weeks of $3,000 spend = $39,000 over 91 days; $5.2M a year is $1,296,438 over those days: 3.0%.
        var scenario = new DigestScenario();
        scenario.Workspace = scenario.Workspace with { AnnualRevenue = 5_200_000m };
        for (var week = 0; week < 13; week++)
        {
            scenario.Weekly(MetricKey.Spend, ThisWeek.AddDays(-7 * week), 3_000).Weekly(MetricKey.Revenue, ThisWeek.AddDays(-7 * week), 100_000);
        }

        var budget = scenario.Facts().Budget!;

        Assert.Equal(BudgetBand.Below, budget.Assessment.Band);
        Assert.Equal(3.0m, Math.Round(budget.Assessment.SharePercent!.Value, 1));
        Assert.Equal(D(2026, 8, 24), budget.Window.Start);
    }

    [Fact]
    public void Build_NewBusinessRevenueWithoutAnnualRevenueSetting_NoBudgetBand()
    {
        // Recorded revenue is new business booked; a band worked out from it would say 3% when the truth is unknown.
        var scenario = new DigestScenario();
        for (var week = 0; week < 13; week++)
        {
            scenario.Weekly(MetricKey.Spend, ThisWeek.AddDays(-7 * week), 3_000).Weekly(MetricKey.Revenue, ThisWeek.AddDays(-7 * week), 100_000);
        }

        Assert.Null(scenario.Facts().Budget);
    }

    [Fact]
    public void Build_NoSpend_NoBudgetBand()
    {
        var scenario = new DigestScenario();
        scenario.Workspace = scenario.Workspace with { AnnualRevenue = 5_200_000m };

        Assert.Null(scenario.Facts().Budget);
    }

    [Fact]
    public void Build_DeadlinesSoon_GoalsAndOpenRequestsInDateOrder()
    {
        var scenario = new DigestScenario();
        scenario.Goals.Add(Goal(MetricKey.FollowUpTime, 24, D(2026, 10, 1), D(2026, 12, 31), baseline: 36, direction: Direction.Decrease, owner: "Sam"));
        scenario.Goals.Add(Goal(MetricKey.Mql, 240, D(2026, 10, 1), D(2027, 6, 30), per: PeriodKind.Month));
        scenario.AddRequest("Booth", "Sam", At(LastWeek), due: D(2026, 11, 20));
        scenario.AddRequest("Slides", "Alex", At(LastWeek), due: D(2026, 12, 1));
        scenario.AddRequest("Done one", "Alex", At(LastWeek), status: RequestStatus.Done, due: D(2026, 11, 25));
        scenario.AddRequest("Far away", "Alex", At(LastWeek), due: D(2027, 2, 1));

        var deadlines = scenario.Facts().Deadlines;

        Assert.Equal(["Booth", "Slides", "Lead follow-up time"], deadlines.Select(d => d.Title));
        Assert.True(deadlines[0].IsOverdue(DigestDate));
        Assert.Equal(DeadlineKind.Goal, deadlines[2].Kind);
    }
}
