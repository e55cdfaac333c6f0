namespace AlignmentBot.Conversations.Understanding;

/// <summary>Lower-case word tokens with their positions; hyphens and punctuation separate words, apostrophes vanish ("what's" → "whats").</summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var buffer = new System.Text.StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                buffer.Append(char.ToLowerInvariant(c));
            }
            else if ((c == '\'' || c == '’') && start >= 0)
            {
                // Part of the word; dropped.
            }
            else if (start >= 0)
            {
                tokens.Add(new Token(buffer.ToString(), start));
                buffer.Clear();
                start = -1;
            }
        }

        return tokens;
    }
}
