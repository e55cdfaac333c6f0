using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>What a phrase naming a person resolved to: exactly one person, several (ask which), or nobody the workspace knows.</summary>
public sealed record PersonMatch(PersonMatchKind Kind, string Phrase, Person? Person = null, IReadOnlyList<Person>? Candidates = null)
{
    public static PersonMatch Found(string phrase, Person person) => new(PersonMatchKind.Found, phrase, person);

    public static PersonMatch Ambiguous(string phrase, IReadOnlyList<Person> candidates) => new(PersonMatchKind.Ambiguous, phrase, Candidates: candidates);

    public static PersonMatch NotFound(string phrase) => new(PersonMatchKind.NotFound, phrase);

    public IReadOnlyList<Person> CandidateList => Candidates ?? [];
}
