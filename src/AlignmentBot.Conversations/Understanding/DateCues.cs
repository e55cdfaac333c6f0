using System.Collections;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Whether the DateTime model could find anything in a sentence, decided in microseconds from its words (the model
/// costs about 1.4 ms per new sentence). It errs towards running the model:
/// <list type="bullet">
/// <item>every word the English DateTime definitions mention is a cue ("june", "fri", "asap", "eighties", "twenty"),
/// as are words built on a time unit ("bimonthly", "everyday"), except a short list of connectives that only ever
/// join a date to its anchor ("by", "the", "next", "we");</item>
/// <item>a number is a cue when it could be a year or a clock time: four digits or more ("1500" is the year 1500 to the
/// model), joined to other digits ("12/10", "9:30", "8.30"), glued to letters ("9am", "q3", "15th", "fy27"), or next
/// to a cue, a letter or one of the few connectives that make it a time ("at 9", "tue 8", "5 a.m.", "on the 5");</item>
/// <item>the one phrase with a time unit it lets through is a rate between plain words, "150 MQLs a month": the model
/// reads "a month" as a duration, which the reading rules drop. "In a month", "a month ago", "twice a month" still
/// count, because a word next to the rate is one the model knows.</item>
/// </list>
/// Tests run the model both ways over the corpus and every test utterance, and over a dictionary of single words.
/// </summary>
internal static partial class DateCues
{
    // Declared first: the sets below are built from it.
    /// <summary>Every word the English DateTime definitions mention, fragments included ("urday", "uary").</summary>
    internal static FrozenSet<string> Vocabulary { get; } = ReadVocabulary();

    // Words the definitions use only to join a date to its anchor ("by", "the", "next"), and everyday words they name
    // in holiday names or ambiguity filters ("good", "new", "work", "market"). None of them makes a date without a cue
    // beside it.
    private static readonly string[] Connectives =
    [
        "about", "above", "after", "all", "also", "alternate", "an", "and", "another", "any", "are", "around", "as", "ask",
        "at", "be", "before", "beginning", "between", "black", "building", "business", "by", "call", "chance", "children",
        "clean", "club", "coming", "commencing", "constitute", "contain", "couple", "cycle", "differ", "display", "during",
        "each", "end", "ending", "equal", "equals", "every", "few", "following", "for", "from", "full", "get", "girls",
        "good", "greater", "hand", "have", "he", "home", "how", "in", "involve", "is", "its", "job", "language",
        "last", "less", "life", "light", "like", "mail", "market", "maybe", "meaning", "monitor", "more", "my", "new", "next",
        "no", "not", "of", "on", "once", "opinion", "or", "other", "our", "over", "per", "perhaps", "possible",
        "preferably", "previous", "prior", "reply", "result", "right", "same", "say", "school", "several", "she", "shift",
        "shot", "since", "single", "some", "start", "starting", "take", "teams", "than", "that", "the", "they",
        "this", "thought", "through", "thru", "till", "to", "turn", "up", "upcoming", "us", "we", "well", "white", "whole",
        "with", "within", "women", "work", "workers", "working", "you",
    ];

    // Beside a bare number they make it a clock time or a day: "at 9", "around 10", "on 5", "10 past 9", "for the 5".
    // Others ("by 5", "from 9 to 5", "to 30%") leave it a number.
    private static readonly FrozenSet<string> NumberConnectives = FrozenSet.Create(StringComparer.Ordinal, "at", "around", "on", "past", "the");

    // The model matches some words inside longer ones ("9 sharpened" is "9 sharp", "ballast a month" is "last a
    // month"), so next to a number or a rate a word that starts or ends with one it knows counts as known.
    private static readonly string[] LongWords = [.. Vocabulary.Where(w => w.Length >= 4)];

    // A token holding one of these is a cue whatever surrounds it ("bimonthly", "semiweekly", "everyday", "midday").
    private static readonly string[] Stems = ["day", "week", "month", "year", "annual", "night", "noon", "eighti", "ninetie"];

    // Singular units that "a", "an" or "per" turn into a rate: "150 MQLs a month", "12 SQLs per week".
    private static readonly FrozenSet<string> RateUnits = FrozenSet.Create(StringComparer.Ordinal, "day", "week", "month", "quarter", "year");

    private static readonly FrozenSet<string> Cues = Vocabulary.Except(Connectives, StringComparer.Ordinal).Append("oclock").ToFrozenSet(StringComparer.Ordinal);

    public static bool MayHoldDate(string text) => FirstCue(text) is not null;

    /// <summary>The first word or number that could start a date, or null: what <see cref="MayHoldDate"/> went on.</summary>
    internal static string? FirstCue(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            var cue = HasDigit(word) ? IsNumberCue(text, tokens, i) : IsWordCue(word) && !IsRate(tokens, i);
            if (cue)
            {
                return word;
            }
        }

        return null;
    }

    private static bool IsWordCue(string word)
    {
        if (Cues.Contains(word) || (word.Length > 3 && word[^1] == 's' && Cues.Contains(word[..^1])))
        {
            return true;
        }

        foreach (var stem in Stems)
        {
            if (word.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberCue(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var digits = LeadingDigits(token.Text);
        if (digits == 0)
        {
            // "q3", "fy27", "h1"; not "b2b", where the digits sit inside a word.
            return !char.IsLetter(token.Text[^1]);
        }

        if (digits < token.Text.Length && !IsAmountSuffix(token.Text.AsSpan(digits)))
        {
            // "9am", "15th", "48h", "2027q3".
            return true;
        }

        if (digits > 4 || (digits == 4 && (token.Text[0] == '1' || token.Text.StartsWith("20", StringComparison.Ordinal))))
        {
            // The model reads 1500 to 2099 as years; lead ids like 4512 are left to the rules below.
            return true;
        }

        var end = token.Start + digits;
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if ((IsJoiner(after) && DigitAt(text, end + 1)) || (IsJoiner(before) && DigitAt(text, token.Start - 2)))
        {
            // "12/10", "9:30", "2027-06-30", "8.30", "1,500".
            return true;
        }

        if (before is '\'' or '’' or '@')
        {
            return true;
        }

        // "8m" is also eight minutes ("every 8m"): any word the model knows beside it counts.
        var minutes = token.Text.EndsWith('m');
        return (i > 0 && IsNearNumber(tokens[i - 1].Text, minutes)) || (i + 1 < tokens.Count && IsNearNumber(tokens[i + 1].Text, minutes));
    }

    // "400k", "$2m", "1.2bn": an amount, a number like any other.
    private static bool IsAmountSuffix(ReadOnlySpan<char> suffix) => suffix is "k" or "m" or "b" or "bn" or "mm";

    // "at 9", "tue 8", "9 sharp", "5 a.m.", "9 30": a cue, a connective that makes numbers times, a letter or a number.
    // Two-letter connectives ("is 10%", "to 30%", "by 20%") do not: the model never reads those as times.
    private static bool IsNearNumber(string word, bool minutes)
        => word.Length == 1 || HasDigit(word) || NumberConnectives.Contains(word) || IsWordCue(word) || (minutes && IsKnown(word)) || HasKnownEdge(word);

    /// <summary>"150 MQLs a month": a unit after "a", "an" or "per", with plain words (or nothing) on both sides.</summary>
    private static bool IsRate(IReadOnlyList<Token> tokens, int i)
    {
        if (!RateUnits.Contains(tokens[i].Text) || i == 0 || tokens[i - 1].Text is not ("a" or "an" or "per"))
        {
            return false;
        }

        return IsPlain(tokens, i - 2) && IsPlain(tokens, i + 1);
    }

    private static bool IsPlain(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count)
        {
            return true;
        }

        var word = tokens[i].Text;
        return word.Length > 2 && !HasDigit(word) && !IsKnown(word) && !IsWordCue(word) && !HasKnownEdge(word);
    }

    private static bool HasKnownEdge(string word)
    {
        foreach (var known in LongWords)
        {
            if (word.Length > known.Length && (word.StartsWith(known, StringComparison.Ordinal) || word.EndsWith(known, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnown(string word) => Vocabulary.Contains(word) || (word.Length > 3 && word[^1] == 's' && Vocabulary.Contains(word[..^1]));

    private static bool IsJoiner(char c) => c is '/' or '-' or '.' or ':' or ',' or '–' or '—' or '\\';

    private static bool DigitAt(string text, int index) => index >= 0 && index < text.Length && char.IsDigit(text[index]);

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int LeadingDigits(string word)
    {
        var count = 0;
        while (count < word.Length && char.IsDigit(word[count]))
        {
            count++;
        }

        return count;
    }

    private static FrozenSet<string> ReadVocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in typeof(DateTimeDefinitions).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            foreach (var text in Strings(field.GetValue(null)))
            {
                // Drop escapes (\b, \s, \d) and group names before reading the words.
                var plain = Markup().Replace(text, " ");
                foreach (Match m in Word().Matches(plain))
                {
                    words.Add(m.Value.ToLowerInvariant());
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case string s:
                yield return s;
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var s in Strings(entry.Key).Concat(Strings(entry.Value)))
                    {
                        yield return s;
                    }
                }

                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    [GeneratedRegex(@"\\[a-zA-Z]|\(\?<[a-zA-Z]+>|\{[a-zA-Z]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"[a-zA-Z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
