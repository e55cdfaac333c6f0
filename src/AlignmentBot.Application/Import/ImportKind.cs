namespace AlignmentBot.Application.Import;

public enum ImportKind
{
    Measurements,
    Leads,
    Accounts,
}
