namespace AlignmentBot.Domain.Leads;

/// <summary>Furthest funnel stage a lead reached (inquiry → MQL → SAL → SQL → opportunity → customer).</summary>
public enum LeadStage
{
    Inquiry,
    Mql,
    Sal,
    Sql,
    Opportunity,
    Won,
    Lost,
}
