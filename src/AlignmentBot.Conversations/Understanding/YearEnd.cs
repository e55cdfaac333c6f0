using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// The end of a year said as a deadline, with the year it is the end of: "EOY 2027", "eoy27", "YE '27", "year end 2027",
/// "2027 year-end", "end of 2027", "close of calendar 2027", "end-2027", "EOY next year", "the end of this year", and the
/// bare "EOY", "year-end". The model reads "EOY" alone (this year's end) and "2027" alone (a whole year), so "EOY 2027" became
/// this December; read together here, the phrase is one mention and the year said wins. Composed of three small cues rather
/// than one pattern per phrasing: a word for a year's end (<c>eoy</c>, <c>ye</c>, <c>year end</c>, <c>end/close of</c>),
/// the year beside it (four digits, two after an apostrophe or glued to "eoy"/"ye", or this/next year), and that the phrase
/// is the deadline: a due word before it ("by", "before", "through", "no later than") or the clause ending with it ("…,
/// EOY 2027", "EOY '27 for this one"), so "eoy party is on the 18th" is no deadline. A year already over is left to the
/// model (a report's "end of 2025"). Built against <c>Paraphrases/year-end-deadline.*.txt</c>.
/// </summary>
public static partial class YearEnd
{
    /// <summary>The year's end <paramref name="text"/> gives as a deadline, seen from <paramref name="today"/>, or null.</summary>
    public static DateOnly? Read(string text, DateOnly today)
        => Mentions(text, today).Select(m => m.Deadline).FirstOrDefault();

    /// <summary>Every year's end said as a deadline in <paramref name="text"/>, in order, with the span each covers.</summary>
    internal static IEnumerable<DateMention> Mentions(string text, DateOnly today)
    {
        foreach (Match m in Phrase().Matches(text))
        {
            int? year = m.Groups["full"].Success ? int.Parse(m.Groups["full"].Value, CultureInfo.InvariantCulture)
                : m.Groups["yy"].Success ? 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture)
                : m.Groups["rel"].Success ? today.Year + (m.Groups["rel"].Value.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                : m.Groups["bare"].Success ? today.Year
                : null;
            if (year is not { } y || y < today.Year || !IsDeadline(text, m))
            {
                continue;
            }

            yield return new DateMention(m.Value, new TextSpan(m.Index, m.Length), new DateOnly(y, 12, 31), null, null, false);
        }
    }

    private static bool IsDeadline(string text, Match m)
        => DueBefore().IsMatch(text[..m.Index]) || ClauseEnds().IsMatch(text[(m.Index + m.Length)..]);

    // The end word, then the year: "eoy 2027", "eoy27", "ye '27", "year-end 2027", "yearend 2027", "end of (the) (calendar|year|yr) 2027",
    // "close of '27", "end-2027"; or the year, then the end word: "2027 year end"; or this/next year: "EOY next year", "end of nxt yr";
    // or the end word alone: "EOY", "year-end", "end of the year".
    [GeneratedRegex(@"\b(?:(?:eo\s?y|y/?e|year[\s-]?end|(?:(?:end|close)\s+of(?:\s+the)?(?:\s+(?:calendar|year|yr))?|end-))\s*(?:(?<full>20\d\d)|'(?<yy>\d\d))|(?:eoy|ye)(?<yy>\d\d)|(?<full>20\d\d)\s+year[\s-]?end|(?:eo\s?y|(?:end|close)\s+of(?:\s+the)?)\s+(?<rel>this|next|nxt)\s+(?:year|yr)|(?<bare>eoy|year[\s-]?end|end\s+of\s+(?:the\s+)?year(?!\s*\d)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(?:by|before|through|thru|until|till|til|due|for|at|no\s+later\s+than)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueBefore();

    [GeneratedRegex(@"^(?:\s*$|\s*[,.;:!?)\-–—]|\s+(?:for|pls|please|thx|thanks|mine|me|at|latest|is\s+fine|works)\b|\s*\p{So})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnds();
}
