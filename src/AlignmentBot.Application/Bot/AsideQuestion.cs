using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// "hold on, how many SQLs are we doing a month at the moment?", "one sec, how's the scorecard looking?", "hang on, pull up
/// the current SLA for me": typed while a dialog waits for an owner, a deadline, the follow-up hours or Confirm, a look-up
/// on the side, about the business rather than the draft. Read from small cues, without the words that announce a side
/// trip: a question or a verb of looking (show, pull up, check), about something the bot can tell (a number, from the
/// metric model; the scorecard; the lead agreement; the overlap with sales' accounts), and no words that change the draft
/// ("can we make it 300?", "should it be SQLs instead?") nor a figure, which is the draft's. Docs: docs/scenarios.md, "Paraphrase tables" (aside-at-question).
/// </summary>
public static partial class AsideQuestion
{
    /// <summary>True when <paramref name="text"/> asks on the side; <paramref name="metric"/> is what the metric model read in it.</summary>
    public static bool Asks(string text, string? metric)
    {
        var said = Questions.RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text.Trim()));
        // A figure said ("are 250 MQLs enough?") is about the draft's figure; "Q3" or "rn" are not figures.
        if (said.Length == 0 || DraftChange().IsMatch(said) || Figure().IsMatch(said))
        {
            return false;
        }

        // "hold up what are MQLs at this week": a question word a few words in, after a hesitation with no comma, asks too.
        var asks = Questions.QuestionAnswers.IsQuestion(said) || Look().IsMatch(said) || LateQuestionWord().IsMatch(said);
        return asks && (metric is not null || Business().IsMatch(said));
    }

    // "pull up the current SLA", "show me the scorecard", "lemme check": asking to look at something, said plainly.
    [GeneratedRegex(@"\b(?:show|pull(?:\s+up)?|bring\s+up|check|see|look\s+at|remind\s+me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Look();

    // What the bot can tell apart from a number: every number at once, the agreement with sales, the accounts both teams work.
    [GeneratedRegex(@"\b(?:scorecard|sla|agreement|agreed|same\s+accounts|overlap\w*|pipeline|win\s+rate|deal\s+size)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Business();

    // "can we make it 300?", "should it be SQLs instead?", "what if we said 250": about the draft in hand.
    [GeneratedRegex(@"\b(?:make\s+it|instead|should\s+it\s+be|what\s+if\s+we|what\s+about|how\s+about|change\s+it|rather)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DraftChange();

    [GeneratedRegex(@"^(?:\W*[\w']+){0,3}?\W+(?:what|what's|whats|where|where's|how|how's|who|who's|when|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LateQuestionWord();

    [GeneratedRegex(@"(?<![\w.])\$?\d", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
