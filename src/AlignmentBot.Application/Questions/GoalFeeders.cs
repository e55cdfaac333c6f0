using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "what hangs off the revenue goal?", "which of our goals actually roll up into the revenue one?", "show me the sub-goals
/// of revenue pls": asking which goals sit under a goal, answered with the goal's line and the goals under it, each with
/// its pace; nothing changes. Read from small cues rather than whole phrasings: a word for one goal being under or feeding
/// another (feed, roll up, hang off, ladder up, sit under, break down, depend on, tied to, sub-goal), a goal or the number
/// it is about, and the form of a question or a look-up; not a command that puts a goal under another ("put the MQL goal
/// under revenue", "link the follow-up goal to revenue"), and not a number short of its target ("revenue is below target").
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind goal-feeders).
/// </summary>
public static partial class GoalFeeders
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks which goals sit under (feed) a goal.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        var asked = QuestionAnswers.IsQuestion(t) || QuestionAnswers.QuestionInside(t) is not null || AskWord().IsMatch(t);
        return asked && !Told().IsMatch(t) && !Shortfall().IsMatch(t) && Names(t) && GoalObject().IsMatch(t);
    }

    /// <summary>
    /// Whether <paramref name="text"/> says one goal is under or feeds another: enough, once a question is known to be
    /// about a goal, to add the goals under it to the answer.
    /// </summary>
    public static bool Names(string text) => Relation().IsMatch(text.Replace('’', '\''));

    // A goal put under another, or a denial: "put the MQL goal under revenue", "don't roll CPL into revenue".
    [GeneratedRegex(@"^\W*(?:put|make|move|set|link|nest|attach|add|connect|tie|roll|hang|don'?t|do\s+not|never|please|pls|let'?s)\b", Options)]
    private static partial Regex Told();

    // A number short of its goal is no goal under it: "revenue is below target", "we're under plan on revenue".
    [GeneratedRegex(@"\b(?:under|below|behind|short\s+of)\s+(?:the\s+|our\s+)?(?:target|plan|goal|pace|forecast|budget)\b", Options)]
    private static partial Regex Shortfall();

    // The question or look-up form when there is no question mark: "can you tell me which goals …", "show me the sub-goals".
    [GeneratedRegex(@"\b(?:which|what|whats|what's|wat|show|tell|list|remind)\b", Options)]
    private static partial Regex AskWord();

    // One goal under or feeding another, in the words people use for a goal tree.
    [GeneratedRegex(@"\b(?:feeds?|feeding|fed\s+by|roll(?:s|ing|ed)?\s+(?:up|into|under)|hang(?:s|ing)?\s+(?:off|under|below|from)|sit(?:s|ting)?\s+(?:under|beneath|below)|under(?:neath)?|beneath|below|contribut\w*|ladder(?:s|ing)?\s+(?:up|into|to)|child(?:ren)?|sub-?\s?goals?|break(?:s|ing)?\s+(?:down|out)|broken\s+(?:down|out)|split\w*\s+(?:into|up)|depend\w*\s+on|tied\s+to|linked\s+to|connected\s+to|support(?:s|ing)?|nested|drive|drives|driving|underpin\w*|make\s+up)\b", Options)]
    private static partial Regex Relation();

    // A goal, or the number a goal is about: "the revenue goal", "the revenue one", "revenue", "the MQL target".
    [GeneratedRegex(@"\b(?:goals?|targets?|objectives?|okrs?|kpis?|numbers?|revenue|arr|mrr|bookings|pipeline|mqls?|sqls?|cpl|cost\s+per\s+lead|retention)\b", Options)]
    private static partial Regex GoalObject();
}
