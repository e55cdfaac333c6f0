using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// "can marketing do us a case study on Hooli Robotics? 5k budget, need it by EOQ", "… oh, and Sam wants a competitor
/// comparison sheet vs Globex, 600 bucks, by Friday. no idea how I'll fit it in", "Dana asked for a holiday customer gift
/// campaign, 3k, by Dec 14": a request in other words than "log a request". Read from two small parts rather than one
/// phrasing each: a clause that asks for a piece of work (a verb of wanting or of asking someone to make something, then a
/// thing: an article or a count and a word that is no number of the funnel), and a request's details anywhere in the
/// message (its cost, "no cost", or a day it is due). A clause that asks about something ("what did Sam ask for?", "did
/// marketing finish the battle card?") asks nothing of marketing, and wanting a number ("$1M of revenue", "200 MQLs a
/// month") is a goal. Docs: docs/scenarios.md, "Paraphrase tables" (request-in-words).
/// </summary>
public static partial class RequestInWords
{
    /// <summary>Whether <paramref name="text"/> hands marketing a piece of work, with its cost or its due day.</summary>
    public static bool Says(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 600 || !Detail().IsMatch(text))
        {
            return false;
        }

        foreach (var clause in ClauseBreak().Split(text))
        {
            var c = clause.Trim();
            if (c.Length == 0 || AsksAbout().IsMatch(c))
            {
                continue;
            }

            if ((Wanted().Match(c) is { Success: true } wanted && !IsANumber(c[(wanted.Index + wanted.Length)..]))
                || (MadeForUs().Match(c) is { Success: true } made && !IsANumber(c[(made.Index + made.Length)..]))
                || RequestFrom().IsMatch(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is wanted is a number of the funnel or money of a metric ("200 MQLs", "$1M of revenue", "a bigger budget"): a goal, not work.</summary>
    private static bool IsANumber(string rest) => NumberOfTheFunnel().IsMatch(rest);

    // Sentences, and "oh, and …", "anyway …" inside one: each says its own thing.
    [GeneratedRegex(@"(?<=[.!?;])\s+|\s+[-—–]\s+|,?\s+(?:oh,?\s+and|anyway|btw|also)\b[,:]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    // A clause that asks about something rather than for something: a question word or an auxiliary first ("did marketing …",
    // "what did Sam ask for"), not "can/could/would", which ask for something.
    [GeneratedRegex(@"^\W*(?:what|what's|whats|how|who|who's|when|where|why|which|did|does|do|is|are|was|were|has|have|had)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksAbout();

    // Wanting a thing: "wants a", "needs 3", "asked for a", "is asking for talk tracks", "would love a", "'d like a", "could use a".
    [GeneratedRegex(@"\b(?:wants|want|needs|need|asked\s+(?:us\s+)?for|asking\s+for|asks\s+for|requested|would\s+(?:love|like)|'d\s+(?:love|like)|could\s+(?:really\s+)?use)\s+(?:(?:a|an|some|new|more|~?\d[\d,]*)\b|(?=(?!(?:to|it|them|that|this|us|me|you|him|her)\b)[a-z]{3,}\s+[a-z]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wanted();

    // Asking someone to make a thing: "can marketing do us a …", "could you guys put together a …", "pls make us a …",
    // "can we get a …".
    [GeneratedRegex(@"(?:\b(?:can|could|would)\s+(?:\S+\s+){1,3}?|\b(?:pls|please|plz)\s+)(?:do|make|build|write|create|put\s+together|whip\s+up|design|produce|get|draft|shoot|film)\s+(?:(?:us|me|for\s+us|up)\s+)?(?:a|an|some|new)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MadeForUs();

    // "Request from Alex: …".
    [GeneratedRegex(@"\b[Rr]equest\s+from\s+[A-Z@]", RegexOptions.CultureInvariant)]
    private static partial Regex RequestFrom();

    // What follows the verb of wanting is a funnel number, money of a metric, a budget or a change of a number ("a 20% lift").
    [GeneratedRegex(@"^\s*%?\s*(?:[$€£]?\s?[\d.,]+\s?[kmb%]?\s+)?(?:(?:more|new|extra|additional|bigger|higher)\s+)?(?:of\s+)?(?:mqls?|sqls?|leads?|revenue|pipeline|bookings|arr|mrr|customers|deals|budget|quota|target|goal|number|rate|percent|headcount|hires?|lift|increase|growth|boost|bump|improvement|reduction|cut)\b|^\s*[$€£]\s?[\d.,]+\s?[kmb]?\s+(?:of|in|a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfTheFunnel();

    // A request's details: money ("$600", "5k", "three grand", "300 dollars", "budget 2k"), none ("no cost", "no spend",
    // "free"), or a day it is due ("by Friday", "due Dec 3", "by EOQ", "end of Q1", "before the QBR").
    [GeneratedRegex(@"[$€£]\s?\d|\b\d[\d.,]*\s?k\b|\b(?:grand|bucks|dollars|euros|pounds|quid|usd|eur|gbp)\b|\bno\s+(?:cost|spend|budget\s+needed)\b|\bfree\b|\b(?:by|due|before)\s+(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|next|tomorrow|tmrw|eod|eow|eom|eoq|qbr|\d)\w*|\b(?:eoq|eom|eow)\b|\bend\s+of\s+(?:q[1-4]|the\s+(?:quarter|month|year)|january|february|march|april|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Detail();
}
