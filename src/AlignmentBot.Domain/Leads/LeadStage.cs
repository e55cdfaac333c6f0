namespace AlignmentBot.Domain.Leads;

/// <summary>Furthest funnel stage a lead reached (domain.md funnel vocabulary).</summary>
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
