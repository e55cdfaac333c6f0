namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>
/// Picking one of a listed few in words: "the second one", "the last one", "the robotics one" (a word that only one
/// of the options has). Used when the exact title, number or id was not given.
/// </summary>
public static class ChoicePicking
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "one", "ones", "that", "this", "lead", "leads", "it", "its", "a", "an", "of", "for", "from", "at", "with", "and", "or", "please", "i", "mean",
        "meant", "guess", "think", "was", "is", "go", "pick", "take", "choose", "option", "number", "company", "oh", "ok", "okay", "yes", "sorry", "just",
    };

    /// <summary>The index of the option picked, or null when the answer does not single one out.</summary>
    public static int? Pick(string answer, IReadOnlyList<string> options)
    {
        if (options.Count == 0)
        {
            return null;
        }

        var words = Words(answer);
        if (words.Length == 0 || words.Length > 8)
        {
            return null;
        }

        var optionWords = options.Select(o => Words(o).ToHashSet(StringComparer.Ordinal)).ToArray();

        // A word only one option has wins over an ordinal ("the second one" has none). A word every option has ("Aperture"
        // in "Aperture Labs, wrong fit" among three Aperture leads) tells them apart no more than filler does.
        var distinctive = words.Where(w => w.Length >= 3 && !Filler.Contains(w) && (options.Count == 1 || !optionWords.All(set => set.Contains(w)))).Distinct().ToArray();
        if (distinctive.Length > 0)
        {
            var hits = optionWords.Select((set, i) => (Index: i, Hits: distinctive.Count(w => set.Contains(w) || set.Contains(w + "s") || set.Contains(w.TrimEnd('s'))))).ToArray();
            var best = hits.Max(h => h.Hits);
            if (best > 0 && hits.Count(h => h.Hits == best) == 1)
            {
                return hits.First(h => h.Hits == best).Index;
            }
        }

        if (words.Length <= 4)
        {
            if (words.Contains("last"))
            {
                return options.Count - 1;
            }

            for (var i = 0; i < Ordinals.Length && i < options.Count; i++)
            {
                if (words.Contains(Ordinals[i]) && !optionWords.Any(set => set.Contains(Ordinals[i])))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static string[] Words(string text)
        => text.ToLowerInvariant().Split([' ', '.', ',', '!', '?', '(', ')', '"', ':', ';', '\''], StringSplitOptions.RemoveEmptyEntries);
}
