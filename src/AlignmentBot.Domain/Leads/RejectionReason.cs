namespace AlignmentBot.Domain.Leads;

public enum RejectionReason
{
    NoBudget,
    WrongFit,
    WrongContact,
    Duplicate,
    NotInMarket,
    Other,
}
