using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Budget;

/// <param name="GapToBand">Extra spend needed to reach the bottom of the band (0 when within or above).</param>
public sealed record BudgetAssessment(Money Spend, Money Revenue, decimal? SharePercent, BudgetBand Band, Money GapToBand, string Explanation);
