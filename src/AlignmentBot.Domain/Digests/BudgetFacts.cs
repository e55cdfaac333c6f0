using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Digests;

/// <summary>Spend against revenue over <see cref="Window"/> (about a quarter), against the 4–8% band.</summary>
public sealed record BudgetFacts(BudgetAssessment Assessment, DateRange Window);
