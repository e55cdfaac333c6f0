using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// The company's yearly revenue said as a fact, the way people drop it into a chat: "fyi our yearly revenue is about
/// fourteen million dollars", "our yearly turnover is about 48 million dollars", "we turn over about forty million quid a
/// year", "we bring in about 15 million a year", "total rev is ~60M/yr". Three cues, whatever the word order: revenue named
/// (revenue, turnover, sales, ARR, "turn over", "bring in", "a … a year business", or a one-letter slip of "revenue"), a year
/// (annual, yearly, a year, per annum, /yr, last year, ARR, total) and an amount. What else the sentence says can make it
/// something else, and then it is not read: a question, a negation, marketing spend (the budget check), a goal or a plan
/// ("grow … to", "by end of 2027", target), or one period's figure (a check-in: "this month", "log …"). And it must be said as
/// ours (<see cref="Ours"/>), as the settings' older phrasings required "our …".
/// The settings command saves it as the annual revenue, as "our annual revenue is €40M" is. Built against
/// <c>Paraphrases/revenue-said.*.txt</c>.
/// </summary>
public static partial class RevenueSaid
{
    /// <summary>Whether the text says the company's yearly revenue (the amount itself is read with the sentence's numbers, <see cref="Amount"/>).</summary>
    public static bool Says(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        return (RevenueWord().IsMatch(text) || RevenueTypo(text)) && Yearly().IsMatch(text) && Figure().IsMatch(text) && Ours().IsMatch(text)
            && !Question().IsMatch(text) && !Negation().IsMatch(text) && !Spend().IsMatch(text) && !GoalOrPlan().IsMatch(text) && !OnePeriod().IsMatch(text);
    }

    /// <summary>
    /// The yearly revenue the text says, in whole units, or null: the largest amount the budget check's reading of amounts finds
    /// ("fourteen million dollars", "48 million", "9.5m", "40 million quid"), as a statement of revenue holds one.
    /// </summary>
    public static decimal? Amount(string? text, Entities entities)
    {
        if (!Says(text))
        {
            return null;
        }

        var amounts = Commands.BudgetCommand.AmountsSaid(text!, entities);
        if (amounts.Length > 0)
        {
            return amounts.Max();
        }

        // "twenty-five million a year": the number model reads a count said with a period as a rate and leaves it out, so a
        // count in words before its scale is read here.
        return CountInWords().Match(text!) is { Success: true } m && SmallNumberWords.Value(m.Groups["n"].Value) is { } n
            ? n * (m.Groups["s"].Value.ToLowerInvariant() switch { "thousand" or "grand" => 1_000m, "billion" => 1_000_000_000m, _ => 1_000_000m })
            : null;
    }

    [GeneratedRegex(@"\b(?<n>" + SmallNumberWords.Pattern + @")[\s-]+(?<s>thousand|grand|million|mil|billion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountInWords();

    /// <summary>A word one slip from "revenue" that keeps its opening ("revnue", "revenu", "reveune").</summary>
    private static bool RevenueTypo(string text)
        => Word().Matches(text).Any(w => w.Length >= 5 && w.Value.StartsWith("rev", StringComparison.OrdinalIgnoreCase)
            && Lexicon.WithinOneEdit(w.Value.ToLowerInvariant(), "revenue"));

    [GeneratedRegex(@"\b[a-z]+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:revenues?|rev|turnover|sales|arr|turn(?:s|ed|ing)?\s+over|bring(?:s|ing)?\s+in|brought\s+in)\b|\b(?:a|per)\s+(?:year|yr)\s+(?:business|company|shop|outfit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueWord();

    [GeneratedRegex(@"\b(?:annual|annually|yearly|total|arr|per\s+annum|p\.a\.?|(?:a|per|each|every|last|this)\s+(?:year|yr))\b|/\s*(?:yr|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yearly();

    /// <summary>
    /// Said as a fact about the company: "our"/"we"/"company", a heads-up ("fyi", "btw", "just so you know"), or the setting's
    /// own label ("annual revenue", "yearly turnover"). A bare "total revenue is about $12M a year" answers the budget
    /// question in its dialog instead.
    /// </summary>
    [GeneratedRegex(@"\b(?:our|we|we['’](?:re|ve)|us|company|fyi|btw|fwiw|heads\s+up|so\s+you\s+know|for\s+the\s+record)\b|\b(?:annual|yearly)\s+(?:\w+\s+)?(?:revenues?|rev|turnover|sales|re\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ours();

    /// <summary>A figure in digits, or a count of thousands, millions or billions in words.</summary>
    [GeneratedRegex(@"\d|\b(?:thousand|million|billion|mil|grand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\?\s*\W*$|^\s*(?:what|what's|whats|which|when|how|is|are|do|does|did|can|could|should|would)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:not|isn['’]?t|aren['’]?t|wasn['’]?t|don['’]?t|doesn['’]?t|never|no\s+longer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:spend\w*|spent|spnd|burn\w*|invest\w*|marketing|mktg|ads)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spend();

    [GeneratedRegex(@"\b(?:grow\w*|goal|target|aim\w*|hit|reach|increase|need|want|plan\w*|forecast\w*|owner|next\s+year)\b|\bby\s+(?:the\s+)?(?:end|eo[ymq]|q[1-4]|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalOrPlan();

    [GeneratedRegex(@"\b(?:log|logged|closed|booked|today|yesterday|(?:this|last|per|a|each)\s+(?:week|month|quarter|qtr)|weekly|monthly|quarterly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnePeriod();
}
