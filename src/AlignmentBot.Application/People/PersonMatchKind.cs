namespace AlignmentBot.Application.People;

public enum PersonMatchKind
{
    Found,
    Ambiguous,
    NotFound,
}
