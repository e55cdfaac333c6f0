using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// A question about one of the workspace's settings, in any words: "what month does our FY kick off in?", "is our fiscal
/// year the calendar year?", "are we still reporting in dollars?", "which tz are we set to?", or the settings as a whole
/// ("settigns pls", "current config?"), or the company's name in the bot ("what's our workspace called?"). Read so the setting is answered and nothing changes, instead of the question
/// falling to the language model (which took some for a change, or for nothing). Small cues rather than one pattern per
/// phrasing: a setting named (<see cref="Topic"/>), the shape of a question, and no value given with a word of changing
/// ("set the currency to euros" is a change), no "who can" (answered by naming who may), no negation, and nothing that
/// makes it a goal's, a request's, a digest's or a budget's figure ("what currency is the cpl goal in?").
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind settings-question).
/// </summary>
public static partial class SettingsQuestion
{
    /// <summary>What <see cref="Read"/> returns when the settings as a whole are asked for.</summary>
    public const string All = "all";

    /// <summary>The <see cref="WorkspaceSettings"/> key asked about, <see cref="All"/> for every setting, or null when <paramref name="text"/> asks about none.</summary>
    public static string? Read(string text)
    {
        var t = text.Replace('’', '\'').Trim();
        if (t.Length is 0 or > 160 || Negation().IsMatch(t) || WhoMay().IsMatch(t) || Elsewhere().IsMatch(t) || AsksAChange().IsMatch(t)
            || (GivesValue().IsMatch(t) && !WhQuestion().IsMatch(t)))
        {
            return null;
        }

        var topic = Topic(t);
        if (topic is null)
        {
            return null;
        }

        // "settigns pls", "show me the settings": asking to see them needs no question mark; a single setting named without
        // one ("our fiscal year starts in april") is a statement, not a question.
        return topic == All ? (Words().Count(t) <= 8 ? All : null) : IsQuestion(t) ? topic : null;
    }

    /// <summary>The setting a text names: the fiscal year, the currency (or a currency with reporting), the time zone, ...</summary>
    private static string? Topic(string t)
    {
        if (FiscalYear().IsMatch(t))
        {
            return WorkspaceSettings.FiscalYearStart;
        }

        if (CurrencyWord().IsMatch(t) || (CurrencyName().IsMatch(t) && ReportingWord().IsMatch(t)))
        {
            return WorkspaceSettings.Currency;
        }

        if (ZoneWord().IsMatch(t))
        {
            return WorkspaceSettings.TimeZone;
        }

        if (WorkWeekWord().IsMatch(t))
        {
            return WorkspaceSettings.WorkWeek;
        }

        if (IndustryWord().IsMatch(t))
        {
            return WorkspaceSettings.Industry;
        }

        if (RegionWord().IsMatch(t))
        {
            return WorkspaceSettings.Region;
        }

        // "what's our company name in the bot?", "what's the workspace called?", "what does the bot call our company?": a name
        // word with the company or the workspace (not a lead's company, a person's or the bot's own name).
        if (NameWord().IsMatch(t) && CompanyWord().IsMatch(t) && !OtherCompany().IsMatch(t))
        {
            return WorkspaceSettings.Name;
        }

        return Words().Matches(t).Any(w => IsSettingsWord(w.Value.ToLowerInvariant())) ? All : null;
    }

    private static bool IsQuestion(string t) => t.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(t);

    /// <summary>"settings" or "config", typed in a hurry: one letter added, dropped, changed or swapped ("settigns", "setings").</summary>
    private static bool IsSettingsWord(string w)
        => w is "config" or "configuration" or "setup" || (w.Length >= 7 && OneEditApart(w, "settings"));

    // Optimal string alignment distance of at most one (an insertion, a deletion, a substitution or two letters swapped).
    private static bool OneEditApart(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a[(i + 1)..] == b[(i + 1)..]
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..]);
        }

        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    [GeneratedRegex(@"[a-z]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:fiscal|financial)\s+(?:year|yr)\b|\bfy\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"\bcurrenc(?:y|ies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyWord();

    [GeneratedRegex(@"\b(?:dollars?|usd|euros?|eur|pounds?|sterling|gbp)\b|[$€£]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyName();

    // A word that makes a currency the one the numbers are kept in: "are we still reporting in dollars?", "is everything in USD?".
    [GeneratedRegex(@"\b(?:report\w*|everything|numbers|figures|amounts|shown|displayed|still\s+in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingWord();

    // "time zone", "tz", or "on new york time or london time".
    [GeneratedRegex(@"\btime\s*-?\s*zones?\b|\btz\b|\bon\s+(?:[a-z]+\s+){1,2}time\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZoneWord();

    [GeneratedRegex(@"\bwork(?:ing)?\s*-?\s*weeks?\b|\bwork(?:ing)?\s+days\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkWeekWord();

    [GeneratedRegex(@"\bindustry\b|\bsector\b|\bvertical\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndustryWord();

    [GeneratedRegex(@"\bregion\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionWord();

    [GeneratedRegex(@"\b(?:name|named|called|call)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    // The company or the workspace as the bot has it ("our company", "the workspace", "the org", "us" after "have"/"call").
    [GeneratedRegex(@"\b(?:company(?:'s)?|workspace(?:'s)?|org|organi[sz]ation(?:'s)?|business)\b|\b(?:are\s+we|is\s+our\s+\w+)\s+called\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyWord();

    // Another company than ours: a lead's, an account's, a customer's ("what's the company name on the Hooli lead?"), one
    // asked for ("which company is called Initech?"), or a lead named by its id ("DEMO-1286", "1252").
    [GeneratedRegex(@"\b(?:leads?|accounts?|customers?|clients?|prospects?|vendors?|agency|partners?|competitors?)\b|\bwhich\s+compan|\b[A-Z]+-\d+\b|\b\d{3,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherCompany();

    [GeneratedRegex(@"^\W*(?:(?:so|and|ok|okay|hey|hi|btw|sorry|remind\s+me|quick\s+(?:one|q(?:uestion)?))\b[\s,:\-–—]*)*(?:what|whats|what's|which|when|whens|when's|is|are|do|does|did|how|have|has)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionStart();

    // A value given with a word of changing: "set our currency to euros", "change the time zone to CET". "what's our work week
    // set to?" ends at "to", so gives none.
    [GeneratedRegex(@"\b(?:set|change|switch|move|update|make|flip|revert|put|turn)\b.*?\b(?:to|as|into)\s+[\w$€£]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesValue();

    // "what's the reporting currency set to atm": a question about the value, whatever follows "to".
    [GeneratedRegex(@"^\W*(?:what|whats|what's|which|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhQuestion();

    // "… all reporting in euros now, can you flip us over?": asking for a change, however it ends.
    [GeneratedRegex(@"\b(?:can|could|would|will)\s+(?:you|u|we)\s+(?:pls\s+|please\s+|just\s+)?(?:set|change|switch|move|update|make|flip|revert|put|turn|go|report|use)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAChange();

    [GeneratedRegex(@"\bwho(?:'s|\s+is)?\s+(?:can|may|could|should|allowed|able|gets?\s+to)\b|^\W*who\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoMay();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|no\s+need)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // A goal's, a request's, a digest's or a budget's figure, not a setting; nor a comparison with the industry ("how does
    // our account overlap compare with what's typical for our industry?").
    [GeneratedRegex(@"\b(?:overlap|benchmark\w*|typical|compar\w*|vs|versus|average|goals?|targets?|requests?|digest\w*|reminders?|remind\s+me\s+(?:to|at|on|about|every|in|when)\b|cpl|pipeline|deadline|spend\w*|spent|budget\w*|revenue|cost\w*|deals?|leads?|mqls?|sqls?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();
}
