using AlignmentBot.Integrations.Crm.StandIns;

namespace AlignmentBot.Integrations.Crm.Tests.Support;

/// <summary>What the funnel numbers must add up to, counted straight from the fixture (not through the code under test).</summary>
public static class Expected
{
    public static int Mqls(CrmFixture fixture) => fixture.Contacts.Count(c => c.StageDates.ContainsKey("marketingqualifiedlead"));

    public static int Won(CrmFixture fixture) => fixture.Deals.Count(d => d.IsWon);

    public static decimal Revenue(CrmFixture fixture) => fixture.Deals.Where(d => d.IsWon).Sum(d => d.Amount ?? 0);

    public static decimal Pipeline(CrmFixture fixture) => fixture.Deals.Sum(d => d.Amount ?? 0);

    public static readonly DateTimeOffset Anchor = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public static CrmFixture Fixture(int contacts = 450, int deals = 60, int seed = 7) => CrmFixtureGenerator.Generate(contacts, deals, Anchor, 120, seed);
}
