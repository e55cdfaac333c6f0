namespace AlignmentBot.Domain.Workspaces;

public enum Industry
{
    Unknown,
    Technology,
    Manufacturing,
    FinancialServices,
    Other,
}
