namespace AlignmentBot.Domain.Workspaces;

/// <summary>What a person does in the company, granted by an admin. Each role belongs to one <see cref="Function"/>.</summary>
public enum Role
{
    Leadership,
    MarketingLead,
    Marketer,
    SalesLead,
    SalesRep,
}
