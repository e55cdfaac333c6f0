using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Tests.Metrics;

public class MetricCatalogTests
{
    // docs/contracts.md, "understand" entities: the metric names other parts of the product depend on.
    private static readonly string[] DesignOrder =
    [
        "reach", "leads", "mql", "sal", "sql", "opportunities", "pipeline", "revenue", "retention", "cost_per_lead",
        "conversion_rate", "win_rate", "sales_cycle", "follow_up_time", "acceptance_rate", "overlap", "budget_share",
    ];

    public static TheoryData<MetricKey> AllKeys()
    {
        var data = new TheoryData<MetricKey>();
        foreach (var key in Enum.GetValues<MetricKey>())
        {
            data.Add(key);
        }

        return data;
    }

    [Fact]
    public void Public_Names_AreExactlyTheSeventeenDesignNamesInOrder()
    {
        Assert.Equal(DesignOrder, MetricCatalog.Public.Select(d => d.Name));
    }

    [Fact]
    public void Public_RatioInputs_AreLeftOut()
    {
        Assert.DoesNotContain(MetricCatalog.Public, d => d.Key is MetricKey.Spend or MetricKey.DealsWon);
        Assert.Equal(Enum.GetValues<MetricKey>().Length, MetricCatalog.All.Count);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Get_EveryKey_ReturnsItsOwnDefinition(MetricKey key)
    {
        // Get indexes by enum value, so the table order must match the enum.
        Assert.Equal(key, MetricCatalog.Get(key).Key);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void TryParse_WireName_RoundTrips(MetricKey key)
    {
        Assert.True(MetricCatalog.TryParse(MetricCatalog.NameOf(key), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void TryParse_Label_RoundTrips(MetricKey key)
    {
        Assert.True(MetricCatalog.TryParse(MetricCatalog.Get(key).Label, out var parsed));
        Assert.Equal(key, parsed);
    }

    [Theory]
    [InlineData("MQLs", MetricKey.Mql)]
    [InlineData("qualified leads", MetricKey.Mql)]
    [InlineData("Marketing Qualified Leads", MetricKey.Mql)]
    [InlineData("CPL", MetricKey.CostPerLead)]
    [InlineData("cost-per-lead", MetricKey.CostPerLead)]
    [InlineData("SQLs", MetricKey.Sql)]
    [InlineData("opps", MetricKey.Opportunities)]
    [InlineData("inquiries", MetricKey.Leads)]
    [InlineData("speed to lead", MetricKey.FollowUpTime)]
    [InlineData("days to close", MetricKey.SalesCycle)]
    [InlineData("closed won revenue", MetricKey.Revenue)]
    [InlineData("win rate", MetricKey.WinRate)]
    [InlineData("marketing spend", MetricKey.Spend)]
    public void TryParse_CommonAliases_AreUnderstood(string text, MetricKey expected)
    {
        Assert.True(MetricCatalog.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("happiness")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownText_IsRefused(string? text)
    {
        Assert.False(MetricCatalog.TryParse(text, out _));
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Get_Ratios_NameBothInputs(MetricKey key)
    {
        var definition = MetricCatalog.Get(key);

        Assert.Equal(definition.IsRatio, definition.Numerator is not null);
        Assert.Equal(definition.IsRatio, definition.Denominator is not null);
    }

    [Fact]
    public void Get_CostPerLead_IsSpendOverLeadsAndLowerIsBetter()
    {
        var cpl = MetricCatalog.Get(MetricKey.CostPerLead);

        Assert.Equal(MetricKey.Spend, cpl.Numerator);
        Assert.Equal(MetricKey.Leads, cpl.Denominator);
        Assert.Equal(BetterWhen.Lower, cpl.BetterWhen);
        Assert.Equal(MetricUnit.Money, cpl.Unit);
    }

    [Fact]
    public void Get_MarketingControls_LeadsAndCostButNotRevenue()
    {
        // Measure marketing on what it controls (leads, cost per lead), not on revenue that sales owns.
        Assert.True(MetricCatalog.Get(MetricKey.Mql).MarketingControls);
        Assert.True(MetricCatalog.Get(MetricKey.CostPerLead).MarketingControls);
        Assert.False(MetricCatalog.Get(MetricKey.Revenue).MarketingControls);
        Assert.False(MetricCatalog.Get(MetricKey.Opportunities).MarketingControls);
    }
}
