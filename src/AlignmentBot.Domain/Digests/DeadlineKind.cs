namespace AlignmentBot.Domain.Digests;

public enum DeadlineKind
{
    Goal,
    Request,
}
