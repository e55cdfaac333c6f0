namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Finds known phrases in a token stream, longest first and without overlaps, forgiving one typo in words of
/// five letters or more ("reveneu", "pipline", "qualifed") — people type fast in chat.
/// </summary>
public sealed class Lexicon
{
    private readonly (string[] Words, LexiconEntry Entry)[] _entries;
    private readonly Dictionary<string, string[]> _exactWords;

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        _entries = entries
            .Select(e => (Words: Tokenizer.Tokenize(e.Phrase).Select(t => t.Text).ToArray(), Entry: e))
            .Where(e => e.Words.Length > 0)
            .OrderByDescending(e => e.Words.Length).ThenByDescending(e => e.Words.Sum(w => w.Length))
            .ToArray();
        _exactWords = _entries.SelectMany(e => e.Words).Distinct(StringComparer.Ordinal).ToDictionary(w => w, w => new[] { w }, StringComparer.Ordinal);
    }

    public IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Token> tokens)
    {
        var taken = new bool[tokens.Count];
        var matches = new List<LexiconMatch>();
        foreach (var (words, entry) in _entries)
        {
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (Taken(taken, i, words.Length))
                {
                    continue;
                }

                var fuzzy = false;
                var ok = true;
                for (var w = 0; w < words.Length && ok; w++)
                {
                    var token = tokens[i + w].Text;
                    if (token == words[w] || Plural(token, words[w]))
                    {
                        continue;
                    }

                    // A typo only in a word that is not itself a known word ("sales" must not become "sale").
                    if (words[w].Length >= 5 && token.Length >= 5 && token[0] == words[w][0] && !_exactWords.ContainsKey(token) && WithinOneEdit(token, words[w]))
                    {
                        fuzzy = true;
                        continue;
                    }

                    ok = false;
                }

                if (!ok)
                {
                    continue;
                }

                for (var w = 0; w < words.Length; w++)
                {
                    taken[i + w] = true;
                }

                var first = tokens[i];
                var last = tokens[i + words.Length - 1];
                matches.Add(new LexiconMatch(entry, i, words.Length, new TextSpan(first.Start, last.Start + last.Text.Length - first.Start), fuzzy));
            }
        }

        return matches.OrderBy(m => m.FirstToken).ToArray();
    }

    private static bool Taken(bool[] taken, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    // "MQLs" (or chat's "MQLz") for "mql"; not the other way round, so singular "lead" (a record) is not "leads" (the metric).
    private static bool Plural(string token, string word)
        => token.Length == word.Length + 1 && token[^1] is 's' or 'z' && token.StartsWith(word, StringComparison.Ordinal);

    /// <summary>Damerau–Levenshtein distance ≤ 1: one insertion, deletion, substitution or swap of neighbours. Public for
    /// the readers of words typed in a hurry ("rejct", "accpet") in the application.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length || i == b.Length)
        {
            return Math.Abs(a.Length - b.Length) <= 1;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
