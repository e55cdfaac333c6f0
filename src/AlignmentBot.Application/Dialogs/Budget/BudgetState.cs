namespace AlignmentBot.Application.Dialogs.Budget;

/// <summary>The budget check waiting for total company revenue: the yearly marketing spend it has, and where it came from.</summary>
public sealed record BudgetState(decimal Spend, string Currency, string SpendBasis);
