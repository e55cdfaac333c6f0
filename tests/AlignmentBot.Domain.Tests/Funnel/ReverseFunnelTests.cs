using AlignmentBot.Domain.Funnel;

namespace AlignmentBot.Domain.Tests.Funnel;

public class ReverseFunnelTests
{
    // Typical B2B: MQL→SQL 30%, SQL→opportunity 50%, win 25%, deal $25,000, lead→MQL 40%.
    private static readonly FunnelRates Typical = FunnelRates.TypicalB2B;

    [Fact]
    public void FromRevenue_OneMillion_WorksBackToLeads()
    {
        // $1,000,000 / $25,000 = 40 deals; / 0.25 = 160 opportunities; / 0.5 = 320 SQLs;
        // / 0.3 = 1,066.7 → 1,067 MQLs; / 0.4 = 2,667.5 → 2,668 leads.
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical);

        Assert.True(result.IsPossible);
        Assert.Null(result.Problem);
        Assert.Equal(new FunnelRequirement(1_000_000m, 40, 160, 320, 1_067, 2_668), result.Requirement);
    }

    [Fact]
    public void FromRevenue_AbsurdRevenueForTheDealSize_ExplainsInsteadOfOverflowing()
    {
        // $100B at $1 a deal and 1% at every stage would be 10^17 leads: no real funnel.
        var result = ReverseFunnel.FromRevenue(100_000_000_000m, new FunnelRates(0.01m, 0.01m, 0.01m, 1m));

        Assert.False(result.IsPossible);
        Assert.Contains("billions of leads", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRevenue_FractionalStages_RoundUpAtEachStage()
    {
        // $100,000 / $30,000 = 3.33 → 4 deals (half a deal closes nothing); 4 / 0.3 = 13.3 → 14 opportunities;
        // 14 / 0.5 = 28 SQLs; 28 / 0.5 = 56 MQLs. Rounding only once at the end would give
        // 3.33 / 0.3 / 0.5 / 0.5 = 44.4 → 45 MQLs, which cannot produce four deals.
        var rates = new FunnelRates(MqlToSql: 0.5m, SqlToOpportunity: 0.5m, WinRate: 0.3m, AverageDealSize: 30_000m);

        var requirement = ReverseFunnel.FromRevenue(100_000m, rates).Requirement!;

        Assert.Equal(4, requirement.Deals);
        Assert.Equal(14, requirement.Opportunities);
        Assert.Equal(28, requirement.Sqls);
        Assert.Equal(56, requirement.Mqls);
    }

    [Fact]
    public void FromRevenue_WithoutLeadToMqlRate_LeavesLeadsOut()
    {
        var rates = Typical with { LeadToMql = null };

        var requirement = ReverseFunnel.FromRevenue(1_000_000m, rates).Requirement!;

        Assert.Equal(1_067, requirement.Mqls);
        Assert.Null(requirement.Leads);
    }

    [Fact]
    public void FromRevenue_ZeroRevenue_NeedsNothing()
    {
        Assert.Equal(new FunnelRequirement(0m, 0, 0, 0, 0, 0), ReverseFunnel.FromRevenue(0m, Typical).Requirement);
    }

    [Fact]
    public void FromRevenue_ZeroWinRate_IsAProblemNotADivisionByZero()
    {
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical with { WinRate = 0m });

        Assert.False(result.IsPossible);
        Assert.Equal("The win rate is 0%, so no amount of earlier-stage volume reaches the target. Fix or measure that rate first.", result.Problem);
    }

    [Fact]
    public void FromRevenue_ZeroMqlToSqlRate_IsAProblem()
    {
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical with { MqlToSql = 0m });

        Assert.False(result.IsPossible);
        Assert.StartsWith("The MQL→SQL rate is 0%", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRevenue_ZeroLeadToMqlRate_IsAProblem()
    {
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical with { LeadToMql = 0m });

        Assert.False(result.IsPossible);
        Assert.StartsWith("The lead→MQL rate is 0%", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRevenue_ZeroDealSize_IsAProblem()
    {
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical with { AverageDealSize = 0m });

        Assert.False(result.IsPossible);
        Assert.StartsWith("The average deal size is zero", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRevenue_RateAbove100Percent_IsAProblem()
    {
        // Someone typed 50 meaning 50%: 50 as a fraction is 5,000%.
        var result = ReverseFunnel.FromRevenue(1_000_000m, Typical with { SqlToOpportunity = 50m });

        Assert.False(result.IsPossible);
        Assert.Equal("The SQL→opportunity rate is above 100%, which is not a conversion rate. Check the numbers.", result.Problem);
    }

    [Fact]
    public void FromRevenue_RateOfExactly100Percent_IsAllowed()
    {
        // Every SQL becomes an opportunity: 160 opportunities need 160 SQLs.
        var requirement = ReverseFunnel.FromRevenue(1_000_000m, Typical with { SqlToOpportunity = 1m }).Requirement!;

        Assert.Equal(160, requirement.Sqls);
    }

    [Fact]
    public void FromRevenue_NegativeRevenue_IsAProblem()
    {
        Assert.False(ReverseFunnel.FromRevenue(-1m, Typical).IsPossible);
    }

    [Fact]
    public void RevenueFromMqls_ThousandMqls_MultipliesThroughTheFunnel()
    {
        // 1,000 MQLs × 0.3 = 300 SQLs × 0.5 = 150 opportunities × 0.25 = 37.5 deals × $25,000 = $937,500.
        Assert.Equal(937_500m, ReverseFunnel.RevenueFromMqls(1_000m, Typical));
    }

    [Fact]
    public void RevenueFromMqls_OfTheRequiredMqls_ReachesTheTarget()
    {
        // Rounding up means the 1,067 MQLs asked for are enough: 1,067 × 937.5 = $1,000,312.50.
        var mqls = ReverseFunnel.FromRevenue(1_000_000m, Typical).Requirement!.Mqls;

        Assert.Equal(1_000_312.5m, ReverseFunnel.RevenueFromMqls(mqls, Typical));
    }
}
