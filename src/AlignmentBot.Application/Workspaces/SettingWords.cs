using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// The industry, the region or the company's name said in plain words rather than as "set X to Y": "we're a SaaS
/// business", "our industry is fintech, not generic tech", "for the benchmarks - we're a SaaS business, set the industry to
/// that", "we're an EMEA business, please set that as our region", "we mostly sell in APAC, update the region", "the
/// company is now called Acme GmbH". Small cues rather than one pattern per phrasing: a sector or region word the settings
/// know (the first one not after "not"), and either the setting's own word with a word of setting it, or the company said
/// to be one ("we're a fintech company"). A question, a negation of the whole, or a comparison ("our industry benchmarks")
/// sets nothing. Docs: docs/scenarios.md, "Paraphrase tables" (kind settings-plain-words).
/// </summary>
public static partial class SettingWords
{
    /// <summary>The setting a statement sets (key and value as the settings read it), or null.</summary>
    public static SettingsRequest? Read(string text) => ReadAll(text) is [var first, ..] ? first : null;

    /// <summary>
    /// Every setting a statement sets, in the order said: "we're EMEA-based now, and we're a manufacturer really" is the region
    /// and the industry. Empty when it sets none.
    /// </summary>
    public static IReadOnlyList<SettingsRequest> ReadAll(string text)
    {
        var t = text.Replace('’', '\'').Trim();
        if (t.Length is 0 or > 200 || Question().IsMatch(t) || Negation().IsMatch(t) || Elsewhere().IsMatch(t))
        {
            return [];
        }

        if (CalledNow().Match(t) is { Success: true } called)
        {
            return [new SettingsRequest(WorkspaceSettings.Name, called.Groups["value"].Value.Trim().Trim('"', '\'', '“', '”'))];
        }

        var found = new List<(int At, SettingsRequest Setting)>();
        var sets = SetWord().IsMatch(t);
        if (First(Sector(), t) is { } sector && ((IndustryWord().IsMatch(t) && sets) || WeAreA(t, sector)))
        {
            found.Add((sector.Index, new SettingsRequest(WorkspaceSettings.Industry, sector.Value)));
        }

        if (First(RegionName(), t) is { } region && ((RegionWord().IsMatch(t) && sets) || WeAreA(t, region)))
        {
            found.Add((region.Index, new SettingsRequest(WorkspaceSettings.Region, region.Value.ToLowerInvariant() switch
            {
                "european" => "europe",
                "north american" => "north america",
                "latin american" => "latin america",
                "asian" => "asia",
                var v => v,
            })));
        }

        return found.OrderBy(f => f.At).Select(f => f.Setting).ToList();
    }

    // The first match not right after "not" ("fintech, not generic tech" is fintech).
    private static Match? First(Regex pattern, string t)
        => pattern.Matches(t).FirstOrDefault(m => !NotBefore().IsMatch(t[..m.Index]));

    // "we're a fintech company", "we are a b2b saas business", "we're an EMEA business": the company said to be one.
    private static bool WeAreA(string t, Match word)
        => WeAre().Match(t[..word.Index]) is { Success: true } && Kind().IsMatch(t[(word.Index + word.Length)..]);

    [GeneratedRegex(@"\b(?:saas|software|tech|technology|fintech|financial\s+services|banking|insurance|manufacturing|manufacturer|industrial)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sector();

    [GeneratedRegex(@"\b(?:emea|europe|european|eu|apac|asia\s+pacific|asia|asian|latam|latin\s+america(?:n)?|north\s+america(?:n)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex(@"\b(?:industry|sector|vertical)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndustryWord();

    [GeneratedRegex(@"\bregion\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionWord();

    // A word of setting it: "set the industry to that", "update the region", "put that in the settings", "industry: software".
    [GeneratedRegex(@"\b(?:set|change|update|make|switch|put|record|save|mark|is|should\s+be|=)\b|:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetWord();

    [GeneratedRegex(@"\b(?:we'?re|we\s+are|we'?ve\s+become|we\s+became|our\s+company\s+is|the\s+company\s+is)\s+(?:now\s+|mostly\s+|mainly\s+|basically\s+|really\s+)?(?:an?\s+)?(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeAre();

    // "… company", "… business", "EMEA-based", "a manufacturer really", "… these days", or the end of the clause.
    [GeneratedRegex(@"^\s*(?:\w+\s+){0,1}(?:company|business|shop|firm|startup|vendor|outfit|player|provider|org|organi[sz]ation|house)\b|^-(?:based|focused|centric|first|only|headquartered)\b|^\s*(?:now|really|actually|basically|mostly|mainly|honestly|these\s+days|nowadays|at\s+heart|at\s+this\s+point)\b|^\s*[,.!]|^\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kind();

    // "the company is now called Acme GmbH", "we're now called Globex, please update the name", and after a lead-in clause:
    // "heads up, we've rebranded - the company's called Contoso Analytics now", "so the big news: our company's now called …".
    [GeneratedRegex(@"^(?:fyi,?\s+|heads\s+up,?\s+)?(?:[^,;:.!?]*?(?:[,;:.!]|\s[-–—])\s+){0,3}?(?:the\s+company|our\s+company|we)(?:'re|\s+are|\s+is|'s)?\s+(?:now\s+)?(?:called|named|known\s+as|renamed\s+to)\s+(?!(?:back|in|out|up|off|on|to|for|by)\b)(?<value>[^,;]+?)(?:\s+now)?(?:\s*[,;].*|[.!]+|[.!]\s+.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalledNow();

    [GeneratedRegex(@"\bnot\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotBefore();

    [GeneratedRegex(@"\?\s*$|^\W*(?:what|which|when|is|are|do|does|did|how|who|why|should|can|could)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|no\s+longer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:benchmark\w*\s+(?:look|are|is|say|show)|overlap|goals?|targets?|leads?|mqls?|sqls?|pipeline|deals?|digest\w*|remind\w*|team\s+wants|campaign\w*|spend\w*|budget\w*|revenue|how\s+much|hire|hiring|hired|competitors?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();
}
