namespace AlignmentBot.Domain.Overlap;

public enum AccountListKind
{
    /// <summary>Accounts marketing reached (ad audiences, engaged accounts).</summary>
    MarketingReached,

    /// <summary>Accounts sales is targeting (territory, ABM list).</summary>
    SalesTarget,
}
