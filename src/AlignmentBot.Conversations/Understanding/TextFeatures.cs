namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Features for intent classification: words (and crude stems), word pairs, intent cues matched by a
/// typo-tolerant lexicon, and markers for what the entity extractor found (a metric, a number after a colon,
/// a question). Character n-grams were tried and dropped: on a corpus of this size they diluted the cues and
/// cost ten points of cross-validated accuracy; the lexicon's fuzzy matching covers typos instead.
/// </summary>
public static class TextFeatures
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
        { "is", "are", "am", "can", "could", "do", "does", "did", "should", "would", "will", "how", "what", "whats", "which", "who", "where", "why", "when", "hows", "any" };

    public static List<string> Of(string text, Entities entities, Lexicon? cues = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        var features = new List<string>(tokens.Count * 12 + 16);
        string Word(int i) => i < 0 ? "^" : i >= tokens.Count ? "$" : Shape(tokens[i].Text);

        if (cues is not null)
        {
            foreach (var cue in cues.Match(tokens))
            {
                features.Add("k:" + cue.Value);
                features.Add("k:" + cue.Value + ":" + string.Join('_', tokens.Skip(cue.FirstToken).Take(cue.TokenCount).Select(t => t.Text)));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var word = Word(i);
            features.Add("w:" + word);
            var stem = Stem(word);
            if (stem != word)
            {
                features.Add("w:" + stem);
            }

            features.Add("b:" + Word(i - 1) + "_" + word);
        }

        if (tokens.Count > 0)
        {
            features.Add("b:" + Word(tokens.Count - 1) + "_$");
            if (QuestionWords.Contains(tokens[0].Text))
            {
                features.Add("e:question");
            }
        }

        if (text.TrimEnd().EndsWith('?'))
        {
            features.Add("e:question");
        }

        if (tokens.Count <= 2)
        {
            features.Add("e:short");
        }

        if (entities.Metric is not null)
        {
            features.Add("e:metric");
        }

        if (entities.MetricList.Count > 1)
        {
            features.Add("e:metrics");
        }

        if (entities.Target is not null)
        {
            features.Add("e:number");
        }

        if (entities.Percent is not null)
        {
            features.Add("e:percent");
        }

        if (entities.Money is not null)
        {
            features.Add("e:money");
        }

        if (entities.Deadline is not null)
        {
            features.Add("e:deadline");
        }

        if (entities.Period is not null)
        {
            features.Add("e:period");
        }

        if (entities.ReportedRange is not null)
        {
            features.Add("e:range");
        }

        if (entities.DateList.Any(d => d.IsSchedule))
        {
            features.Add("e:schedule");
        }

        if (entities.Direction is not null)
        {
            features.Add("e:direction");
        }

        if (entities.Reference is not null)
        {
            features.Add("e:reference");
        }

        if (entities.Metric is not null && entities.Target is not null && text.Contains(':', StringComparison.Ordinal))
        {
            features.Add("e:metric_colon_number");
        }

        return features;
    }

    // Good enough to merge "rejecting", "rejected" and "rejects" with "reject".
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    // Numbers look alike to the classifier: "42" and "150" are both "#".
    private static string Shape(string token) => char.IsDigit(token[0]) ? "#" : token;
}
