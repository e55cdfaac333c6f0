namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Finds known phrases in a token stream, longest first and without overlaps, forgiving one typo in words of
/// five letters or more ("reveneu", "pipline", "qualifed") — people type fast in chat.
/// </summary>
public sealed class Lexicon
{
    private readonly (string[] Words, LexiconEntry Entry)[] _entries;
    private readonly Dictionary<string, string[]> _exactWords;

    private readonly bool _shortSlips;

    /// <param name="entries">The phrases.</param>
    /// <param name="shortSlips">Also forgive slips in short words: a consonant short name with letters swapped or doubled
    /// ("mlqs"), and one edit in a word of four letters or more inside a phrase said otherwise exactly ("win rte"). For names
    /// of things (metrics), not for the cues of what someone wants.</param>
    public Lexicon(IEnumerable<LexiconEntry> entries, bool shortSlips = false)
    {
        _shortSlips = shortSlips;
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

                    // A short word slipped inside a phrase the rest of which is said exactly ("win rte", "cost per laed"): one
                    // edit in a word of four letters or more, once per phrase, not a word known on its own.
                    if (_shortSlips && words.Length > 1 && !fuzzy && words[w].Length >= 4 && !(words[w].EndsWith('s') && token == words[w][..^1]) && token.Length >= 3 && token[0] == words[w][0] && !_exactWords.ContainsKey(token)
                        && WithinOneEdit(token, words[w]) && Exact(tokens, i, words, w))
                    {
                        fuzzy = true;
                        continue;
                    }

                    // A short name of consonants typed in a hurry ("mlqs", "slq", "clp", "mqsl"): no word of English, so letters
                    // swapped or doubled after the first are still the name.
                    if (_shortSlips && !_exactWords.ContainsKey(token) && AbbreviationSlip(token, words[w]))
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

    /// <summary>Every word of the phrase but the one at <paramref name="except"/> is said as written (or as its plural).</summary>
    private static bool Exact(IReadOnlyList<Token> tokens, int start, string[] words, int except)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (w != except && tokens[start + w].Text != words[w] && !Plural(tokens[start + w].Text, words[w]))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>
    /// <paramref name="token"/> is the all-consonant short name <paramref name="word"/> (or its plural) with two neighbours
    /// after the first letter swapped or one letter doubled: "mlqs" and "mqsl" for "mql", "slq" for "sql", "cppl" for "cpl".
    /// A substitution is forgiven only for the key beside the letter on its row ("mwls" for "mqls", "sqks" for "sqls"): "cpm" is
    /// not "cpl"; nor is a slip in a word with a vowel ("sla" is not "sal").
    /// </summary>
    private static bool AbbreviationSlip(string token, string word)
    {
        if (word.Length is < 3 or > 4 || token.Length < 3 || token[0] != word[0] || !Consonants(word) || !Consonants(token))
        {
            return false;
        }

        foreach (var form in new[] { word, word + "s" })
        {
            if (token.Length == form.Length && token != form && Swapped(token, form))
            {
                return true;
            }

            if (token.Length == form.Length + 1 && Enumerable.Range(1, token.Length - 1).Any(i => token[i] == token[i - 1] && token.Remove(i, 1) == form))
            {
                return true;
            }

            // One letter after the first struck on the key beside it ("mwls" for "mqls", "sqks" for "sqls", "cpk" for "cpl");
            // a letter that is not a neighbour is another name ("cpm", "cpc" are not "cpl").
            if (token.Length == form.Length && Enumerable.Range(1, token.Length - 1).Count(i => token[i] != form[i]) == 1
                && Enumerable.Range(1, token.Length - 1).First(i => token[i] != form[i]) is var at && KeyNeighbours(form[at]).Contains(token[at]))
            {
                return true;
            }
        }

        return false;

        static bool Consonants(string s) => s.All(c => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c) < 0);

        // The letters beside a letter on a QWERTY keyboard, on its own row.
        static string KeyNeighbours(char c)
        {
            foreach (var row in new[] { "qwertyuiop", "asdfghjkl", "zxcvbnm" })
            {
                var i = row.IndexOf(c);
                if (i >= 0)
                {
                    return (i > 0 ? row[i - 1].ToString() : string.Empty) + (i + 1 < row.Length ? row[i + 1].ToString() : string.Empty);
                }
            }

            return string.Empty;
        }

        static bool Swapped(string a, string b)
        {
            var i = 1;
            while (i < a.Length && a[i] == b[i])
            {
                i++;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
    }

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
