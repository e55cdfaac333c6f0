using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Goals;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// Reads a change to an existing goal: "change the MQL target to 250", "move the MQL goal deadline to end of Q3",
/// "Priya owns the MQL goal now", "mark the follow-up goal as achieved", "close the acceptance goal as missed",
/// "archive the retention goal", "the close deals faster goal should end by June".
/// </summary>
public static partial class GoalEdits
{
    public static GoalEditDraft? Parse(string text, Entities e)
    {
        // "…, my goal" said last is who owns what was just described, not a reference to a goal that exists.
        if (NewGoal().IsMatch(text) || !Definite().IsMatch(OwnGoalTail().Replace(text, string.Empty)))
        {
            return null;
        }

        // "cycle target to 50 days": a goal named as a heading by its own words, when no metric is heard in them.
        var named = Named().Match(text) is { Success: true } m ? m.Groups["name"].Value.Trim()
            : e.MetricList.Count == 0 && HeadingName().Match(text) is { Success: true } h ? h.Groups["name"].Value.Trim() : null;
        var aboutAGoal = e.MetricList.Count > 0 && (GoalWord().IsMatch(text) || TargetWord().IsMatch(text)) || named is not null;
        if (!aboutAGoal)
        {
            return null;
        }

        var draft = new GoalEditDraft(text, string.Empty, e.MetricList, named);
        // "don't archive the retention goal yet": a close said not to be done is no change.
        if (Archive().Match(text) is { Success: true } archive)
        {
            if (NotToDo().IsMatch(text[..archive.Index]))
            {
                return null;
            }

            // "Drop" closes a goal nobody will pursue (asked why); "archive" just files it away.
            // "shelve it", "park it" file it away too, as the close reader says.
            var status = GoalClosing.Read(text)?.Status is "archived" || archive.Value.StartsWith("archiv", StringComparison.OrdinalIgnoreCase) ? "archived" : "dropped";
            return draft with { Kind = "status", Status = status, Reason = ReasonSaid(text) };
        }

        if (Close().IsMatch(text))
        {
            if (Achieved().IsMatch(text))
            {
                return draft with { Kind = "status", Status = "achieved", Reason = ReasonSaid(text) };
            }

            if (Missed().IsMatch(text))
            {
                return draft with { Kind = "status", Status = "missed", Reason = ReasonSaid(text) };
            }
        }

        // "set the mql goal at 250 and hand it to priya": a new number said with the handover is one change of both.
        var newNumber = EditVerb().IsMatch(text) ? e.Money?.Amount ?? e.Percent ?? GoalOpening.ShortHundreds(text) ?? e.Target : null;
        if (GoalWords.Owner(text) is { } owner && GoalWord().IsMatch(text) && (Now().IsMatch(text) || Handover().IsMatch(text)))
        {
            return newNumber is { } withOwner ? draft with { Kind = "target", Target = withOwner, OwnerSaid = owner } : draft with { Kind = "owner", OwnerSaid = owner };
        }

        // "Priya's taking over the MQL goal from Marco", "CPL goes to priya from monday": a handover said as news.
        if (HandoverNews.NewOwner(text) is { } handedTo)
        {
            return newNumber is { } withHandover ? draft with { Kind = "target", Target = withHandover, OwnerSaid = handedTo } : draft with { Kind = "owner", OwnerSaid = handedTo };
        }

        if (!EditVerb().IsMatch(text))
        {
            return null;
        }

        // "take the mql goal to 250 by end of q3 2027", "mqls goal to 260 and the deadline to end of 2027": a new number and a new
        // deadline in one breath are one change of both.
        var number = e.Money?.Amount ?? e.Percent ?? GoalOpening.ShortHundreds(text) ?? e.Target;
        if (e.Deadline is { } both && number is { } n2 && NumberThenDeadline().IsMatch(text))
        {
            return draft with { Kind = "target", Target = n2, Deadline = both, OwnerSaid = OwnerInPassing.Read(text) };
        }

        if (e.Deadline is { } deadline && (DeadlineWord().IsMatch(text) || e.Target is null && e.Money is null && e.Percent is null))
        {
            return draft with { Kind = "deadline", Deadline = deadline };
        }

        // "take the mql goal to two sixty, and Priya's running it from here": the short hundreds, and a new owner said in the same breath.
        return number is { } n ? draft with { Kind = "target", Target = n, OwnerSaid = OwnerInPassing.Read(text) } : null;
    }

    /// <summary>
    /// A goal closed in a sentence that <see cref="Parse"/> does not take for a change ("retention goal isn't worth chasing -
    /// can you shelve it?", "archvie the sales cycle goal pls", "we nailed follow-up, close it out"), read by
    /// <see cref="GoalClosing"/>, with the goal named by its metric or its words. The turn handler asks it only after the lead
    /// verdict readers had their say and found no verdict, and a message naming a lead's number is never a goal's close
    /// ("kill 1155, already in pipeline").
    /// </summary>
    public static GoalEditDraft? Closing(string text, Entities e)
    {
        if (NewGoal().IsMatch(text) || Leads.LeadParsing.BareId(text) is not null || GoalClosing.Read(text) is not { } close)
        {
            return null;
        }

        var named = Named().Match(text) is { Success: true } m ? m.Groups["name"].Value.Trim() : null;
        return e.MetricList.Count > 0 || named is not null
            ? new GoalEditDraft(text, "status", e.MetricList, named) with { Status = close.Status, Reason = close.Reason }
            : null;
    }

    /// <summary>
    /// The reason said with a close or a drop: what follows "because", "since", "due to", "reason:", or the rest after the first
    /// comma, semicolon, colon or dash ("drop the sales cycle goal, we're changing the pricing model"); null when none is.
    /// </summary>
    public static string? ReasonSaid(string text)
    {
        var m = ReasonPattern().Match(text);

        // "we nailed it, close it as achieved": a clause that is the closing command itself is not the reason; look after it.
        while (m.Success && Clauses().Split(m.Groups["r"].Value)[0] is var first && CommandClause().IsMatch(first.Trim()))
        {
            var next = m.Groups["r"].Index + first.Length;
            m = next < text.Length ? ReasonPattern().Match(text, next) : Match.Empty;
        }

        if (!m.Success)
        {
            return null;
        }

        var reason = m.Groups["r"].Value.Trim().TrimEnd('.', '!', ' ');
        reason = LeadingFiller().Replace(reason, string.Empty).Trim();
        return reason.Length < 4 || reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 && !reason.Any(char.IsLetter)
            || Politeness().IsMatch(reason) ? null : char.ToUpperInvariant(reason[0]) + reason[1..];
    }

    [GeneratedRegex(@"[,;–—-]\s*(?:(?:it'?s|that'?s|this\s+is)\s+)?my\s+(?:goal|one|target)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnGoalTail();

    [GeneratedRegex(@"(?:\b(?:because|since|due to|given that|reason(?: is)?:?|as we|as they|as the)\s+|[,;:]\s*|\s[-–—]\s*)(?<r>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonPattern();

    [GeneratedRegex(@"[,;:]|\s[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^(?:(?:so|and|then|ok|okay|please|pls|let'?s|can\s+you|could\s+you|go\s+ahead\s+and|i\s+want\s+to|we\s+should|you\s+can)\s+)*(?:close|mark|archive|drop|retire|shut|call|set|flag|record|move)\b(?:\s+\S+){0,5}\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandClause();

    [GeneratedRegex(@"^(?:because|since|due to|reason(?: is)?:?|the reason is|it's because|that's because|cause|cos|coz)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"^(please|thanks|thank you|pls|thx|ok|now|asap)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politeness();

    public static GoalStatus StatusOf(string status) => status switch
    {
        "achieved" => GoalStatus.Achieved,
        "missed" => GoalStatus.Missed,
        "dropped" => GoalStatus.Dropped,
        _ => GoalStatus.Archived,
    };

    [GeneratedRegex(@"\bthe\s+(?<name>(?:(?!goal\b)[\w'-]+\s+){1,5}?)goal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"\bgoals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalWord();

    [GeneratedRegex(@"^\W*(?<name>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:goal|target)\s*(?:(?:down|up)\s+)?(?:to|→|->)\s*[$€£]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"\b(?:a|an|new|another)\s+(?:[\w-]+\s+){0,2}goal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewGoal();

    // "the MQL goal", and a goal named as a heading before what to do with it ("sales cycle goal: make it 45 days", "cpl goal - change it to $75",
    // "mql goal to 255", "MQL target → 260", "sales cycle goal down to 45 days", "follow-up goal deadline to end of jan"; not "SQL goal:
    // 90 a month", which sets a new one).
    [GeneratedRegex(@"\b(?:the|our|my|this|that|his|her|their)\s+(?:[\w'-]+\s+){0,5}?(?:goal|target|deadline)\b|^\W*(?:[\w'-]+\s+){1,4}?(?:goal|target|deadline)s?\s*(?::|\s[-–—]|,|→|->|(?:(?:down|up)\s+)?to\s+(?:[$€£]?\d|(?:the\s+)?end\s+of\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(target|deadline|due date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetWord();

    [GeneratedRegex(@"\b(archive|archived|archiving|drop|dropped|dropping|retire|retiring|shelve|shelving|abandon|abandoning|scrap|scrapping|ditch|ditching|kill|killing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Archive();

    [GeneratedRegex(@"\b(mark|marking|close|closed|closing|set|call|calling|declare)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Close();

    [GeneratedRegex(@"\b(achieved|done|hit|met|reached|complete|completed|accomplished)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Achieved();

    [GeneratedRegex(@"\b(missed|failed|not met|not made|fell short|didn't hit|did not hit|didn't make|did not make)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Missed();

    [GeneratedRegex(@"\b(now|from now on|instead|going forward)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Now();

    [GeneratedRegex(@"\b(hand|give|assign|transfer|reassign)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handover();

    [GeneratedRegex(@"\b(change|chnage|cahnge|chane|raise|lower|move|set|update|bump|increase|decrease|reduce|cut|push|extend|pull|adjust|should\s+(?:end|be\s+due|finish|be)|make)\b|\b(?:take|bring|lift|boost|nudge|revise|tweak|shift|up|tighten|loosen|give)\b(?=.*\b(?:to|until|till)\b)|\b(?:goal|target|deadline)s?\s*(?:(?:(?:down|up)\s+)?to|→|->)\s*(?:[$€£]?\d|end\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditVerb();

    // A number said as the new value before a deadline: "to 250 by end of q3", "to 260 and the deadline to …".
    [GeneratedRegex(@"(?:\bto|\bat|→|->)\s*[$€£]?\d[\d,.]*\s*(?:k|%|percent|[a-z]+)?(?:\s+(?:a|per)\s+\w+)?\s+(?:by|until|before|and\s+(?:the\s+)?(?:deadline|due))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenDeadline();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|let'?s\s+not|no\s+need\s+to|not)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotToDo();

    [GeneratedRegex(@"\b(deadline|due|end|finish|by|until|to\s+end|date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineWord();
}
