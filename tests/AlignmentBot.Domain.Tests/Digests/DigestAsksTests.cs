using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;
using static AlignmentBot.Domain.Tests.Digests.DigestScenario;

namespace AlignmentBot.Domain.Tests.Digests;

public class DigestAsksTests
{
    private static DigestScenario RejectedFromTradeShow(int count)
    {
        var scenario = new DigestScenario();
        for (var i = 0; i < count; i++)
        {
            scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Rejected, RejectionReason.WrongFit, "Chicago trade show");
        }

        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Accepted, campaign: "Chicago trade show");
        return scenario;
    }

    [Fact]
    public void For_SalesWithRejectedLeadsFromOneCampaign_AsksToReviewThemWithMarketing()
    {
        var asks = DigestAsks.For(RejectedFromTradeShow(5).Facts(), Audience.Sales);

        var review = Assert.Single(asks, a => a.Kind == DigestAskKind.ReviewRejectedLeads);
        Assert.Equal("Review the 5 leads rejected from “Chicago trade show” with marketing; most were wrong fit.", review.Text);
    }

    [Fact]
    public void For_SalesWithLeadsWaitingPastTheAgreement_CallingThemBackComesFirst()
    {
        var scenario = RejectedFromTradeShow(3).ActiveSla(hours: 24);
        scenario.AddLead(Now.AddHours(-40));
        scenario.AddLead(Now.AddHours(-30));

        var asks = DigestAsks.For(scenario.Facts(), Audience.Sales);

        Assert.Equal(DigestAskKind.FollowUpLeads, asks[0].Kind);
        Assert.StartsWith("Call back the 2 leads waiting longer than the agreed 24 h", asks[0].Text, StringComparison.Ordinal);
        Assert.Equal(DigestAskKind.ReviewRejectedLeads, asks[1].Kind);
    }

    [Fact]
    public void For_MarketingWithOpenUnalignedRequests_AsksForAGoalOrANo()
    {
        var scenario = new DigestScenario();
        scenario.AddRequest("Brochure colours", "Dana", At(D(2026, 10, 5)));
        scenario.AddRequest("Swag", "Sam", At(ThisWeek));
        scenario.AddRequest("Slides", "Alex", At(ThisWeek));
        scenario.AddRequest("Done already", "Alex", At(ThisWeek), status: RequestStatus.Done);

        var ask = DigestAsks.For(scenario.Facts(), Audience.Marketing)[0];

        Assert.Equal(DigestAskKind.AlignRequests, ask.Kind);
        Assert.Equal("3 unaligned requests need a goal or a no; the oldest is “Brochure colours” from Dana, open since 5 Oct 2026.", ask.Text);
    }

    [Fact]
    public void For_MarketingWithACampaignSalesMostlyRejects_AsksToFixItsTargeting()
    {
        var asks = DigestAsks.For(RejectedFromTradeShow(4).Facts(), Audience.Marketing);

        var fix = Assert.Single(asks, a => a.Kind == DigestAskKind.FixCampaignTargeting);
        Assert.Contains("sales rejected 4 of its 5 leads last week, mostly wrong fit", fix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_MarketingBehindTheLeadAgreement_AsksToCloseTheGap()
    {
        var scenario = new DigestScenario().ActiveSla(perMonth: 200);
        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Accepted);

        var ask = Assert.Single(DigestAsks.For(scenario.Facts(), Audience.Marketing), a => a.Kind == DigestAskKind.MeetLeadAgreement);

        Assert.StartsWith("Marketing delivered 1 MQLs against the 47 the lead agreement asks for last week", ask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LeadershipWithAnOffTrackCompanyGoal_AsksForADecisionOnIt()
    {
        var scenario = new DigestScenario().ActiveSla();
        scenario.Goals.Add(Goal(MetricKey.Retention, 93, D(2026, 1, 1), D(2026, 12, 31), baseline: 90, audience: Audience.Leadership));
        scenario.Weekly(MetricKey.Retention, ThisWeek, 91m);

        var ask = DigestAsks.For(scenario.Facts(), Audience.Leadership)[0];

        Assert.Equal(DigestAskKind.DecideOnGoal, ask.Kind);
        Assert.StartsWith("Customer retention needs a decision: it is off track. Now 91%;", ask.Text, StringComparison.Ordinal);
        Assert.EndsWith("Keep the target and change the plan, or change the target.", ask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LeadershipWithNoGoals_AsksToAgreeTheFirstOnes()
    {
        var asks = DigestAsks.For(new DigestScenario().ActiveSla().Facts(), Audience.Leadership);

        Assert.Equal(DigestAskKind.AgreeGoals, Assert.Single(asks).Kind);
    }

    [Fact]
    public void For_LeadershipWithoutALeadAgreement_AsksForOne()
    {
        var asks = DigestAsks.For(new DigestScenario().Facts(), Audience.Leadership);

        Assert.Contains(asks, a => a.Kind == DigestAskKind.ConfirmLeadAgreement && a.Text.StartsWith("Sales and marketing have no lead agreement yet", StringComparison.Ordinal));
    }

    [Fact]
    public void For_LeadershipAskingForUnalignedWork_AsksThemToTieItToAGoal()
    {
        var scenario = new DigestScenario().ActiveSla();
        scenario.People.Add(new Person(Acme, "U-DANA", "Dana (CEO)", Role.Leadership));
        scenario.AddRequest("Brochure colours", "Dana (CEO)", At(ThisWeek));

        var ask = Assert.Single(DigestAsks.For(scenario.Facts(), Audience.Leadership), a => a.Kind == DigestAskKind.AlignRequests);

        Assert.Equal("1 request from leadership last week serves no goal: tie it to a goal or take it back.", ask.Text);
    }

    [Theory]
    [InlineData(Audience.Leadership)]
    [InlineData(Audience.Marketing)]
    [InlineData(Audience.Sales)]
    public void For_EverythingWrongAtOnce_NeverMoreThanThreeAsks(Audience audience)
    {
        var scenario = RejectedFromTradeShow(6).ActiveSla();
        scenario.People.Add(new Person(Acme, "U-DANA", "Dana", Role.Leadership));
        scenario.AddLead(Now.AddHours(-40));
        for (var i = 0; i < 4; i++)
        {
            scenario.AddRequest($"Request {i}", "Dana", At(ThisWeek));
        }

        scenario.Goals.Add(Goal(MetricKey.Retention, 93, D(2026, 1, 1), D(2026, 12, 31), baseline: 90, audience: audience));
        scenario.Goals.Add(Goal(MetricKey.SalesCycle, 50, D(2026, 1, 1), D(2027, 12, 31), baseline: 62, direction: Direction.Decrease, audience: audience));
        scenario.Weekly(MetricKey.Retention, ThisWeek, 91m);

        var asks = DigestAsks.For(scenario.Facts(), audience);

        Assert.Equal(Digest.MaxAsks, asks.Count);
        Assert.Equal(asks.OrderBy(a => a.Priority).Select(a => a.Priority), asks.Select(a => a.Priority));
    }

    [Fact]
    public void For_SharedAudience_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestAsks.For(new DigestScenario().Facts(), Audience.Shared));
    }
}
