using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Sla;

public static partial class SlaParsing
{
    public static bool IsProposal(string text) => Propose().IsMatch(text);

    /// <summary>"Confirm the SLA", "I'll sign it for marketing"; never a question about it ("who signed the SLA?", "has sales confirmed?").</summary>
    public static bool IsConfirmation(string text) => Confirm().IsMatch(text) && !IsProposal(text) && !AsksAbout().IsMatch(text);

    /// <summary>
    /// Signing the agreement in so many words, with no other request in the sentence: "sign it", "ok sign it for marketing
    /// too", "I'll countersign it for sales", "let me sign off on the SLA". It is pressing Confirm, whatever the model hears in
    /// "marketing" or "sales".
    /// </summary>
    public static bool SignsInWords(string text) => SignOnly().IsMatch(Corrections.Interjections.WithoutPoliteness(text.Trim()));

    // An emoji before it ("✍️ signing it for marketing") is no word, though its variation selector (U+FE0F) is a mark that
    // \W does not cover; "signing" and "i'm signing" sign as "sign" does.
    [GeneratedRegex(@"^[\W\uFE0F\u200D]*(?:(?:ok|okay|right|fine|sure|alright|great|cool|then)\b[\s,!.]*)*(?:i'?ll\s+|i\s+will\s+|let\s+me\s+|i\s+can\s+|i'?m\s+going\s+to\s+|i\s+want\s+to\s+|i'?m\s+|i\s+am\s+)?" + Corrections.Interjections.Asking
        + @"(?:sign|countersign|co-?sign)(?:ing)?(?:\s+off)?(?:\s+(?:on\s+)?(?:it|this|that|this\s+one|the\s+(?:sla|agreement|lead\s+agreement|proposal|new\s+(?:sla|agreement|version|one))|(?:version|v)\s*\d+))?"
        + @"(?:\s+(?:for|on\s+behalf\s+of|as)\s+(?:the\s+)?(?:sales|marketing|mkt|mktg)(?:\s+(?:side|team))?)?(?:\s+(?:too|as\s+well|also|then|now))*[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOnly();

    [GeneratedRegex(@"^\s*(?:who|what|when|which|why|how|has|have|had|did|does|do|was|were|is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAbout();

    /// <summary>The side named in "confirm the SLA for sales", "sign on behalf of marketing", "for the sales side"; null when none is.</summary>
    public static Function? SideNamed(string text)
    {
        var m = SidePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        return m.Groups["s"].Value.StartsWith("mark", StringComparison.OrdinalIgnoreCase) || m.Groups["s"].Value.StartsWith("mkt", StringComparison.OrdinalIgnoreCase)
            ? Function.Marketing
            : Function.Sales;
    }

    public static SlaDraft Parse(string text, Entities entities)
    {
        var hours = Hours(text);
        var hoursSpan = HoursPattern().Match(text);
        var leads = entities.NumberList.Where(n => !(hoursSpan.Success && n.Span.Start >= hoursSpan.Index && n.Span.Start < hoursSpan.Index + hoursSpan.Length))
            .Select(n => (int?)decimal.ToInt32(Math.Round(n.Value))).FirstOrDefault();
        var definition = DefinitionPattern().Match(text);
        return new SlaDraft(Guid.NewGuid(), leads, entities.Period, hours, definition.Success ? definition.Groups["d"].Value.Trim() : null);
    }

    /// <summary>"within 24 hours", "48h", "a 12-hour follow-up", "twelve hours", "one business day" (= 24 h), "2 days".</summary>
    public static decimal? Hours(string text)
    {
        var m = HoursPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1m,
            "two" => 2m,
            "three" => 3m,
            "four" => 4m,
            "six" => 6m,
            "eight" => 8m,
            "twelve" => 12m,
            var w when w.StartsWith("twenty", StringComparison.Ordinal) => 24m,
            var w when w.StartsWith("forty", StringComparison.Ordinal) => 48m,
            var digits => decimal.Parse(digits, CultureInfo.InvariantCulture),
        };
        // Days of any kind ("2 days", "one business day", "two working days") are 24 hours each.
        return m.Groups["unit"].Value.StartsWith('h') ? n : n * 24;
    }

    /// <summary>
    /// Any number the recognizers found ("sixteen", "thirty-six") with an hour or day word right after it ("sixteen hours",
    /// "thirty six hrs", "two working days"), else hours as <see cref="Hours(string)"/> reads them.
    /// </summary>
    public static decimal? Hours(string text, IReadOnlyList<Conversations.Understanding.NumberMention> numbers)
    {
        // The recognizers' numbers first: "thirty six hrs" is 36, where the short list alone would read "six hrs".
        foreach (var n in numbers)
        {
            if (n.Span.End <= text.Length && UnitAfter().Match(text, n.Span.End) is { Success: true } unit)
            {
                return unit.Groups["unit"].Value.StartsWith('h') ? n.Value : n.Value * 24;
            }
        }

        return Hours(text);
    }

    [GeneratedRegex(@"\G[\s-]*(?<unit>h\b|hrs?\b|hours?\b|business\s+days?\b|working\s+days?\b|days?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\b(propos\w*|new sla|new lead agreement|update the sla|change the sla|renegotiate|we need an sla|set up an sla|let'?s agree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Propose();

    [GeneratedRegex(@"\b(confirm\w*|agree|approve\w*|sign\w* off|accept|sign|signing|countersign\w*|ratify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirm();

    [GeneratedRegex(@"\b(?:for|on\s+behalf\s+of|as|from)\s+(?:the\s+)?(?<s>sales|marketing|mkt|mktg)\b(?:\s+(?:side|team))?|\b(?<s>sales|marketing)(?:'s|'|’s|’)?\s+(?:side|behalf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidePattern();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?|a|an|one|two|three|four|six|eight|twelve|twenty[\s-]?four|forty[\s-]?eight)[\s-]*(?<unit>h\b|hrs?\b|hours?\b|business\s+days?\b|working\s+days?\b|days?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"\b(?:an mql is|definition:|defined as)\s*(?<d>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionPattern();
}
