using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// A closed set of phrasings for workspace settings, read before the language model like role commands:
/// "settings" / "show settings" shows them; "set our currency to EUR", "our currency is EUR", "our annual revenue is
/// €40M", "our fiscal year starts in April", "work week: Sun-Thu", "company name is Acme GmbH" set one.
/// </summary>
/// <param name="Key">Null to show every setting.</param>
public sealed partial record SettingsRequest(string? Key, string? Value)
{
    public static SettingsRequest? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        // "from now on our currency will be GBP", "change the currency to euros going forward": when it applies is not the value.
        var t = WhenAround().Replace(text.Trim().TrimEnd('.', '!', '?'), string.Empty).Trim().TrimEnd(',', '.', '!', '?');
        if (Show().IsMatch(t))
        {
            return new SettingsRequest(null, null);
        }

        foreach (var pattern in new[] { SetTo(), Is(), FiscalStarts() })
        {
            if (pattern.Match(t) is { Success: true } m && WorkspaceSettings.KeyFor(m.Groups["key"].Value) is { } key)
            {
                // "revenue is $2M this month" is a check-in, not the company's yearly revenue.
                if (key == WorkspaceSettings.AnnualRevenue && !YearlyRevenue().IsMatch(t))
                {
                    return null;
                }

                return new SettingsRequest(key, m.Groups["value"].Value.Trim());
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:from\s+now\s+on|going\s+forward|from\s+today(?:\s+on)?|starting\s+today)\s*,?\s*|\s*,?\s*\b(?:from\s+now\s+on|going\s+forward|from\s+today(?:\s+on)?|starting\s+today|please)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenAround();

    [GeneratedRegex(@"^(?:show\s+(?:me\s+)?|list\s+|what\s+are\s+)?(?:the\s+|our\s+)?(?:workspace\s+|company\s+)?settings$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Show();

    [GeneratedRegex(@"^(?:please\s+)?(?:set|change|update|make|switch|move|turn)\s+(?:the\s+|our\s+|my\s+)?(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>[a-z][a-z\s-]{1,30}?)\s+(?:to|=|as)\s+(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetTo();

    [GeneratedRegex(@"^(?:our|the|my)\s+(?:workspace(?:'s)?\s+|company(?:'s)?\s+|default\s+)?(?<key>[a-z][a-z\s-]{1,30}?)\s*(?:is|are|=|:|should\s+be|will\s+be|shall\s+be|becomes|has\s+to\s+be|needs\s+to\s+be)\s+(?:now\s+)?(?:about\s+|around\s+|roughly\s+)?(?<value>.+)$|^(?<key>work\s*week|working\s+days|fiscal\s+year\s+start|time\s*zone|currency|industry|region|company\s+name|annual\s+revenue|total\s+annual\s+revenue)\s*(?::|=|\s(?:is|should\s+be|will\s+be|shall\s+be|becomes|has\s+to\s+be|needs\s+to\s+be))\s*(?<value>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Is();

    [GeneratedRegex(@"^(?:our\s+|the\s+)?(?<key>fiscal\s+(?:year|yr)|financial\s+(?:year|yr)|fy)\s+(?:starts|begins|start|begin)\s+(?:in\s+|on\s+)?(?:the\s+1st\s+of\s+|1\s+)?(?<value>[a-z0-9]+)(?:\s+1(?:st)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiscalStarts();

    [GeneratedRegex(@"\b(annual|yearly|total|a\s+year|per\s+year|annually|company)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearlyRevenue();
}
