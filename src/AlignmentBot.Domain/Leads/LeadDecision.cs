namespace AlignmentBot.Domain.Leads;

public enum LeadDecision
{
    Pending,
    Accepted,
    Rejected,
}
