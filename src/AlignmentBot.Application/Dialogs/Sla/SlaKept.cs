using System.Text.RegularExpressions;
using AlignmentBot.Application.Questions;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>
/// "r we actually calling mqls back inside the 24h or nah", "is sales sticking to the agreement", "sla compliance?":
/// whether the lead agreement is kept in practice, which the agreement card answers with this month's figures (MQLs
/// delivered, share followed up within the hours). <see cref="SlaLookup"/> leaves these out on purpose: they ask how it
/// goes, not what it says. Read from small cues: asked (a question), a word of keeping (following up, calling back,
/// meeting, sticking to, breaching, compliance, fast enough, within) and what is kept (the SLA or agreement, the hours,
/// the follow-up). Not the terms asked ("how fast do we have to call back?"), not a proposal, a signature or a change.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind sla-compliance).
/// </summary>
public static partial class SlaKept
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks if the lead agreement is being kept.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        return (QuestionAnswers.IsQuestion(t) || AfterFiller().IsMatch(t)) && Kept().IsMatch(t) && What().IsMatch(t)
               && !Terms().IsMatch(t) && !Goals().IsMatch(t) && !Change().IsMatch(t) && !SlaParsing.IsProposal(t);
    }

    // "quick q, are we honoring the SLA or are leads just sitting there": a question after a word of filler.
    [GeneratedRegex(@"^\W*(?:sorry|ok(?:ay)?|so|hey|hi|btw|honestly|seriously|genuinely|real\s+talk|quick\s+(?:q|one|question))\W+(?:are|is|r|do|does|did|have|has|how|how's|hows|what|what's|whats)\b", Options)]
    private static partial Regex AfterFiller();

    // Keeping it, in the words sales and marketing use.
    [GeneratedRegex(@"\b(?:follow(?:ing|ed)?[\s-]*up|followed|calling|called|call(?:ing)?\s+(?:\w+\s+)?back|get(?:ting)?\s+back|keep(?:ing)?\s+(?:to|up)|kept|meet(?:ing)?|met|hit(?:ting)?|stick(?:ing)?\s+to|stuck\s+to|honou?r\w*|breach\w*|break(?:ing)?|broken|complian\w*|comply\w*|liv(?:e|ing)\s+up|in\s+time|(?:fast|quick|soon)\s+enough|slow|doing\s+(?:against|on|with)|within|inside|compared\s+to|vs\.?|versus)(?:\b|$)", Options)]
    private static partial Regex Kept();

    // What is kept: the agreement, its hours, the follow-up.
    [GeneratedRegex(@"\b(?:slas?|agreement|deal|promised|agreed|rule|window|\d+\s*-?\s*(?:h|hrs?|hours?)|a\s+day|follow[\s-]*ups?|call\s*backs?|in\s+time|on\s+time|(?:fast|quick|soon)\s+enough)\b", Options)]
    private static partial Regex What();

    // "how fast do we have to call back MQLs under the deal?": the terms asked, which SlaLookup answers.
    [GeneratedRegex(@"\b(?:have\s+to|has\s+to|gotta|got\s+to|supposed\s+to|meant\s+to|need\s+to|should|say|says)\b", Options)]
    private static partial Regex Terms();

    // "how r we doing vs the targets we agreed": the goals agreed, which the scorecard answers.
    [GeneratedRegex(@"\b(?:targets?|goals?|kpis?|okrs?|scorecard|numbers)\b", Options)]
    private static partial Regex Goals();

    [GeneratedRegex(@"\b(?:sign|change|update|amend|renegotiate|bump|raise|lower|move|make\s+it|propos\w*|counter\w*|drop|scrap|cancel)\b", Options)]
    private static partial Regex Change();
}
