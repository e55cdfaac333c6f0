using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Scorecards;

public class ScorecardBuilderTests
{
    private static readonly DateOnly Today = D(2026, 2, 1);

    private static Goal G(Audience audience, DateOnly deadline, GoalId? parentId = null, GoalStatus status = GoalStatus.Active, string owner = "Maria")
        => Goal(MetricKey.Mql, 100m, D(2026, 1, 1), deadline, per: PeriodKind.Month, audience: audience, parentId: parentId, status: status, owner: owner);

    [Fact]
    public void Build_CompanyGoalWithTranslatedGoals_ListsChildrenRightUnderParent()
    {
        // "Grow revenue 10%" (leadership) was translated into a marketing and a sales goal; marketing also has
        // its own goal. Roots by audience (leadership first); children right under their parent, by audience.
        var company = G(Audience.Leadership, D(2026, 12, 31), owner: "CEO");
        var salesChild = G(Audience.Sales, D(2026, 3, 31), company.Id, owner: "VP Sales");
        var marketingChild = G(Audience.Marketing, D(2026, 6, 30), company.Id, owner: "CMO");
        var marketingOwn = G(Audience.Marketing, D(2026, 3, 31), owner: "Marketer");

        var card = ScorecardBuilder.Build([marketingOwn, salesChild, company, marketingChild], [], Today);

        Assert.Equal(["CEO", "CMO", "VP Sales", "Marketer"], card.Lines.Select(l => l.Goal.OwnerName));
        Assert.Equal(Today, card.AsOf);
    }

    [Fact]
    public void Build_RootsOfSameAudience_SortedByDeadline()
    {
        var later = G(Audience.Marketing, D(2026, 6, 30), owner: "June");
        var sooner = G(Audience.Marketing, D(2026, 3, 31), owner: "March");

        var card = ScorecardBuilder.Build([later, sooner], [], Today);

        Assert.Equal(["March", "June"], card.Lines.Select(l => l.Goal.OwnerName));
    }

    [Fact]
    public void Build_OnlyActiveGoals_AreListed()
    {
        var active = G(Audience.Marketing, D(2026, 3, 31), owner: "Active");
        var draft = G(Audience.Marketing, D(2026, 3, 31), status: GoalStatus.Draft, owner: "Draft");
        var archived = G(Audience.Marketing, D(2026, 3, 31), status: GoalStatus.Archived, owner: "Archived");

        var card = ScorecardBuilder.Build([draft, active, archived], [], Today);

        Assert.Equal(["Active"], card.Lines.Select(l => l.Goal.OwnerName));
    }

    [Fact]
    public void Build_ChildOfInactiveParent_IsListedAsRoot()
    {
        var archivedParent = G(Audience.Leadership, D(2026, 12, 31), status: GoalStatus.Archived, owner: "Old company goal");
        var child = G(Audience.Marketing, D(2026, 3, 31), archivedParent.Id, owner: "CMO");

        var card = ScorecardBuilder.Build([archivedParent, child], [], Today);

        Assert.Equal(["CMO"], card.Lines.Select(l => l.Goal.OwnerName));
    }

    [Fact]
    public void Build_GoalTranslatedTwice_KeepsGrandchildUnderItsParent()
    {
        // Company revenue goal → marketing MQL goal → a campaign team's goal. Every active goal is on the card.
        var company = G(Audience.Leadership, D(2026, 12, 31), owner: "CEO");
        var marketing = G(Audience.Marketing, D(2026, 6, 30), company.Id, owner: "CMO");
        var campaign = G(Audience.Marketing, D(2026, 3, 31), marketing.Id, owner: "Campaign lead");
        var sales = G(Audience.Sales, D(2026, 6, 30), company.Id, owner: "VP Sales");

        var card = ScorecardBuilder.Build([campaign, sales, marketing, company], [], Today);

        Assert.Equal(["CEO", "CMO", "Campaign lead", "VP Sales"], card.Lines.Select(l => l.Goal.OwnerName));
    }

    [Fact]
    public void Build_GoalsThatAreEachOthersParent_AreStillListed()
    {
        // Bad data (a cycle) must not make goals silently disappear from "is marketing working?".
        var firstId = GoalId.New();
        var secondId = GoalId.New();
        var first = G(Audience.Marketing, D(2026, 3, 31), secondId, owner: "First") with { Id = firstId };
        var second = G(Audience.Marketing, D(2026, 6, 30), firstId, owner: "Second") with { Id = secondId };

        var card = ScorecardBuilder.Build([first, second], [], Today);

        Assert.Equal(2, card.Lines.Count);
    }

    [Fact]
    public void Build_RatioGoal_IsEvaluatedFromItsInputMeasurements()
    {
        // Cost per lead 120 → 90 over 1 Jan – 10 Apr 2025 (100 days); on 19 Feb (day 50) $105 is expected.
        // Spend $10,500 and 100 leads over 21 Jan – 19 Feb = $105 per lead → on track. MQLs are not an input.
        var goal = Goal(MetricKey.CostPerLead, 90m, D(2025, 1, 1), D(2025, 4, 10), baseline: 120m, direction: Direction.Decrease, cadence: Cadence.Monthly);
        Measurement[] data =
        [
            Measure(MetricKey.Spend, 10_500m, D(2025, 1, 21), D(2025, 2, 19)),
            Measure(MetricKey.Leads, 100m, D(2025, 1, 21), D(2025, 2, 19)),
            Measure(MetricKey.Mql, 1m, D(2025, 1, 21), D(2025, 2, 19)),
        ];

        var line = Assert.Single(ScorecardBuilder.Build([goal], data, D(2025, 2, 19)).Lines);

        Assert.Equal(105m, line.Current);
        Assert.Equal(Pace.OnTrack, line.Pace);
    }

    [Fact]
    public void Build_TwoGoalsOnDifferentMetrics_EachSeesOnlyItsOwnMetric()
    {
        // 100 MQLs in January for a 100-a-month MQL goal; the SQL goal has no SQL data even though MQLs exist.
        var mqlGoal = Goal(MetricKey.Mql, 100m, D(2026, 1, 1), D(2026, 3, 31), per: PeriodKind.Month, owner: "MQL");
        var sqlGoal = Goal(MetricKey.Sql, 30m, D(2026, 1, 1), D(2026, 3, 31), per: PeriodKind.Month, owner: "SQL");
        Measurement[] data = [Measure(MetricKey.Mql, 100m, D(2026, 1, 2), D(2026, 1, 31))];

        var card = ScorecardBuilder.Build([mqlGoal, sqlGoal], data, D(2026, 1, 31));

        Assert.Equal(Pace.OnTrack, card.Lines.Single(l => l.Goal.OwnerName == "MQL").Pace);
        Assert.Equal(Pace.NoData, card.Lines.Single(l => l.Goal.OwnerName == "SQL").Pace);
    }
}
