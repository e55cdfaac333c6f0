using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Budget;

/// <summary>Most B2B companies should spend 4–8% of revenue on marketing (a common B2B benchmark).</summary>
public static class BudgetCheck
{
    public const decimal LowerPercent = 4m;
    public const decimal UpperPercent = 8m;
    public const string Source = "a common benchmark for B2B companies";

    public static BudgetAssessment Assess(Money spend, Money revenue)
    {
        if (!string.Equals(spend.Currency, revenue.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return new(spend, revenue, null, BudgetBand.Unknown, new Money(0, spend.Currency),
                $"Spend is in {spend.Currency} and revenue in {revenue.Currency}; give both in one currency.");
        }

        if (revenue.Amount <= 0)
        {
            return new(spend, revenue, null, BudgetBand.Unknown, new Money(0, spend.Currency),
                "Revenue is zero, so the budget share cannot be computed. Record revenue for the same period.");
        }

        var share = spend.Amount / revenue.Amount * 100m;
        var band = share < LowerPercent ? BudgetBand.Below : share > UpperPercent ? BudgetBand.Above : BudgetBand.Within;
        var gap = band == BudgetBand.Below ? (revenue.Amount * LowerPercent / 100m) - spend.Amount : 0m;
        var gapMoney = new Money(gap, spend.Currency);
        var text = band switch
        {
            BudgetBand.Below => $"Marketing spend is {Formatting.Percent(share)} of revenue, below the 4–8% typical for B2B. Reaching 4% means {gapMoney} more.",
            BudgetBand.Within => $"Marketing spend is {Formatting.Percent(share)} of revenue, within the 4–8% typical for B2B.",
            _ => $"Marketing spend is {Formatting.Percent(share)} of revenue, above the 4–8% typical for B2B. Make sure the goals justify it.",
        };
        return new(spend, revenue, share, band, gapMoney, text);
    }
}
