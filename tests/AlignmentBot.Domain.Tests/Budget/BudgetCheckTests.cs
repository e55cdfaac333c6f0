using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Tests.Budget;

public class BudgetCheckTests
{
    private static readonly Money Revenue = Money.Usd(10_000_000m);

    [Fact]
    public void Assess_ThreePercent_IsBelowWithGapToFourPercent()
    {
        // $300k of $10M = 3%. 4% would be $400k: $100k more.
        var result = BudgetCheck.Assess(Money.Usd(300_000m), Revenue);

        Assert.Equal(BudgetBand.Below, result.Band);
        Assert.Equal(3m, result.SharePercent);
        Assert.Equal(Money.Usd(100_000m), result.GapToBand);
        Assert.Equal("Marketing spend is 3% of revenue, below the 4–8% typical for B2B. Reaching 4% means $100k more.", result.Explanation);
    }

    [Theory]
    [InlineData(399_999, BudgetBand.Below)]
    [InlineData(400_000, BudgetBand.Within)] // exactly 4%
    [InlineData(600_000, BudgetBand.Within)]
    [InlineData(800_000, BudgetBand.Within)] // exactly 8%
    [InlineData(800_001, BudgetBand.Above)]
    public void Assess_BandBoundaries_FourAndEightPercentAreWithin(int spend, BudgetBand expected)
    {
        Assert.Equal(expected, BudgetCheck.Assess(Money.Usd(spend), Revenue).Band);
    }

    [Fact]
    public void Assess_JustBelowFourPercent_GapIsTheMissingDollar()
    {
        Assert.Equal(Money.Usd(1m), BudgetCheck.Assess(Money.Usd(399_999m), Revenue).GapToBand);
    }

    [Fact]
    public void Assess_WithinBand_HasNoGap()
    {
        var result = BudgetCheck.Assess(Money.Usd(600_000m), Revenue);

        Assert.Equal(Money.Usd(0m), result.GapToBand);
        Assert.Equal("Marketing spend is 6% of revenue, within the 4–8% typical for B2B.", result.Explanation);
    }

    [Fact]
    public void Assess_AboveBand_AsksForJustification()
    {
        // $900k / $10M = 9%.
        var result = BudgetCheck.Assess(Money.Usd(900_000m), Revenue);

        Assert.Equal(BudgetBand.Above, result.Band);
        Assert.Equal(Money.Usd(0m), result.GapToBand);
        Assert.Equal("Marketing spend is 9% of revenue, above the 4–8% typical for B2B. Make sure the goals justify it.", result.Explanation);
    }

    [Fact]
    public void Assess_NoSpend_GapIsTheWholeFourPercent()
    {
        Assert.Equal(Money.Usd(400_000m), BudgetCheck.Assess(Money.Usd(0m), Revenue).GapToBand);
    }

    [Fact]
    public void Assess_ZeroRevenue_IsUnknownNotADivisionByZero()
    {
        var result = BudgetCheck.Assess(Money.Usd(50_000m), Money.Usd(0m));

        Assert.Equal(BudgetBand.Unknown, result.Band);
        Assert.Null(result.SharePercent);
        Assert.StartsWith("Revenue is zero", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_DifferentCurrencies_IsUnknownAndAsksForOne()
    {
        var result = BudgetCheck.Assess(new Money(300_000m, "EUR"), Revenue);

        Assert.Equal(BudgetBand.Unknown, result.Band);
        Assert.Null(result.SharePercent);
        Assert.Equal("Spend is in EUR and revenue in USD; give both in one currency.", result.Explanation);
    }

    [Fact]
    public void Assess_CurrencyCodesDifferingOnlyInCase_AreTheSameCurrency()
    {
        Assert.Equal(BudgetBand.Within, BudgetCheck.Assess(new Money(500_000m, "usd"), Revenue).Band);
    }
}
