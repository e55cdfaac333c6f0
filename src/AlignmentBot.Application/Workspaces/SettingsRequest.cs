using System.Text.RegularExpressions;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// A closed set of phrasings for workspace settings, read before the language model like role commands:
/// "settings" / "show settings" shows them; "set our currency to EUR", "our currency is EUR", "our annual revenue is
/// €40M", "our fiscal year starts in April", "work week: Sun-Thu", "company name is Acme GmbH" set one;
/// "we report in euros from now on" sets the currency; "when does our fiscal year start?" or "what currency do we
/// report in?" asks for one (Key set, Value null), which anyone may read.
/// </summary>
/// <param name="Key">Null to show every setting.</param>
/// <param name="Value">Null to show the one setting Key names.</param>
/// <param name="InWords">The annual revenue said in a sentence of its own (<see cref="RevenueSaid"/>): Value is the whole
/// sentence, and its amount is read with the sentence's numbers.</param>
public sealed partial record SettingsRequest(string? Key, string? Value, bool InWords = false)
{
    public static SettingsRequest? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        // "from now on our currency will be GBP", "change the currency to euros going forward": when it applies is not the value.
        var t = WhenAround().Replace(text.Trim().TrimEnd('.', '!', '?'), string.Empty).Trim().TrimEnd(',', '.', '!', '?');
        // "and our region is europe", "ok then what's the time zone set to now": a joining word first is not the setting;
        // "time zone → Europe/Dublin" is "time zone to Europe/Dublin".
        // Only the readers below that need it read the joined form (j); the rest read the text as it was, so "ok, set our
        // annual revenue to 14 million so you remember it" keeps its reading.
        var j = Arrow().Replace(LeadingJoin().Replace(t, string.Empty), " = ").Trim();
        if (Rename().Match(j) is { Success: true } renamed)
        {
            return new SettingsRequest(WorkspaceSettings.Name, renamed.Groups["value"].Value.Trim().Trim('"', '\'', '“', '”'));
        }

        if (Show().IsMatch(t))
        {
            return new SettingsRequest(null, null);
        }

        if ((Asked(t) ?? Asked(j)) is { } asked)
        {
            return new SettingsRequest(asked, null);
        }

        // "what month does our FY kick off in?", "are we still reporting in dollars?", "settigns pls": a question about a
        // setting in other words, answered, and nothing changes.
        if (SettingsQuestion.Read(text) is { } question)
        {
            return question == SettingsQuestion.All ? new SettingsRequest(null, null) : new SettingsRequest(question, null);
        }

        // "we're a SaaS business", "our industry is fintech, not generic tech", "we're an EMEA business, please set that as our
        // region", "the company is now called Acme GmbH": the industry, the region or the name said in plain words.
        if (SettingWords.Read(text) is { } plain)
        {
            return plain;
        }

        // "we report in euros", "we're switching to pounds for reporting", "let's do everything in pounds sterling", "let's use
        // british pounds for everything": the currency, when a currency is named.
        if (ReportIn().Match(t) is { Success: true } r && IsCurrencyWord(r.Groups["value"].Value))
        {
            return new SettingsRequest(WorkspaceSettings.Currency, r.Groups["value"].Value.Trim());
        }

        foreach (var pattern in new[] { SetTo(), Is(), FiscalStarts(), RevenueThisYear() })
        {
            if (pattern.Match(t) is { Success: true } m && WorkspaceSettings.KeyFor(m.Groups["key"].Value) is { } key)
            {
                // "revenue is $2M this month" is a check-in, not the company's yearly revenue.
                if (key == WorkspaceSettings.AnnualRevenue && !YearlyRevenue().IsMatch(t))
                {
                    return null;
                }

                // "set our currency to euros. no wait, pounds": the currency the speaker settled on, not the words after "to".
                if (key == WorkspaceSettings.Currency && WorkspaceSettings.CurrencyCode(m.Groups["value"].Value) is null
                    && CurrencyChange.Read(text, t) is { } settled)
                {
                    return new SettingsRequest(key, settled);
                }

                // "set tz to pacific pls, most of the exec team is on the west coast now": the zone named, not the words after "to".
                if (key == WorkspaceSettings.TimeZone && !DigestTimeZones.TryFind(m.Groups["value"].Value.Trim(), out _)
                    && TimeZoneChange.Read(text) is { } named)
                {
                    return new SettingsRequest(key, named);
                }

                return new SettingsRequest(key, m.Groups["value"].Value.Trim());
            }
        }

        // "and our region is europe", "time zone → Europe/Dublin, we relocated HQ": a setting said after a joining word or
        // with an arrow; a reason after a comma is not the value.
        if (j != t && Is().Match(j) is { Success: true } joined && WorkspaceSettings.KeyFor(joined.Groups["key"].Value) is { } joinedKey
            && joinedKey != WorkspaceSettings.AnnualRevenue)
        {
            var value = joined.Groups["value"].Value;
            return new SettingsRequest(joinedKey, (value.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma ? value[..comma] : value).Trim());
        }

        // "fyi our yearly revenue is about fourteen million dollars", "we turn over about forty million quid a year": the
        // annual revenue said as a fact, however the sentence runs.
        if (RevenueSaid.Says(t))
        {
            return new SettingsRequest(WorkspaceSettings.AnnualRevenue, t, InWords: true);
        }

        // "fyi our financial year begins in october", "we run on an april-march financial year": the fiscal year's start in words.
        if (FiscalYearWords.StartMonth(text) is { } month)
        {
            return new SettingsRequest(WorkspaceSettings.FiscalYearStart, month);
        }

        // "pls set the timezone to london", "switch us to london time", "time zone should be berlin": the time zone, in other words.
        if (TimeZoneChange.Read(text) is { } zone)
        {
            return new SettingsRequest(WorkspaceSettings.TimeZone, zone);
        }

        // "everything in pounds sterling", "switch our reporting currency to pounds", "move everything over to sterling": the
        // currency, in other words.
        if (CurrencyChange.Read(text, t) is { } code)
        {
            return new SettingsRequest(WorkspaceSettings.Currency, code);
        }

        // "our working week runs sunday to thursday", "we work sun-thu": the work week said as a statement.
        return WorkWeekWords.Read(t) is { } week ? new SettingsRequest(WorkspaceSettings.WorkWeek, week) : null;
    }

    /// <summary>
    /// A message that is about the settings before anything else: a setting asked for by name ("which currency are our budgets
    /// in?", "do we have our annual revenue in the settings?"), one said in plain words ("we're an EMEA business, please set that
    /// as our region") or several at once. Read before the other phrase commands, whose words (a budget, revenue, a target)
    /// such messages share.
    /// </summary>
    public static bool AboutSettingsFirst(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = WhenAround().Replace(text.Trim().TrimEnd('.', '!', '?'), string.Empty).Trim().TrimEnd(',', '.', '!', '?');
        var j = Arrow().Replace(LeadingJoin().Replace(t, string.Empty), " = ").Trim();
        return Asked(t) is not null || Asked(j) is not null || SettingWords.Read(text) is not null || ParseAll(text).Count > 1;
    }

    /// <summary>
    /// One setting or several said in one message: "set the currency to GBP and the time zone to London", "change the currency
    /// to euros and the fiscal year start to april" are two changes, each read as if said alone; anything else is what
    /// <see cref="Parse"/> reads (or nothing).
    /// </summary>
    public static IReadOnlyList<SettingsRequest> ParseAll(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && text.Length <= 200)
        {
            foreach (Match and in AndNext().Matches(text))
            {
                var left = text[..and.Index];
                if (WorkspaceSettings.KeyFor(and.Groups["key"].Value) is { } key && Parse(left) is { Key: not null, Value: not null } first && first.Key != key
                    && Parse($"set the {and.Groups["key"].Value.Trim()} to {and.Groups["value"].Value.Trim()}") is { Key: { } k, Value: not null } second && k == key)
                {
                    return [first, second];
                }
            }
        }

        // "we're EMEA-based now, and we're a manufacturer really": each setting said in plain words, in the order said.
        return Parse(text) is { } one
            ? one is { Key: not null, Value: not null } && SettingWords.ReadAll(text!) is { Count: > 1 } several && several[0] == one ? several : [one]
            : [];
    }

    /// <summary>The setting a question asks for ("when does our fiscal year start, btw?", "what currency do we report in?"), or null.</summary>
    private static string? Asked(string t)
    {
        if (AskedFiscalStart().IsMatch(t))
        {
            return WorkspaceSettings.FiscalYearStart;
        }

        if (AskedCurrency().IsMatch(t))
        {
            return WorkspaceSettings.Currency;
        }

        // "have we given you our annual revenue yet?", "is our yearly revenue set?": whether the setting holds one.
        if (AskedRevenueSet().IsMatch(t))
        {
            return WorkspaceSettings.AnnualRevenue;
        }

        return AskedNamed().Match(t) is { Success: true } m ? WorkspaceSettings.KeyFor(m.Groups["key"].Value) : null;
    }

    // A currency word or a well-known code: "switching to slack" or "moving to CRM" names no currency.
    private static bool IsCurrencyWord(string value)
        => WorkspaceSettings.CurrencyCode(value) is { } code && (value.Trim().Length != 3 || code is "USD" or "EUR" or "GBP" or "JPY" or "INR" or "CAD" or "AUD" or "CHF" or "SEK" or "NOK" or "DKK");

    // ", and the time zone to London", " and our region to europe", " and set the fiscal year start to april".
    [GeneratedRegex(@"\s*,?\s+(?:and|also|plus|&)\s+(?:also\s+)?(?:(?:set|change|update|switch|make|move)\s+)?(?:the\s+|our\s+|my\s+)?(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>[a-z][a-z\s-]{1,30}?)\s+(?:to|=|as|:)\s+(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndNext();

    [GeneratedRegex(@"^(?:(?:and|also|oh\s+and|ok|okay|ok\s+then|okay\s+then|then|so|fine|right)[,!]?\s+)+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingJoin();

    [GeneratedRegex(@"\s*(?:→|->|=>)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Arrow();

    // "can we …", "could you please …", "please can we …", "let's …": asking for the change politely is still the change.
    private const string PoliteOpener = @"(?:(?:please|pls|plz)\s+)?(?:(?:can|could|would|will)\s+(?:we|you|u)\s+|let'?s\s+)?(?:(?:please|pls|plz|just)\s+)?";

    // "rename us to Northwind Analytics Ltd in the bot", "rename the company to Acme GmbH": the company name.
    [GeneratedRegex(@"^" + PoliteOpener + @"rename\s+(?:us|the\s+company|our\s+company|the\s+workspace|this\s+workspace)\s+(?:to|as)\s+(?<value>.+?)(?:\s+(?:in|on)\s+(?:the\s+bot|here|the\s+settings|alignmentbot))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^(?:please\s+|pls\s+)?(?:from\s+now\s+on|going\s+forward|from\s+today(?:\s+on)?|starting\s+today)\s*,?\s*|\s*,?\s*\b(?:from\s+now\s+on|going\s+forward|from\s+today(?:\s+on)?|starting\s+today|please|pls|plz|thanks|thx|btw|again)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenAround();

    [GeneratedRegex(@"^(?:so\s+|and\s+|btw,?\s+|hey,?\s+|quick\s+q(?:uestion)?:?,?\s+)?(?:when|what\s+month|which\s+month)\s+(?:does|do|did|is|will)\s+(?:our|the|your)\s+(?:fiscal|financial)\s+(?:year|yr)\s+(?:start|begin|kick\s+off|open)|^(?:so\s+|and\s+|btw,?\s+)?(?:what|which)(?:'s|\s+is)?\s+(?:our|the)\s+(?:fiscal|financial)\s+(?:year|yr)(?:\s+start)?(?:\s+month)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedFiscalStart();

    [GeneratedRegex(@"^(?:so\s+|and\s+|btw,?\s+)?(?:do|did|does)\s+(?:we|you|the\s+bot)\s+(?:already\s+|still\s+)?(?:have|know|hold)\s+(?:our|the|an?)\s+(?:total\s+)?(?:annual|yearly|company|company's)\s+revenue(?:\s+(?:figure|number))?(?:\s+(?:in\s+(?:the\s+)?settings|set|saved|on\s+file|yet|already|anywhere))*$|^(?:have|has|did)\s+(?:we|you|i|anyone|someone|somebody)\s+(?:\w+\s+){0,2}?(?:given|gave|give|told|tell|set|entered|enter|put|shared|share|added|add)\s+(?:in\s+)?(?:you\s+|it\s+)?(?:our|the)\s+(?:total\s+)?(?:annual|yearly|company|company's)\s+revenue(?:\s+(?:in|into\s+the\s+settings|to\s+you))?(?:\s+(?:yet|already))?$|^(?:is|has)\s+(?:our|the)\s+(?:total\s+)?(?:annual|yearly|company|company's)\s+revenue\s+(?:been\s+)?(?:set|in|entered|there|known|saved)(?:\s+(?:up|yet|already|in\s+the\s+settings))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedRevenueSet();

    // "what currency do we report in?", "which currency are our budgets in?", "which currency do we use for budgets and goals?":
    // the workspace's one currency, whatever it is used for (not one goal's: "what currency is the cpl goal in?").
    [GeneratedRegex(@"^(?:so\s+|and\s+|btw,?\s+)?(?:what|which)\s+currency\s+(?:do|are|should|did)\s+(?:we|our\s+(?:budgets?|numbers|figures|amounts|reports?|goals?))\s*(?:report|use|work|using|reporting|working|count|kept|shown)?(?:\s+in)?(?:\s+for\s+(?:our\s+|the\s+)?(?:budgets?|goals?|numbers|figures|amounts|reports?|reporting|everything)(?:\s+(?:and|&)\s+(?:budgets?|goals?|numbers|figures|amounts|reports?|reporting))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedCurrency();

    [GeneratedRegex(@"^(?:so\s+|and\s+|btw,?\s+)?(?:what|which)(?:'s|\s+is|\s+are)\s+(?:our|the)\s+(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>currency|time\s*zone|work\s*week|working\s+days|industry|region|company\s+name|fiscal\s+year\s+start|(?:total\s+)?(?:annual|yearly)\s+revenue)(?:\s+(?:set\s+to|figure))?(?:\s+(?:now|currently|right\s+now|at\s+the\s+moment|these\s+days))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedNamed();

    [GeneratedRegex(@"^(?:(?:we|we'll|we\s+will|we're|we\s+are|let'?s|can\s+we|i\s+want\s+us\s+to)\s+)?(?:now\s+)?(?:(?:report(?:ing)?|work(?:ing)?|switch(?:ing)?|mov(?:e|ing)|go(?:ing)?|chang(?:e|ing)|do(?:ing)?)\s+(?:everything\s+|it\s+all\s+|all\s+)?(?:our\s+numbers\s+)?(?:over\s+)?(?:in|to|into)|us(?:e|ing))\s+(?<value>(?:british\s+|uk\s+|us\s+)?[^\s,]+(?:\s+sterling)?)(?:\s+for\s+(?:reporting|reports|everything|all\s+(?:our\s+)?reporting|our\s+numbers))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportIn();

    // "what settings do we have", "what have we configured in the bot", "what's set up in here": the settings as a whole.
    [GeneratedRegex(@"^(?:(?:show\s+(?:me\s+)?|list\s+|what\s+are\s+)?(?:the\s+|our\s+)?(?:workspace\s+|company\s+)?settings"
        + @"|(?:so\s+|ok\s+)?(?:what|which)\s+(?:settings|config(?:uration)?)\s+(?:do\s+we\s+have|have\s+we\s+got|are\s+(?:there|set|on))(?:\s+(?:in\s+(?:the\s+)?bot|here|now))?"
        + @"|(?:so\s+|ok\s+)?what(?:'s|\s+is|\s+have\s+we|\s+did\s+we)\s+(?:configured|set\s+up)\s+(?:in\s+(?:the\s+|this\s+)?(?:bot|workspace|here)|here|so\s+far))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Show();

    [GeneratedRegex(@"^" + PoliteOpener + @"(?:set|change|update|make|switch|move|turn)\s+(?:the\s+|our\s+|my\s+)?(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>[a-z][a-z\s-]{1,30}?)\s+(?:to|=|as)\s+(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetTo();

    [GeneratedRegex(@"^(?:our|the|my)\s+(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>[a-z][a-z\s-]{1,30}?)\s*(?:is|are|=|:|should\s+(?:be|read|say)|reads|will\s+be|shall\s+be|becomes|has\s+to\s+be|needs\s+to\s+be)\s+(?:now\s+)?(?:about\s+|around\s+|roughly\s+)?(?<value>.+)$|^(?<key>work\s*week|working\s+days|fiscal\s+year\s+start|time\s*zone|currency|industry|region|company\s+name|annual\s+revenue|total\s+annual\s+revenue)\s*(?::|=|\s(?:is|should\s+(?:be|read|say)|reads|will\s+be|shall\s+be|becomes|has\s+to\s+be|needs\s+to\s+be))\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Is();

    [GeneratedRegex(@"^(?:our\s+|the\s+)?(?<key>fiscal\s+(?:year|yr)|financial\s+(?:year|yr)|fy)\s+(?:starts|begins|start|begin|kicks\s+off|kick\s+off|opens|runs\s+from|is\s+from|starting)\s+(?:in\s+|on\s+|from\s+)?(?:the\s+1st\s+of\s+|1\s+)?(?<value>[a-z0-9]+)(?:\s+1(?:st)?)?(?:\s+(?:for\s+us|here|each\s+year|every\s+year))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalStarts();

    // "total revenue this year is about eighteen million dollars": the year said with the revenue, so it is the company's
    // yearly revenue (unlike "total revenue is about $12M a year", which answers the budget question in its dialog).
    [GeneratedRegex(@"^(?:our\s+|the\s+)?(?:total\s+|overall\s+)?(?<key>company\s+revenue|annual\s+revenue|yearly\s+revenue|revenue)\s+(?:this|for\s+the|per|a)\s+year\s*(?:is|was|=|:|will\s+be)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueThisYear();

    [GeneratedRegex(@"\b(annual|yearly|total|a\s+year|per\s+year|annually|company)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearlyRevenue();
}
