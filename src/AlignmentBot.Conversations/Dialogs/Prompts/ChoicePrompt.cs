using System.Globalization;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>
/// One of the offered choices: a button, its number ("2"), its title or a synonym. Not sealed: a question whose answers
/// are often told in a story (the role at first contact) adds its own reader for what this one does not take.
/// </summary>
public partial class ChoicePrompt(string id = ChoicePrompt.DefaultId) : Prompt<string>(id)
{
    public const string DefaultId = "prompt.choice";

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var choices = options.Choices ?? [];

        // "markting lead", "salse, I'm an AE": a word one typo away from exactly one word of the options is that word
        // (read with the typo fixed first, so "acount executive" is not "executive" alone).
        var corrected = CorrectTypos(Normalize(answer), choices.SelectMany(c => new[] { c.Title, c.Value }.Concat(c.Synonyms ?? [])));
        if (corrected != Normalize(answer) && Match(corrected, choices) is { } fixedValue)
        {
            return Recognition<string>.Ok(fixedValue);
        }

        if (Match(Normalize(answer), choices) is { } value)
        {
            return Recognition<string>.Ok(value);
        }

        // "sales - account exec", "…, so sales I guess, but I also do a bit of reporting": a clause that says one option alone.
        if (ClauseNaming(answer, choices) is { } said)
        {
            return Recognition<string>.Ok(said);
        }

        // "the second one", "the last one", a word only one option has.
        if (ChoicePicking.Pick(answer, choices.Select(c => c.Title).ToArray()) is { } picked)
        {
            return Recognition<string>.Ok(choices[picked].Value);
        }

        return Recognition<string>.Fail($"\"{answer}\" isn't one of the options.");
    }

    /// <summary>
    /// A listed choice said on its own is a strong answer. One read inside a message that also carries a number no choice has ("checking in: 47 MQLs this week"
    /// at "which goal?") is only a weak answer: the number says the message is about something else.
    /// </summary>
    protected override AnswerFit FitOf(string answer, PromptOptions options, DialogTurn turn)
    {
        if (!Recognize(answer, options, turn).Succeeded)
        {
            return AnswerFit.None;
        }

        var choices = options.Choices ?? [];
        var foreign = Digits().Matches(answer).Any(m => !(int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count)
                                                       && !choices.Any(c => HoldsNumber(c.Title, m.Value, unit: true) || HoldsNumber(c.Value, m.Value, unit: false)));
        // A choice said on its own ("MQLs", "the MQL one?", "2") is the answer; a choice's word inside a sentence ("hang on,
        // is marketing working?" holds "marketing") may be about something else.
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // A clause that is one option alone, hedges aside ("none really, it's not for any of our goals"), answers: the rest
        // of the sentence says why, however much it sounds like another request ("our goals" is the scorecard to the model).
        // A question mark keeps it weak: "revenue. btw how are MQLs doing?" also asks something to answer first.
        var saidAlone = !answer.Contains('?', StringComparison.Ordinal) && ClauseNaming(answer, choices) is not null;
        return foreign || (words > AnswerFits.ShortChoiceWords && !saidAlone) ? AnswerFit.Weak : AnswerFit.Strong;
    }

    /// <summary>
    /// Whether a choice's title or value holds the number as a whole number: "49" is not in "$792k" nor in a goal id such
    /// as "…-e49f-…", so "MQLs this week are 49" at "which goal?" still carries a number no choice has. In a title a unit
    /// may follow ("$792k", "36 h"); in a value (an id, a key) the number stands alone.
    /// </summary>
    private static bool HoldsNumber(string text, string number, bool unit)
        => System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\p{L}\d.,])" + System.Text.RegularExpressions.Regex.Escape(number) + (unit ? @"(?![\d]|[.,]\d)" : @"(?![\p{L}\d]|[.,]\d)"), System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The option a clause of the answer says on its own, hedges aside ("so sales I guess", "marketing really", "sales" in
    /// "sales - account exec"), when the clauses that do so all say the same one; null otherwise. A long answer may touch
    /// several options ("… so marketing really, plus the odd sales deck"); the clause that is only an option is the answer.
    /// </summary>
    public static string? ClauseNaming(string answer, IReadOnlyList<PromptChoice> choices)
    {
        var said = ClauseBreak().Split(answer)
            .Select(c => string.Join(' ', Normalize(c).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Hedges.Contains(w))))
            .Where(c => c.Length > 0)
            .Select(c => ExactMatch(c, choices))
            .OfType<string>()
            .Distinct()
            .ToArray();
        return said.Length == 1 ? said[0] : null;
    }

    /// <summary>Words that hedge or frame an option without changing it: "so", "I guess", "really", "the … team".</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "so", "i", "guess", "suppose", "think", "really", "mostly", "mainly", "basically", "honestly", "probably", "well", "then", "im", "i'm", "am",
        "in", "on", "the", "team", "side", "technically", "officially", "kinda", "kind", "of", "sort", "say", "i'd", "id", "yeah", "yes", "ok", "okay",
        "more", "like", "now", "these", "days", "definitely", "def", "for", "sure", "lol", "haha",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;:.!?()–—/]|\s-+\s|\s(?:but|and|plus)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>
    /// Each word of five letters or more that is not itself in the options' vocabulary, but is one edit (a letter
    /// added, dropped, changed or two swapped) from exactly one word of it, replaced by that word.
    /// </summary>
    public static string CorrectTypos(string text, IEnumerable<string> phrases)
    {
        var vocabulary = phrases.SelectMany(p => Normalize(p).Split(' ')).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 5 || vocabulary.Contains(words[i]) || !words[i].All(char.IsLetter))
            {
                continue;
            }

            var near = vocabulary.Where(v => Understanding.Lexicon.WithinOneEdit(words[i], v)).Take(2).ToArray();
            if (near.Length == 1)
            {
                words[i] = near[0];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The option whose value, title or a synonym is exactly the (normalised) text.</summary>
    private static string? ExactMatch(string text, IReadOnlyList<PromptChoice> choices)
        => choices.FirstOrDefault(choice => Normalize(choice.Value) == text || Normalize(choice.Title) == text || (choice.Synonyms ?? []).Any(s => Normalize(s) == text))?.Value;

    private static string? Match(string text, IReadOnlyList<PromptChoice> choices)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1].Value;
        }

        if (ExactMatch(text, choices) is { } exact)
        {
            return exact;
        }

        // "the sales one", "marketing I guess": a single choice whose title or synonym is contained in the answer. A phrase
        // inside a longer one another choice matched does not count ("executive" in "account executive").
        var phrases = choices.Select(c => (Choice: c, Hits: new[] { c.Title, c.Value }.Concat(c.Synonyms ?? []).Select(Normalize).Where(s => Contains(text, s)).Distinct().ToArray())).ToArray();
        var allHits = phrases.SelectMany(p => p.Hits).ToArray();
        var contained = phrases.Where(p => p.Hits.Any(h => !allHits.Any(longer => longer.Length > h.Length && Contains(longer, h)))).Select(p => p.Choice).ToArray();
        if (contained.Length == 1)
        {
            return contained[0].Value;
        }

        // A long answer may touch several ("head of growth, demand generation and events, I report to the CEO"): the one
        // it says most about, when one clearly leads.
        if (contained.Length > 1)
        {
            var ranked = contained.Select(c => (Choice: c, Hits: new[] { c.Title, c.Value }.Concat(c.Synonyms ?? []).Select(Normalize).Distinct().Count(s => Contains(text, s))))
                .OrderByDescending(r => r.Hits).ToArray();
            if (ranked[0].Hits >= 2 && ranked[0].Hits > ranked[1].Hits)
            {
                return ranked[0].Choice.Value;
            }
        }

        return null;
    }

    private static bool Contains(string text, string phrase) => phrase.Length >= 3 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    // "the speed-to-lead one" names the choice called "speed to lead": a hyphen joins words as a space does.
    private static string Normalize(string text)
        => string.Join(' ', text.ToLowerInvariant().Split([' ', '.', ',', '!', '?', '(', ')', '"', '\'', '-'], StringSplitOptions.RemoveEmptyEntries));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();
}
