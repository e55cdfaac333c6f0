using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// Asking to change the workspace's reporting currency in one's own words: "switch our reporting currency to pounds",
/// "move everything over to sterling", "could you switch our currency from dollars to pounds?", "currency should be
/// euros". Small cues rather than one pattern per phrasing: a currency named (not an amount: "€40k", "200 euros"), a
/// word of changing or of the currency or reporting, and no question or negation. The currency wanted is the last one
/// named that is not the one left ("from dollars", "not dollars").
/// </summary>
public static partial class CurrencyChange
{
    /// <summary>
    /// The ISO code asked for, or null when the message does not ask to change the currency. <paramref name="trimmed"/> is
    /// the message without what says when it applies ("from now on", "please"), as settings read it; the whole message
    /// when null.
    /// </summary>
    public static string? Read(string text, string? trimmed = null)
    {
        // "everything in pounds sterling", "can u switch us to sterling", "money in euros": a currency named in words where
        // money is kept (CurrencyWords), with a word that makes it the one to report in, and no amount (an amount in pounds
        // is money, not a setting).
        var bare = trimmed ?? text.Trim();
        if (!ChangesMind(bare) && !Negation().IsMatch(bare) && !bare.Any(char.IsDigit) && !AmountWord().IsMatch(bare) && !text.TrimEnd().EndsWith('?') && Reporting().IsMatch(bare)
            && CurrencyWords.Named(bare) is { } named)
        {
            return named;
        }

        // "euros from now on", "GBP going forward", "from now on we're a £ shop", "we work in euros from now on": a currency and
        // nothing else but when it starts applies.
        if (FromNow().IsMatch(text) && !text.TrimEnd().EndsWith('?') && !Negation().IsMatch(text)
            && CurrencyAlone().Match(FromNow().Replace(text.Replace('’', '\''), " ").Trim()) is { Success: true } alone
            && Code(Spaces().Replace(alone.Groups["c"].Value, " ")) is { } fromNow)
        {
            return fromNow;
        }

        var t = text.Replace('’', '\'').Trim();
        if (t.Length is 0 or > 160 || Amount().IsMatch(t) || Negation().IsMatch(t) || IsQuestion(t) || !Cue().IsMatch(t))
        {
            return null;
        }

        string? wanted = null;
        foreach (Match m in Mention().Matches(t))
        {
            if (Left().IsMatch(t[..m.Index]))
            {
                continue;
            }

            wanted = Code(Spaces().Replace(m.Groups["c"].Value, " ")) ?? wanted;
        }

        return wanted;
    }

    /// <summary>
    /// Two different currencies named: the speaker changed their mind on the way ("euros. no wait, pounds", "switch to
    /// pounds - sorry, i meant euros"), so the last one not left wins, not the first one a word of reporting stands by.
    /// </summary>
    private static bool ChangesMind(string t)
        => Mention().Matches(t).Select(m => Code(Spaces().Replace(m.Groups["c"].Value, " "))).Where(c => c is not null).Distinct().Count() > 1;

    // Slang the settings' own names do not know: "quid", "bucks".
    private static string? Code(string said) => said.ToLowerInvariant() switch
    {
        "quid" => "GBP",
        "bucks" or "buck" => "USD",
        var other => WorkspaceSettings.CurrencyCode(other),
    };

    /// <summary>A question about the currency ("is our currency still dollars?", "should we switch to euros?"); "could you switch…?" asks for it done.</summary>
    private static bool IsQuestion(string t)
        => QuestionStart().IsMatch(t) || (t.EndsWith('?') && !PoliteAsk().IsMatch(t) && !AskedOfTheBot().IsMatch(t));

    // "the board wants all reporting in euros now, can you flip us over?": the ask at the end, after the reason.
    [GeneratedRegex(@"[,.;:!\-–—]\s*(?:so\s+)?(?:can|could|would|will)\s+(?:you|u)\b[^,.;]*\?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfTheBot();

    private const string Currency = @"quid|bucks|british\s+pounds?|uk\s+pounds?|us\s+dollars?|pounds?\s+sterling|sterling|pounds?|dollars?|euros?|usd|eur|gbp|jpy|inr|yen|rupees?|[$€£¥₹]";

    [GeneratedRegex(@"(?<![\w])(?:the\s+)?(?<c>" + Currency + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    // "€40k", "$2,500", "200 euros", "2 million pounds": money, which says nothing about the currency to report in. So is an
    // amount in words ("get cost per lead down to seventy five dollars", "a few hundred quid"), read by the number words' model.
    [GeneratedRegex(@"[$€£¥₹]\s*\d|\d[\d.,]*\s*(?:k|m|bn|million|thousand|grand)?\s*(?:" + Currency + @")(?![\w])"
        + @"|\b(?:(?!an?\b)" + Conversations.Understanding.SmallNumberWords.Pattern + @"|hundred|thousand|million|billion|grand)\s+(?:" + Currency + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:from|not|instead\s+of|rather\s+than|forget|forget\s+about|drop|ditch)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Left();

    [GeneratedRegex(@"\b(?:switch\w*|chang\w*|chnage\w*|set|make|mov(?:e|ing)|swap\w*|flip\w*|updat\w*|convert\w*|go(?:ing)?\s+back|use|report\w*|currency|numbers\s+in|everything\s+in"
        // Putting it back or keeping it ("put it back to US dollars", "keep us on USD", "we stay in dollars", "go with euros"),
        // and the words of a mind changed ("no wait, pounds", "sorry, i meant euros", "not euros, pounds"), which only a
        // currency named after them makes a change.
        + @"|put|back|revert\w*|stay\w*|keep|stick|go\s+(?:with|ahead)|let'?s|wait|actually|i\s+mean\w*|instead|sorry|oops|not)\b|→", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|no\s+need|not\s+(?:change|switch|set))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|btw,?\s+|hey,?\s+)?(?:what|which|who|how|why|when|is|are|was|were|do|does|did|should|shall)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^\W*(?:hey,?\s+|hi,?\s+|pls\s+|please\s+)?(?:can|could|would|will)\s+(?:you|we|u)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteAsk();

    /// <summary>A word that makes a named currency the one to report in: "everything", "numbers", "switch", "use", "report".</summary>
    [GeneratedRegex(@"\b(?:everything|all|numbers|money|amounts|figures|reporting|reports|currency)\b|\b(?:switch|chang|us(?:e|ing)\b|go\b|going|mov|report)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    /// <summary>A word of money or of an amount: "two hundred", "budget", "spend": money said in a currency, not a setting.</summary>
    [GeneratedRegex(@"\b(?:hundred|thousand|million|billion|grand|mil|k|bn|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|spend|spent|spending|cost|costs|revenue|turnover|budget)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountWord();

    /// <summary>When a change applies: "from now on", "going forward", "moving forward", "starting today", "as of now", "henceforth".</summary>
    [GeneratedRegex(@"\b(?:from\s+now\s+on|from\s+here\s+on(?:\s+out)?|going\s+forward|moving\s+forward|starting\s+(?:today|now)|as\s+of\s+(?:today|now)|from\s+today(?:\s+on)?|henceforth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromNow();

    /// <summary>A currency said alone, or as what the company works in: "euros", "we're a £ shop", "we work in euros", "all in GBP", "CAD".</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|and|also|fyi|btw)\W+)?(?:we(?:'re|\s+are)\s+(?:a\s+|an\s+)?|we\s+(?:work|report|bill|invoice|price|run)\s+in\s+|(?:it'?s|everything(?:'s|\s+is)?\s+in|all\s+in|in|use)\s+)?(?:the\s+)?(?<c>" + Currency + @"|cad|aud|chf|sek|dkk|nzd|sgd|hkd|zar|brl|mxn|pln|czk|aed)(?:\s+(?:shop|company|business|house|only|all\s+the\s+way))?(?:[\s,.!]+(?:please|pls|thanks|thx|then))*[\s,.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAlone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
