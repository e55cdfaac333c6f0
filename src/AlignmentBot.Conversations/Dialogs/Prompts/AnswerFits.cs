using System.Text.RegularExpressions;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>
/// How well free text answers a question that expects one kind of answer (<see cref="AnswerKind"/>), from the shared
/// entity reader: a number where a number is asked, a day where a day is, a short name where someone is.
/// </summary>
public static partial class AnswerFits
{
    /// <summary>An answer of up to this many words that the question can use is the answer; a longer one may be about something else.</summary>
    public const int ShortAnswerWords = 5;

    /// <summary>A choice picked in up to this many words ("the MQL one", "the second one") is picked; more may be about something else.</summary>
    public const int ShortChoiceWords = 3;

    public static AnswerFit Of(AnswerKind kind, string answer, DialogTurn turn)
    {
        switch (kind)
        {
            case AnswerKind.Number:
                var numbers = turn.Entities.Read(answer, turn.Today);
                return numbers.Target is not null || numbers.Percent is not null || numbers.AmountList.Count > 0 || numbers.NumberList.Count > 0 ? Usable(answer) : AnswerFit.None;
            case AnswerKind.Date:
                return turn.Entities.Read(answer, turn.Today).Deadline is not null ? Usable(answer) : AnswerFit.None;
            case AnswerKind.Person:
                // The owner question's own reader says "X doesn't look like a name" to anything else.
                return LooksLikeSomeone(answer) ? AnswerFit.Strong : AnswerFit.None;
            default:
                // A reason or a title can be any words: the dialog that asks may know better (a named reason).
                return AnswerFit.Weak;
        }
    }

    /// <summary>
    /// How well an answer the question can use fits: strong when it is short ("end of June", "is 95 ok?"), weak when the
    /// usable part sits in a longer message ("oh btw MQLs this week: 44" holds "MQLs" and 44, and is a check-in).
    /// </summary>
    public static AnswerFit Usable(string answer)
        => answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortAnswerWords ? AnswerFit.Strong : AnswerFit.Weak;

    /// <summary>
    /// "me", "Priya", "maybe Priya?", "@Sam Okafor": a few words that name someone, not a question or a command
    /// ("who owns CPL?", "show me the SLA"), which can hold a name or "me" without being an answer.
    /// </summary>
    public static bool LooksLikeSomeone(string answer)
    {
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return answer.Contains("<@", StringComparison.Ordinal) || (words.Length is > 0 and <= 3 && !NotAName().IsMatch(answer));
    }

    /// <summary>"maybe Priya?" and "ok Priya then" are "Priya"; "how about 95 a month?" is "95 a month"; anything else is left as it is.</summary>
    public static string WithoutHedge(string answer)
    {
        var bare = Hedge().Replace(answer.Trim(), string.Empty).Trim().TrimEnd('?').Trim();
        return bare.Length > 0 ? bare : answer;
    }

    [GeneratedRegex(@"^(?:(?:maybe|perhaps|probably|prob|i\s+guess|i\s+think|i'?d\s+say|how\s+about|what\s+about|let'?s\s+say|say|hmm+|um+|erm*|ok|okay|fine|alright|all\s+right|well|sure|so|in\s+that\s+case)[,.]?\s+)+|(?:,?\s+(?:maybe|perhaps|probably|i\s+guess|i\s+think|then|ok|okay)\s*)+(?=\??$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^\W*(?:what|what's|whats|who|who's|whos|how|how's|when|where|why|which|is|are|can|could|do|does|did|show|list|give|tell|send|open|help|cancel|status|scorecard|accept|reject)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
