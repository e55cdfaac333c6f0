using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using static AlignmentBot.Domain.Tests.Builders;
using static AlignmentBot.Domain.Tests.Digests.DigestScenario;

namespace AlignmentBot.Domain.Tests.Digests;

public class DigestComposerTests
{
    private static DigestFacts Facts()
    {
        var scenario = new DigestScenario().ActiveSla(perMonth: 200, hours: 24);
        scenario.Weekly(MetricKey.Mql, LastWeek, 40).Weekly(MetricKey.Mql, ThisWeek, 50);
        scenario.Goals.Add(Goal(MetricKey.Revenue, 800_000, D(2026, 1, 1), D(2027, 12, 31), per: PeriodKind.Quarter, audience: Audience.Leadership));
        scenario.Goals.Add(Goal(MetricKey.FollowUpTime, 24, D(2026, 1, 1), D(2027, 12, 31), baseline: 36, direction: Direction.Decrease, audience: Audience.Sales));
        scenario.Goals.Add(Goal(MetricKey.Mql, 240, D(2026, 1, 1), D(2027, 12, 31), per: PeriodKind.Month, audience: Audience.Marketing));
        scenario.AddLead(At(ThisWeek), At(ThisWeek, 12), LeadDecision.Accepted);
        scenario.AddLead(At(ThisWeek), At(ThisWeek.AddDays(2), 12), LeadDecision.Rejected, RejectionReason.WrongFit);
        scenario.AddRequest("Swag", "Sam", At(ThisWeek));
        return scenario.Facts();
    }

    [Fact]
    public void Compose_ThreeAudiences_SameFactsDifferentEmphasis()
    {
        var facts = Facts();

        var leadership = DigestComposer.Compose(facts, Audience.Leadership);
        var marketing = DigestComposer.Compose(facts, Audience.Marketing);
        var sales = DigestComposer.Compose(facts, Audience.Sales);

        Assert.Same(leadership.Facts, marketing.Facts);
        Assert.Same(marketing.Facts, sales.Facts);
        Assert.Equal(DigestSection.Goals, leadership.Sections[0]);
        Assert.Equal(DigestSection.Funnel, marketing.Sections[0]);
        Assert.Equal(DigestSection.Leads, sales.Sections[0]);
        Assert.All([leadership, marketing, sales], d => Assert.Equal(Enum.GetValues<DigestSection>().Order(), d.Sections.Order()));
    }

    [Fact]
    public void Compose_Marketing_HeadlineLeadsWithMqlsAgainstTheAgreement()
    {
        var digest = DigestComposer.Compose(Facts(), Audience.Marketing);

        Assert.Equal("50 MQLs last week (+25% on the week before), 107.1% of what the lead agreement asks; 1 unaligned request open.", digest.Headline);
    }

    [Fact]
    public void Compose_Sales_HeadlineLeadsWithFollowUpAndAcceptance()
    {
        var digest = DigestComposer.Compose(Facts(), Audience.Sales);

        Assert.Equal("50% of the leads from last week followed up within 24 h, 0 waiting now; sales accepted 50% of the 2 leads it decided; top rejection reason: wrong fit.", digest.Headline);
    }

    [Fact]
    public void Compose_Leadership_HeadlineIsTheScorecard()
    {
        var facts = Facts();

        Assert.Equal(facts.Scorecard.Headline, DigestComposer.Compose(facts, Audience.Leadership).Headline);
    }

    [Fact]
    public void Compose_MarketingAndSales_SeeTheirOwnGoalsFirst()
    {
        var facts = Facts();

        Assert.Equal(MetricKey.Mql, DigestComposer.Compose(facts, Audience.Marketing).Goals[0].Now.Goal.Metric);
        Assert.Equal(MetricKey.FollowUpTime, DigestComposer.Compose(facts, Audience.Sales).Goals[0].Now.Goal.Metric);
        Assert.Equal(MetricKey.Revenue, DigestComposer.Compose(facts, Audience.Leadership).Goals[0].Now.Goal.Metric);
    }

    [Fact]
    public void Compose_NotesAboutEarlierDigests_OldestFirst()
    {
        var notes = new[] { new DigestNote(DigestNoteKind.Missed, D(2026, 11, 16)), new DigestNote(DigestNoteKind.Holiday, D(2026, 11, 9), "Founders' day") };

        var digest = DigestComposer.Compose(Facts(), Audience.Sales, notes);

        Assert.Equal([D(2026, 11, 9), D(2026, 11, 16)], digest.Notes.Select(n => n.Date));
    }
}
