using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "why do you guys in sales keep binning our leads lately?", "has sales been chucking back a lot of our leads? what's the
/// main complaint": asking why (or whether) sales turns marketing's leads down, answered with the top rejection reasons
/// and nothing decided. Read from small cues rather than whole phrasings: the form of a question, a word for turning
/// leads down (the verdict verbs in any tense, and slang said of many leads: binning, chucking back, bouncing, tossing),
/// and leads in the plural or the reasons asked for. Not a count ("how many leads did sales reject?", the leads summary),
/// not one lead's history ("why did we bin Globex?", <see cref="Dialogs.Leads.LeadHistory"/>), not a verdict said as a
/// command. Docs: docs/scenarios.md, "Paraphrase tables" (kind rejection-why).
/// </summary>
public static partial class RejectionQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks why or whether sales keeps rejecting marketing's leads.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        // "sales keeps kicking back our leads — why?": a question asked last counts, and so does one inside a longer message.
        // "honestly why does sales keep bouncing our leads back?? what's the usual excuse", "can you tell me why sales is
        // rejecting our leads": asking why is a question wherever the why stands and whatever the punctuation.
        var asked = QuestionAnswers.IsQuestion(t) || QuestionAnswers.QuestionInside(t) is not null || Why().IsMatch(t);
        // One lead named by its id ("why did Sam reject DEMO-1167?") is that lead's history.
        if (!asked || Told().IsMatch(t) || Count().IsMatch(t) || Dialogs.Leads.LeadParsing.IdMentioned().IsMatch(t))
        {
            return false;
        }

        return TurnedDown().IsMatch(t) && (Many().IsMatch(t) || Reasons().IsMatch(t));
    }

    // A verdict or a denial said as a command: "don't reject that lead", "reject 1087, wrong fit".
    [GeneratedRegex(@"^\W*(?:don'?t|do\s+not|never|pls|please|reject|accept|bin|trash|kill|knock)\b", Options)]
    private static partial Regex Told();

    [GeneratedRegex(@"\bhow\s+(?:many|much)\b|\b(?:number|count)\s+of\b", Options)]
    private static partial Regex Count();

    // Turning leads down, in the verdict's own verbs and in the slang said of many leads at once; "what's wrong with the
    // leads we send", "sales hates our leads", a complaint about them.
    [GeneratedRegex(@"\b(?:reject\w*|disqualif\w*|declin(?:e|es|ed)|bin|bins|binn\w*|trash\w*|toss\w*|dump\w*|ditch\w*|bounc\w*|(?:chuck|kick|throw|send)\w*\s+(?:\w+\s+){0,6}?back|thrown\s+back|sent\s+back|turn\w*\s+down|turn\w*\s+(?:\w+\s+){0,3}?away|say\w*\s+no\s+to|hat(?:e|es|ing)|complain\w*\s+(?:about|with|on)\s+(?:our\s+|the\s+|their\s+)?(?:leads|mqls)|wrong\s+with|knock\w*\s+(?:\w+\s+){0,3}?back|shot\s+down|shoot\w*\s+(?:\w+\s+){0,3}?down|pass\w*\s+(?:on|over)|(?:not|n't)\s+tak\w+|won'?t\s+take|(?:beef|problem|issue|gripe)s?\s+with)\b", Options)]
    private static partial Regex TurnedDown();

    // Leads in the plural, or all that marketing sends: "our leads", "our MQLs", "everything we send". A trend
    // ("why are MQLs declining?") is no verdict, so the verbs above are the verdict's, not a falling number's.
    [GeneratedRegex(@"\b(?:leads|mqls|sqls|every\s+lead|everything\s+(?:we|marketing)\s+sends?\b)", Options)]
    private static partial Regex Many();

    // The reasons asked for: "the top reasons", "the main complaint", "the most common reason".
    [GeneratedRegex(@"\b(?:reasons?|complaints?|complain\w*|excuses?|pattern)\b", Options)]
    private static partial Regex Reasons();

    // Why asked anywhere in the message: "why", "how come", "what's behind", "what's the usual excuse"; not "that's why",
    // which tells a reason.
    [GeneratedRegex(@"(?<!(?:that'?s|this\s+is|which\s+is|thats)\s+)\b(?:why|how\s+come|what'?s\s+behind)\b|\bwhat'?s\s+the\s+(?:\w+\s+){0,2}?(?:reasons?|excuses?|complaints?)\b", Options)]
    private static partial Regex Why();
}
