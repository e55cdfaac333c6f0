using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Understanding;

/// <summary>
/// The currency a message's money is said in, in words as well as signs: "four hundred thousand euros", "90 grand a
/// quarter in pounds sterling", "40 quid", "everything in pounds please", "switch us to sterling", "eur 250k". People name
/// a currency in many phrasings but in few places, so this reads a currency word by where it stands rather than by the
/// sentence around it: right after an amount (digits, "k", a number word, "grand"), after "in"/"to"/"use", before an
/// amount, with "sterling" or "british"/"us" beside it, or alone. A currency word anywhere else is some other word:
/// "Sterling Foods signed", "pound the phones", "the euro cup party", "a grand total of 40". Signs and ISO codes always count.
/// Built against <c>Paraphrases/currency-words.*.txt</c>.
/// </summary>
public static partial class CurrencyWords
{
    /// <summary>The ISO code of the first currency <paramref name="text"/> names (USD, EUR or GBP), or null when it names none.</summary>
    public static string? Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match m in Mention().Matches(text))
        {
            var word = m.Groups["w"].Value;
            var code = Code(word);
            if (code is null)
            {
                continue;
            }

            if (Sign().IsMatch(word) || IsoCode().IsMatch(word))
            {
                return code;
            }

            var before = text[..m.Index];
            var after = text[(m.Index + m.Length)..];
            var alone = Filler().Replace(text, " ").Trim().Length == m.Length;
            // "pound" on its own is a verb far more often than money ("pound the phones"): only an amount or "sterling" makes it one.
            var singularPound = word.Equals("pound", StringComparison.OrdinalIgnoreCase);
            if (AfterAmount().IsMatch(before)
                || (!singularPound && (AfterPlace().IsMatch(before) || BeforeAmount().IsMatch(after) || SettingAfter().IsMatch(after) || alone))
                || (word.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && Sterling().IsMatch(after)))
            {
                return code;
            }
        }

        return null;
    }

    private static string? Code(string word) => word.ToLowerInvariant() switch
    {
        "€" or "eur" or "euro" or "euros" => "EUR",
        "£" or "gbp" or "pound" or "pounds" or "sterling" or "quid" => "GBP",
        "$" or "usd" or "dollar" or "dollars" or "bucks" => "USD",
        _ => null,
    };

    /// <summary>A currency sign, code or word: the candidates, each judged by where it stands.</summary>
    [GeneratedRegex(@"(?<w>[€£$])|\b(?<w>eur|gbp|usd|euros?|pounds?|sterling|quid|dollars?|bucks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^[€£$]$")]
    private static partial Regex Sign();

    [GeneratedRegex(@"^(?:eur|gbp|usd|EUR|GBP|USD)$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoCode();

    /// <summary>An amount just before: "400k ", "ten million ", "90 grand ", "seventy ", "4.5m ".</summary>
    [GeneratedRegex(@"(?:\d(?:[\d.,]*\d)?\s?(?:k|m|mn|bn|b|mil|mill)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|mil|mill|grand|k))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterAmount();

    /// <summary>Where a currency is named as the unit money is kept in: "in euros", "to sterling", "use british pounds", "back to US dollars".</summary>
    [GeneratedRegex(@"\b(?:in|into|to|use|using|of)\s+(?:(?:british|uk|us|u\.s\.)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterPlace();

    /// <summary>An amount just after: "eur 250k", "euros 400".</summary>
    [GeneratedRegex(@"^\s?\d", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAmount();

    /// <summary>What a currency setting says after its currency: "euro please", "euros going forward", "pounds from now on".</summary>
    [GeneratedRegex(@"^\s*(?:please|pls|plz|thanks|thx|going\s+forward|from\s+now\s+on|for\s+everything|only)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettingAfter();

    [GeneratedRegex(@"^\s+sterling\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sterling();

    [GeneratedRegex(@"[^\w€£$]+|\b(?:please|pls|thanks|thx)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
