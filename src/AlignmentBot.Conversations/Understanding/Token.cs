namespace AlignmentBot.Conversations.Understanding;

public readonly record struct Token(string Text, int Start)
{
    public TextSpan Span => new(Start, Text.Length);
}
