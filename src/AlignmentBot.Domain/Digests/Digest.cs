using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Domain.Digests;

/// <summary>A digest for one audience: the shared facts, in the order and with the asks that audience needs.</summary>
/// <param name="Headline">One sentence: what this audience should know first.</param>
/// <param name="Sections">All sections, most relevant to this audience first.</param>
/// <param name="Goals">All goals, this audience's own first (company goals first for leadership).</param>
/// <param name="Asks">One to three concrete asks of the readers; empty when nothing needs them this week.</param>
/// <param name="Notes">Earlier digests that did not arrive.</param>
public sealed record Digest(
    Audience Audience,
    DigestFacts Facts,
    string Headline,
    IReadOnlyList<DigestSection> Sections,
    IReadOnlyList<GoalLine> Goals,
    IReadOnlyList<DigestAsk> Asks,
    IReadOnlyList<DigestNote> Notes)
{
    public const int MaxAsks = 3;
}
