namespace AlignmentBot.Domain.Leads;

public enum SlaStatus
{
    Proposed,
    Active,
    Superseded,
}
