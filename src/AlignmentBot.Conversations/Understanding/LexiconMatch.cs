namespace AlignmentBot.Conversations.Understanding;

public sealed record LexiconMatch(LexiconEntry Entry, int FirstToken, int TokenCount, TextSpan Span, bool Fuzzy)
{
    public string Category => Entry.Category;

    public string Value => Entry.Value;
}
