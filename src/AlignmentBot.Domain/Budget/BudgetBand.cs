namespace AlignmentBot.Domain.Budget;

public enum BudgetBand
{
    Unknown,
    Below,
    Within,
    Above,
}
