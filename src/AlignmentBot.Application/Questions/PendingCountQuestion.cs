using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "how many leads are sitting in the queue rn", "how many leads is my team sitting on without a decision?", "how big is the
/// lead backlog?": how many leads still wait for sales' verdict, answered with that count and nothing decided. Read from
/// small cues rather than whole phrasings: the form of a question, a count asked for (how many, how big or long, the number,
/// count or size of), leads named, and a word for still waiting (pending, undecided, in the queue or backlog, in limbo,
/// without a verdict, not yet decided or looked at, still to get to, outstanding). Not the inquiries marketing brought in
/// ("how many leads came in this week?", the metric look-up), not the review list asked for, not one lead's status.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind lead-pending-count).
/// </summary>
public static partial class PendingCountQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks how many leads still wait for a verdict.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        var asked = QuestionAnswers.IsQuestion(t) || QuestionAnswers.QuestionInside(t) is not null || CountOpens().IsMatch(t);
        // One lead named by its id ("is 1296 still pending?") is that lead's status.
        return asked && Count().IsMatch(t) && Leads().IsMatch(t) && (Waiting().IsMatch(t) || NotYet().IsMatch(t)) && !Dialogs.Leads.LeadParsing.IdMentioned().IsMatch(t);
    }

    [GeneratedRegex(@"^\W*(?:(?:what'?s|what\s+is)\s+the\s+)?(?:number|count|size)\s+of\b", Options)]
    private static partial Regex CountOpens();

    [GeneratedRegex(@"\bhow\s+(?:many|big|long|large)\b|\b(?:number|count|size|total)\s+of\b", Options)]
    private static partial Regex Count();

    [GeneratedRegex(@"\b(?:leads?|mqls)\b", Options)]
    private static partial Regex Leads();

    // Still waiting for sales: pending, undecided, in the queue, sitting on or with us, without a verdict, not yet decided,
    // still to get to, outstanding, untouched.
    [GeneratedRegex(@"\b(?:pending|waiting|undecided|queue[ds]?|backlog|limbo|stuck|outstanding|untouched|unreviewed|open|sitting\s+(?:on|with|there)|sat\s+on|(?:without|no)\s+(?:a\s+|any\s+)?(?:decision|verdict|call|answer)|still\s+(?:need|have\s+to|to\s+(?:get|go|look))|need\w*\s+(?:a\s+)?(?:verdict|call|decision)|nobody\s+(?:has|'s)|to\s+review|for\s+review)\b", Options)]
    private static partial Regex Waiting();

    // Not yet decided: "haven't we decided on", "has sales not looked at", "nobody has made a call on"; "n't" ends a word
    // ("haven't"), so it stands without a word boundary before it.
    [GeneratedRegex(@"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:decided|looked|made\s+a\s+(?:call|decision)|got(?:ten)?\s+to|touched|reviewed|picked\s+up|actioned)\b", Options)]
    private static partial Regex NotYet();
}
