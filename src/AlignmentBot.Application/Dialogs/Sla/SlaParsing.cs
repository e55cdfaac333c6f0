using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Sla;

public static partial class SlaParsing
{
    public static bool IsProposal(string text) => Propose().IsMatch(text);

    /// <summary>"Confirm the SLA", "I'll sign it for marketing"; never a question about it ("who signed the SLA?", "has sales confirmed?").</summary>
    public static bool IsConfirmation(string text) => (Confirm().IsMatch(text) || SignsInWords(text)) && !IsProposal(text) && !AsksAbout().IsMatch(text);

    /// <summary>
    /// Signing the agreement in so many words ("sign it", "ok sign it for marketing too", "I'll countersign it for sales",
    /// "lock it in for sales"), as <see cref="SlaSigning"/>, the one reader of signing, reads it. It is pressing Confirm,
    /// whatever the model hears in "marketing" or "sales".
    /// </summary>
    public static bool SignsInWords(string text) => SlaSigning.Read(text) is not null;

    // "hmm what did we agree last time?", "wait, who signed it?": a question after a word of filler asks too.
    [GeneratedRegex(@"^\s*(?:(?:hmm+|um+|uh+|so|ok(?:ay)?|wait|sorry|hey|btw|and|oh|remind\s+me)\W+)*(?:who|what|when|which|why|how|has|have|had|did|does|do|was|were|is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
        // The terms are what follows the proposal word when numbers follow it: in "no way we can do 20h. counter: 260 MQLs
        // and 28 hours" or "we can't hit 230. counter: 210 MQLs a month" the numbers before it are the ones turned down.
        var from = TermsStart(text);
        var terms = text[from..];
        var hoursSpan = FollowUpTime.Span(terms);
        var hours = Hours(terms);
        var counts = entities.NumberList.Where(n => n.Span.Start >= from)
            .Where(n => !(hoursSpan.Length > 0 && n.Span.Start >= from + hoursSpan.Start && n.Span.Start < from + hoursSpan.Start + hoursSpan.Length))
            // "follow-up should be 12 hours not 24": the number turned down is no lead count.
            .Where(n => !Corrections.TurnedDown.IsTurnedDown(text, n.Span.Start))
            .ToList();
        // "… half the leads had no phone and two were students. can we make this official: marketing sends us 210 MQLs a
        // month …": in a long message, the number with the leads' word after it is the count, not the first number said.
        var leads = (counts.FirstOrDefault(n => n.Span.End <= text.Length && LeadsAfter().IsMatch(text, n.Span.End)) ?? counts.FirstOrDefault()) is { } count
            ? (int?)decimal.ToInt32(Math.Round(count.Value))
            : null;
        var definition = DefinitionPattern().Match(text);
        return new SlaDraft(Guid.NewGuid(), leads, entities.Period, hours, definition.Success ? definition.Groups["d"].Value.Trim() : null);
    }

    /// <summary>Where the terms start: after the last proposal word that has a number after it, else the whole text.</summary>
    private static int TermsStart(string text)
    {
        foreach (var m in Propose().Matches(text).Reverse())
        {
            var end = m.Index + m.Length;
            if (text.AsSpan(end).IndexOfAnyInRange('0', '9') >= 0 || FollowUpTime.Span(text[end..]).Length > 0)
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>
    /// New terms put on the table in so many words: a proposal or counter-proposal word, a number of leads and the hours
    /// ("no way we can do 20h. counter: 260 MQLs and 28 hours"), whatever the model hears in the numbers.
    /// </summary>
    public static bool ProposesTerms(string text, Entities entities)
        => IsProposal(text) && Hours(text) is { } hours && entities.NumberList.Any(n => n.Value != hours) && TermsWord().IsMatch(text);

    /// <summary>"sign it for both sides", "for marketing and sales": one person asking to sign for both, which nobody may.</summary>
    public static bool NamesBothSides(string text) => BothSides().IsMatch(text);

    /// <summary>
    /// "within 24 hours", "48h", "a 12-hour follow-up", "eighteen hours", "one business day" (= 24 h), "a day and a half":
    /// the follow-up time as <see cref="FollowUpTime"/>, the one reader of durations, reads it.
    /// </summary>
    public static decimal? Hours(string text) => FollowUpTime.Hours(text);

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
                return unit.Groups["unit"].Value.StartsWith('h') ? n.Value : unit.Groups["unit"].Value.StartsWith('m') ? Math.Round(n.Value / 60m, 2) : n.Value * 24;
            }
        }

        return Hours(text);
    }

    // "210 MQLs", "210 qualified leads", "210 new leads": a count of leads right after the number.
    [GeneratedRegex(@"\G\s*(?:(?:new|qualified|marketing[\s-]qualified|good|real)\s+)?(?:mqls?|leads?|sqls?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadsAfter();

    [GeneratedRegex(@"\G[\s-]*(?<unit>h\b|hrs?\b|hours?\b|business\s+days?\b|working\s+days?\b|days?\b|mins?\b|minutes?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    // "we can do 230 with the same 24h follow-up", "we could manage 240 if we get 36 hours": what one side can do, said
    // with the numbers, is a counter-proposal; ProposesTerms still needs the hours and a number of leads with it.
    [GeneratedRegex(@"\b(propos\w*|counter(?:[\s-]?offer)?\b|(?:want|put|get|have)\s+(?:it|this|that)\s+in\s+writing|formali[sz]e\s+(?:it|this|that)|(?:re-?do|rework|redraft|rewrite|redo)\s+(?:the\s+|our\s+)?(?:sla|lead\s+agreement|agreement)|new sla|new lead agreement|update the sla|change the sla|renegotiate|we need an sla|set up an sla|let'?s agree|(?:we|my\s+team|the\s+team|sales)\s+(?:can|could|would|'d|will|'ll)\s+(?:only\s+|probably\s+|realistically\s+)?(?:do|manage|handle|take|commit\s+to|live\s+with|work|cover|sign\s+up\s+(?:to|for))(?=\s+(?:about\s+|around\s+|maybe\s+)?\d))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Propose();

    [GeneratedRegex(@"\b(confirm\w*|agree|approve\w*|sign\w* off|accept|sign|signing|countersign\w*|ratify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirm();

    [GeneratedRegex(@"\b(?:for|on\s+behalf\s+of|as|from)\s+(?:the\s+)?(?<s>sales|marketing|mkt|mktg)\b(?:\s+(?:side|team))?|\b(?<s>sales|marketing)(?:'s|'|’s|’)?\s+(?:side|behalf)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidePattern();

    // "… and we get to every one within 16 hours": each lead reached, in the words of the side that reaches them.
    [GeneratedRegex(@"\b(?:mqls?|leads?|sla|follow[\s-]?ups?|follows?\s+up|calls?\s+back|(?:get|gets|getting)\s+(?:back\s+)?to\s+(?:every|each)\s+(?:one|single\s+one|lead))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermsWord();

    [GeneratedRegex(@"\bboth\s+(?:sides|of\s+(?:them|us)|teams)\b|\b(?:for|on\s+behalf\s+of)\s+(?:both\s+)?(?:marketing\s+(?:and|&|\+)\s+sales|sales\s+(?:and|&|\+)\s+marketing)\b|\b(?:for|on)\s+both\b|\beach\s+side\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothSides();

    [GeneratedRegex(@"\b(?:an mql is|definition:|defined as)\s*(?<d>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionPattern();
}
