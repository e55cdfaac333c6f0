namespace AlignmentBot.Domain.Leads;

public enum LeadDimension
{
    Campaign,
    Channel,
    Product,
}
