namespace AlignmentBot.Conversations.Understanding;

/// <summary>Where in the (lower-cased) utterance an entity was found.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
