namespace AlignmentBot.Domain.Metrics;

/// <summary>
/// Metrics the product understands. The first seventeen are the public vocabulary (the `metric` entity in docs/contracts.md);
/// <see cref="Spend"/> and <see cref="DealsWon"/> are inputs that ratios are built from.
/// </summary>
public enum MetricKey
{
    Reach,
    Leads,
    Mql,
    Sal,
    Sql,
    Opportunities,
    Pipeline,
    Revenue,
    Retention,
    CostPerLead,
    ConversionRate,
    WinRate,
    SalesCycle,
    FollowUpTime,
    AcceptanceRate,
    Overlap,
    BudgetShare,
    Spend,
    DealsWon,
}
