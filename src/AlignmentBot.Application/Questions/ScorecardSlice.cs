using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>The part of the scorecard a question asks for.</summary>
public enum ScorecardPart
{
    /// <summary>"which of our goals are in the red?", "anything slipping?": the goals behind, with who owns them.</summary>
    Behind,

    /// <summary>"what's missing fresh numbers?", "is the retention number even current?": the numbers nobody has reported lately, and how old they are.</summary>
    Stale,

    /// <summary>"what does 'at risk' mean on the scorecard?", "what counts as on track?": what a pace word means.</summary>
    Meaning,

    /// <summary>"how are my goals doing?", "what am I on the hook for?": the goals the person asking owns.</summary>
    Mine,
}

/// <summary>
/// "which of our goals are in the red right now?", "whats stale?", "wait, is the retention number even current?": a
/// question about one part of the scorecard. The whole scorecard answers neither well (it names no owner, and says how old
/// a number is only on its card), so the part is answered on its own. Read from small cues, not phrasings: the message
/// asks (a question, or "just the ones …", "list …"), is no "don't …", and carries a cue of staleness (no data, not
/// updated, out of date, is it current) or, with a word that picks some out ("which", "what", "any", "ones"), of being
/// behind (in the red, off track, slipping, worst, not going to hit). Staleness is read first: "what are we missing data
/// for" is about the data, "which targets are we missing" about the goals. Asking changes nothing.
/// </summary>
public static partial class ScorecardSlice
{
    public static ScorecardPart? Read(string text)
    {
        var t = text.Trim();
        // "which of their accounts are we missing?": accounts missed are the overlap's answer, not goals behind.
        if (t.Length == 0 || Negated().IsMatch(t) || Accounts().IsMatch(t) || !(QuestionAnswers.IsQuestion(t) || Asks().IsMatch(t)))
        {
            return null;
        }

        if (Mine().IsMatch(t))
        {
            return ScorecardPart.Mine;
        }

        // "what does 'at risk' mean on the scorecard?": a pace word's meaning, not the goals at risk.
        if (PaceWord().IsMatch(t) && Meaning().IsMatch(t))
        {
            return ScorecardPart.Meaning;
        }

        if (StaleCue().IsMatch(t) || IsItCurrent().IsMatch(t))
        {
            return ScorecardPart.Stale;
        }

        // The cue and the word that picks some out belong to one sentence: "…still missing half the slides… what was the
        // target on the sales cycle again?" asks about one goal, not the ones behind.
        return Sentence().Split(t).Any(s => BehindCue().IsMatch(s) && Picker().IsMatch(s)) ? ScorecardPart.Behind : null;
    }

    // "just the ones off track pls", "list the red ones", "show me what's stale", "and which ones havent been touched" (a
    // question without its mark after a connective); a clause that asks after a story ("…board
    // on thurs, which of our numbers are off track").
    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|and|so|wait|hey|quick\s+one|quick\s+q)\W+)*(?:just|only|list|show|give|tell)\b|^\W*(?:(?:ok(?:ay)?|and|so|wait|hey)\W+)+(?:which|what(?:'s|s)?|any)\b|[,.;:!–—-]\s+(?:so\s+|and\s+)?(?:which|what(?:'s|s)?|where|any)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asks();

    // "how are my goals doing?", "show me my goals", "which goals do I own?", "what am I on the hook for?".
    [GeneratedRegex(@"\bhow\s+(?:are|r|is)\s+my\s+(?:goals?|targets?|numbers)\b|\bmy\s+(?:goals?|targets?)\b[^.?!]{0,25}\b(?:doing|going|looking|tracking)\b|\b(?:show|list|give)\s+(?:me\s+)?(?:all\s+)?my\s+(?:goals?|targets?)\b|\b(?:what|which)\s+(?:goals?\s+)?(?:do\s+)?i\s+own\b|\bwhat\s+am\s+i\s+(?:on\s+the\s+hook|responsible|accountable)\s+for\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mine();

    [GeneratedRegex(@"\b(?:at[\s-]risk|on[\s-]track|off[\s-]track|stale|pace|no\s+data)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaceWord();

    // "what does … mean", "what counts as …", "how do you decide …", "what's the difference between …".
    [GeneratedRegex(@"\b(?:mean|means|meaning|counts?\s+as|definition|defin(?:e|ed)|how\s+(?:do|does)\s+(?:you|it|the\s+bot)\s+(?:decide|work\s+out|judge|calculate)|difference\s+between|explain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meaning();

    // "don't worry about the stale ones": an instruction, not a question, though it starts like one.
    [GeneratedRegex(@"^\W*(?:don'?t|do\s+not|never|no\s+need)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:accounts?|accts?|companies|logos|target\s+list)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accounts();

    [GeneratedRegex(@"\b(?:stale|out[\s-]of[\s-]date|outdated|up[\s-]to[\s-]date|no\s+(?:fresh\s+|recent\s+|new\s+)?(?:data|numbers|figures|updates|check[\s-]?ins)|missing\s+(?:fresh\s+|recent\s+|new\s+)?(?:data|numbers|figures)|fresh\s+(?:data|numbers|figures)|old\s+(?:data|numbers|figures)|(?:are|is)\s+(?:\w+\s+)?old\b|last\s+(?:updated|reported|refreshed|checked\s+in)|(?:updated|refreshed|reported)\b[^?.!]{0,30}\b(?:recently|lately|in\s+a\s+while)|(?:haven'?t|hasn'?t|havent|hasnt|not)\s+(?:been\s+)?(?:updated|refreshed|reported|touched)|(?:haven'?t|hasn'?t|havent|hasnt|not)\s+(?:had|got(?:ten)?)\s+(?:a\s+|any\s+)?(?:check[\s-]?ins?|numbers|data|updates?)|how\s+(?:fresh|old|recent)\b|\bwhen\s+(?:did|was|were)\s+(?:we|you|it|the\s+\w+)\s+last\s+(?:get|got|have|had|see|saw|receive|received|report|reported|update|updated|checked\s+in|check\s+in))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaleCue();

    // "is the retention number even current?", "is our MQL data current or is it old?".
    [GeneratedRegex(@"\b(?:is|are|r)\s+(?:the|our|my|that|this|those|these)?\s*[\w\s-]{0,30}?\b(?:even\s+|still\s+|actually\s+)?current\b(?!\s+(?:target|goal|number|figure|value|rate)s?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsItCurrent();

    // "what's behind the drop?" asks a cause, so "behind" followed by the/this/that/it is no cue.
    // "what's red on our goals?", "anything gone red?": red said of the goals, not only "in the red".
    [GeneratedRegex(@"(?:\bwhat(?:'s|’s|s)|\b(?:is|are|anything|goals?|ones?|numbers?)|\bturn(?:ed|ing)?|\bgo(?:ne|ing)?)\s+red\b|\b(?:in\s+the\s+red|red\s+(?:ones?|flags?|goals?)|off[\s-]?track|behind(?!\s+(?:the|this|that|it)\b)|at\s+risk|slipping|lagging|trailing|falling\s+short|under[\s-]?perform\w*|in\s+trouble|struggling|needs?\s+(?:attention|work|help)|worst(?!\s+(?:\w+\s+)?(?:months?|weeks?|quarters?|days?|years?|periods?)\b)|(?:not|n't|never)\s+(?:gonna|going\s+to|gunna|gona)\s+(?:hit|make|reach)|missing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BehindCue();

    // A word that picks some goals out of all of them.
    [GeneratedRegex(@"\b(?:which|what|what's|whats|where|any|anything|anyone|ones?|list|who)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Picker();
}
