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
        e = WithShortYears(text, e);

        // "…, my goal" said last is who owns what was just described, not a reference to a goal that exists.
        // "can we tighten speed to lead to 18 hours?": a change asked for, the goal named by its number and the new value said.
        var askedByMetric = GoalChangeAsk.AsksByMetric(text, e);
        // "knock $5 off the CPL", "add 10 to the MQL goal": a change by an amount names a goal that exists by "the" and its metric.
        var by = TargetBy(text);
        var byOntoTheMetric = by is not null && e.MetricList.Count > 0 && (OntoThe().IsMatch(text) || PlusAfterGoal().IsMatch(text));
        if (NewGoal().IsMatch(text) || !askedByMetric && !byOntoTheMetric && !Definite().IsMatch(OwnGoalTail().Replace(text, string.Empty)))
        {
            return null;
        }

        // "cycle target to 50 days": a goal named as a heading by its own words, when no metric is heard in them.
        var named = Named().Match(text) is { Success: true } m ? m.Groups["name"].Value.Trim()
            : e.MetricList.Count == 0 && HeadingName().Match(text) is { Success: true } h ? h.Groups["name"].Value.Trim() : null;
        var aboutAGoal = e.MetricList.Count > 0 && (GoalWord().IsMatch(text) || TargetWord().IsMatch(text) || askedByMetric || byOntoTheMetric) || named is not null;
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

        // A change said in few words has a verb of changing or a cue that the goal is now otherwise ("cpl goal should be 75 now",
        // "acceptance target ought to be 85% going forward", "retention goal: end of march '28, and 94% instead"); without one,
        // "SQL goal: 90 a month" sets a new goal.
        // A change asked for by the goal's number ("can we shorten the sales cycle to 40 days?") was read with its own verb.
        var cue = EditVerb().IsMatch(text) || ChangeCue().IsMatch(text) || askedByMetric;


        // "give the follow-up goal another six months": a length of time the deadline gets is a change said on its own.
        cue = cue || ShiftMonths(text) is not null;

        // "set the mql goal at 250 and hand it to priya": a new number said with the handover is one change of both.
        var newNumber = cue ? e.Money?.Amount ?? e.Percent ?? GoalOpening.ShortHundreds(text) ?? e.Target : null;

        // "bump the MQL goal up by 20", "raise the revenue goal by 10%", "knock $5 off the CPL target": the target moved by an
        // amount from the one the goal has (worked out when the goal is found), never a target of 20, 10 or 5; a day said as the
        // new one and an owner said in the same breath go with it.
        if (by is { } relative)
        {
            return draft with
            {
                Kind = "target", TargetBy = relative.Amount, TargetByPercent = relative.Percent, Deadline = LastDeadline(text, e),
                OwnerSaid = OwnerOfGoal().Match(text) is { Success: true } named2 && OwnerInPassing.CouldBeName(named2.Groups["name"].Value) ? named2.Groups["name"].Value : OwnerInPassing.Read(text),
            };
        }

        // "owner of the acceptance goal should be sam now", "follow-up goal belongs to alex now": the owner said after the goal.
        if (OwnerOfGoal().Match(text) is { Success: true } of && OwnerInPassing.CouldBeName(of.Groups["name"].Value))
        {
            var ownerSaid = of.Groups["name"].Value;
            return newNumber is { } withNamed ? draft with { Kind = "target", Target = withNamed, OwnerSaid = ownerSaid } : draft with { Kind = "owner", OwnerSaid = ownerSaid };
        }

        if (GoalWords.Owner(text) is { } owner && GoalWord().IsMatch(text) && (Now().IsMatch(text) || Handover().IsMatch(text)))
        {
            return newNumber is { } withOwner ? draft with { Kind = "target", Target = withOwner, OwnerSaid = owner } : draft with { Kind = "owner", OwnerSaid = owner };
        }

        // "Priya's taking over the MQL goal from Marco", "CPL goes to priya from monday": a handover said as news.
        if (HandoverNews.NewOwner(text) is { } handedTo)
        {
            return newNumber is { } withHandover ? draft with { Kind = "target", Target = withHandover, OwnerSaid = handedTo } : draft with { Kind = "owner", OwnerSaid = handedTo };
        }

        if (!cue)
        {
            return null;
        }

        // "take the mql goal to 250 by end of q3 2027", "mqls goal to 260 and the deadline to end of 2027", "move the mql deadline
        // to end of june 2027 and make it 250", "mql goal: 260 a month, and give it till end of Q3 2027": a new number and a new
        // deadline in one breath are one change of both, whatever their order; a length of time ("back 2 months") is no target.
        // The day said last wins ("until mid 2028, say end of june '28"), unless it is what the change is not ("not march").
        var number = e.Money?.Amount ?? e.Percent ?? GoalOpening.ShortHundreds(text) ?? e.Target;
        var lastDay = LastDeadline(text, e) ?? e.Deadline;
        if (lastDay is { } both && number is { } n2 && (NumberThenDeadline().IsMatch(text) || SaidAsTarget(text, e)))
        {
            return draft with { Kind = "target", Target = n2, Deadline = both, OwnerSaid = OwnerInPassing.Read(text) };
        }

        if (lastDay is { } deadline && (DeadlineWord().IsMatch(text) || e.Target is null && e.Money is null && e.Percent is null))
        {
            return draft with { Kind = "deadline", Deadline = deadline };
        }

        // "push the mql goal back a month", "give the cpl goal another quarter": the deadline moved by a length of time.
        if (ShiftMonths(text) is { } shift)
        {
            return draft with { Kind = "deadline", ShiftMonths = shift };
        }

        // "take the mql goal to two sixty, and Priya's running it from here": the short hundreds, and a new owner said in the same breath.
        if (number is { } n)
        {
            return draft with { Kind = "target", Target = n, OwnerSaid = OwnerInPassing.Read(text) };
        }

        // "make priya the owner of the cpl goal": an owner said in passing, with a word of owning.
        return OwnerWord().IsMatch(text) && OwnerInPassing.Read(text) is { } passing && passing != GoalWords.Me ? draft with { Kind = "owner", OwnerSaid = passing } : null;
    }

    /// <summary>
    /// <paramref name="e"/> with a year said short after a day ("end of june '28", "december '27") read as that year, and the
    /// two digits no longer a number of their own.
    /// </summary>
    private static Entities WithShortYears(string text, Entities e)
    {
        if (!ShortYear().IsMatch(text))
        {
            return e;
        }

        var dates = new List<DateMention>();
        var years = new List<TextSpan>();
        foreach (var day in e.DateList)
        {
            var end = Math.Clamp(day.Span.End, 0, text.Length);
            if (day.Deadline is { } d && ShortYearAfter().Match(text[end..]) is { Success: true } y)
            {
                var year = 2000 + int.Parse(y.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var lastDay = DateTime.DaysInMonth(year, d.Month);
                var moved = new DateOnly(year, d.Month, d.Day == DateTime.DaysInMonth(d.Year, d.Month) ? lastDay : Math.Min(d.Day, lastDay));
                dates.Add(day with { Deadline = moved });
                years.Add(new TextSpan(end + y.Groups["y"].Index, 2));
            }
            else
            {
                dates.Add(day);
            }
        }

        if (years.Count == 0)
        {
            return e;
        }

        var numbers = e.NumberList.Where(n => !years.Any(s => s.Overlaps(n.Span))).ToArray();
        var target = e.Target is { } t && !numbers.Any(n => n.Value == t) ? null : e.Target;
        var deadline = e.Deadline;
        for (var i = 0; i < e.DateList.Count; i++)
        {
            if (e.DateList[i].Deadline == e.Deadline)
            {
                deadline = dates[i].Deadline;
                break;
            }
        }

        return e with { Dates = dates, Numbers = numbers, Target = target, Deadline = deadline };
    }

    /// <summary>
    /// How many months a message moves a deadline by, when it moves it by a length of time rather than to a day: "push the
    /// deadline back a month" (1), "give it another quarter" (3), "an extra two months" (2), "extend it by a year" (12), "pull it
    /// in by a month" (-1). Null when no such length is said, or a week (a goal's deadline is a month's or a quarter's end).
    /// </summary>
    public static int? ShiftMonths(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Shift().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var count = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" or "another" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "nine" => 9,
            "twelve" => 12,
            var digits when int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 24 => n,
            _ => 0,
        };
        var months = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith('q') => 3 * count,
            var u when u.StartsWith('y') => 12 * count,
            _ => count,
        };
        return months == 0 ? null : Earlier().IsMatch(text) ? -months : months;
    }

    /// <summary>
    /// How much a message moves a goal's target by, when it moves it by an amount rather than to a value: "bump the MQL goal up by
    /// 20" (+20), "raise the revenue goal by 10%" (+10%), "add 10 to the MQL goal" (+10), "knock $5 off the CPL target" (-5),
    /// "lower the cpl goal by 10%" (-10%), "mql goal +25" (+25). Null when none is said, or when the message asks about what
    /// happened ("is the MQL goal up by 10 on last quarter?", "how much did we raise it by?") or counts weeks and months
    /// ("push it back by 2 months", a deadline's shift).
    /// </summary>
    public static (decimal Amount, bool Percent)? TargetBy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || AsksWhatHappened().IsMatch(text))
        {
            return null;
        }

        foreach (Match m in By().Matches(text))
        {
            if (Amount(m.Groups["n"].Value) is not { } amount || Duration().IsMatch(text[(m.Groups["n"].Index + m.Groups["n"].Length)..]))
            {
                continue;
            }

            var percent = m.Groups["pct"].Success;
            var down = m.Groups["down"].Success || DownWord().IsMatch(m.Value);
            return (down ? -amount : amount, percent);
        }

        return null;
    }

    /// <summary>A figure said in digits ("20", "$5", "7.5", "5k") or a word ("six", "fifty"); null otherwise.</summary>
    private static decimal? Amount(string said)
    {
        var s = said.Trim().TrimStart('$', '€', '£').Replace(",", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var thousands = s.EndsWith('k');
        s = s.TrimEnd('k').Trim();
        decimal? value = decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d
            : s switch
            {
                "one" or "a" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
                "ten" => 10, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "twenty-five" or "twenty five" => 25, "thirty" => 30,
                "forty" => 40, "fifty" => 50, "hundred" or "a hundred" or "one hundred" => 100,
                _ => null,
            };
        return value is > 0 ? thousands ? value * 1000 : value : null;
    }

    /// <summary><paramref name="deadline"/> moved by <paramref name="months"/>, a month's last day staying a month's last day.</summary>
    public static DateOnly Shifted(DateOnly deadline, int months)
    {
        var moved = deadline.AddMonths(months);
        return deadline.Day == DateTime.DaysInMonth(deadline.Year, deadline.Month) ? new DateOnly(moved.Year, moved.Month, DateTime.DaysInMonth(moved.Year, moved.Month)) : moved;
    }

    /// <summary>
    /// The day said last in <paramref name="text"/> as the new one (after "to", "by", "until", "till", "say", ":" …), leaving out one
    /// said as what the change is not or moves from ("not march", "instead of june", "from june to september") and a day said in
    /// passing ("december isn't happening", "we won't make december", "hiring two SDRs in jan"); null when no such day is said.
    /// </summary>
    private static DateOnly? LastDeadline(string text, Entities e)
    {
        DateOnly? last = null;
        foreach (var day in e.DateList.Where(d => d.Deadline is not null && !d.IsSchedule).OrderBy(d => d.Span.Start))
        {
            var start = Math.Clamp(day.Span.Start, 0, text.Length);
            if (!NotThisDay().IsMatch(text[..start]) && NewDayBefore().IsMatch(text[..start]))
            {
                last = day.Deadline;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether the number said beside a day is a new target: an amount, a percentage or the short hundreds, or a plain number
    /// that is not a length of time ("push it back 2 months to end of june").
    /// </summary>
    private static bool SaidAsTarget(string text, Entities e)
    {
        if (e.Money is not null || e.Percent is not null || GoalOpening.ShortHundreds(text) is not null)
        {
            return true;
        }

        if (e.Target is not { } target)
        {
            return false;
        }

        // A plain number is a target only when said as a value ("mql goal: 260 a month", "make it 250", "to 45"), not in passing
        // ("we're hiring two SDRs in jan").
        var mention = e.NumberList.FirstOrDefault(n => n.Value == target);
        if (mention is null)
        {
            return false;
        }

        var before = text[..Math.Clamp(mention.Span.Start, 0, text.Length)];
        var after = text[Math.Clamp(mention.Span.End, 0, text.Length)..];
        return ValueBefore().IsMatch(before) && !Duration().IsMatch(after);
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

    [GeneratedRegex(@"^\W*(?<name>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:goal|target)\s*(?:(?:(?:down|up)\s+)?(?:to|→|->)\s*[$€£]?\d|(?=(?:should|ought|needs?\s+to|is\s+now)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"\b(?:a|an|new|another)\s+(?:[\w-]+\s+){0,2}goal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewGoal();

    // "the MQL goal", and a goal named as a heading before what to do with it ("sales cycle goal: make it 45 days", "cpl goal - change it to $75",
    // "mql goal to 255", "MQL target → 260", "sales cycle goal down to 45 days", "follow-up goal deadline to end of jan"; not "SQL goal:
    // 90 a month", which sets a new one).
    [GeneratedRegex(@"\b(?:the|our|my|this|that|his|her|their)\s+(?:[\w'-]+\s+){0,5}?(?:goal|target|deadline)\b|^\W*(?:[\w'-]+\s+){1,4}?(?:goal|target|deadline)s?\s*(?::|\s[-–—]|,|→|->|(?:(?:down|up)\s+)?to\s+(?:[$€£]?\d|(?:the\s+)?end\s+of\b)|(?=(?:should|ought|needs?|belongs?|is\s+now|now|from\s+now|going\s+forward|instead)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(target|deadline|due date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetWord();

    // Not a person hurt: "holidays are killing us" is no close (lifecycle-hj03).
    [GeneratedRegex(@"\b(archive|archived|archiving|drop|dropped|dropping|retire|retiring|shelve|shelving|abandon|abandoning|scrap|scrapping|ditch|ditching|kill|killing)\b(?!\s+(?:us|me|you|them|him|her|everyone|everybody)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    [GeneratedRegex(@"\b(change|chnage|cahnge|chane|raise|lower|move|set|update|bump|increase|decrease|reduce|cut|push|extend|pull|adjust|should\s+(?:end|be\s+due|finish|be)|make)\b|\b(?:take|bring|lift|boost|nudge|revise|tweak|shift|up|tighten|loosen|give)\b(?=.*\b(?:to|until|till)\b)|\b(?:goal|target|deadline)s?\s*(?:(?:(?:down|up)\s+)?to|→|->)\s*(?:[$€£]?\d|end\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditVerb();

    // A number said as the new value before a deadline: "to 250 by end of q3", "to 260 and the deadline to …".
    [GeneratedRegex(@"(?:\bto|\bat|→|->)\s*[$€£]?\d[\d,.]*\s*(?:k|%|percent|[a-z]+)?(?:\s+(?:a|per)\s+\w+)?\s+(?:by|until|before|and\s+(?:the\s+)?(?:deadline|due))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenDeadline();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|let'?s\s+not|no\s+need\s+to|not)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotToDo();

    [GeneratedRegex(@"\b(deadline|due|end|finish|by|until|to\s+end|date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineWord();

    // That the goal is now otherwise, without a verb of changing: "should be 75 now", "ought to be $72 going forward", "94% instead",
    // "belongs to alex now", "could it get an extra month", "get till end of september".
    [GeneratedRegex(@"\b(?:should\s+be|ought\s+to\s+be|needs?\s+to\s+be|is\s+now|now|from\s+now\s+on|going\s+forward|from\s+here(?:\s+on)?|instead|belongs?\s+to|get\s+(?:an?\s+)?(?:extra|more|another|additional)\b|get\s+(?:until|till|til)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeCue();

    // The owner said after the goal: "owner of the acceptance goal should be sam now", "owner for the cpl goal: priya", "the
    // follow-up goal belongs to alex now".
    [GeneratedRegex(@"\bowner\s+(?:of|for|on)\s+(?:the\s+|our\s+|my\s+|this\s+|that\s+)?(?:[\w'-]+\s+){0,4}?(?:goal|target)\s*(?:(?:should|ought\s+to|will|needs?\s+to)\s+be|is(?:\s+now)?|becomes|:|=|->|→|[-–—])\s*(?:now\s+)?@?(?<name>[A-Za-z][\w'-]*)|\b(?:goal|target)\s+belongs?\s+to\s+@?(?<name>[A-Za-z][\w'-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerOfGoal();

    // Before a day that is not the new one: "not march", "instead of june", "rather than the end of may", "from june (to september)".
    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than|from)\s+(?:the\s+)?(?:end\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotThisDay();

    // Before a day said as the new one: "to end of feb 2027", "until june 2028", "till end of Q3", "by march", "say end of june '28",
    // "goal: end of march instead", "deadline should be end of sept", or after a change of mind ("end of march, no sorry, end of
    // april", "june - actually july"); not after a comma alone ("end of Q1, december is too aggressive").
    [GeneratedRegex(@"(?:\b(?:to|by|until|till|til|thru|through|before|say|i\.?e\.?|be|is|for|make\s+it|at|it's|its)|\b(?:no|nope|sorry|actually|i\s+mean|make\s+that|wait|rather)[,;.!]?|[:→=]|->|\s[-–—])\s*(?:the\s+)?(?:(?:end|middle|mid|start|beginning)\s+of\s+(?:the\s+)?|mid[-\s]?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewDayBefore();

    // The deadline moved by a length of time: "push the deadline back a month", "give it another quarter", "an extra two months",
    // "extend it by a year", "pull it in by a month", "a month more".
    // Only a shift when it is said as one: a word of direction right before the length ("back a month", "out by two months",
    // "in by a quarter"), "another", "more/extra", or "later/earlier/more" after it ("a month later"); never a rate said right
    // after a number ("raise the mql target to 255 a month", "850k a quarter") and never "per month".
    [GeneratedRegex(@"\b(?:push|pushing|move|moving|shift|slide|extend|extending|bump|give|giving|get|pull|pulling|bring|delay|add|adding)\b[^.?!]{0,40}?\b(?:(?:back|out|in|forward)\s+)*(?:back|out|forward|by)\s+(?<n>an?|one|two|three|four|six|another|\d{1,2})\s+(?:more\s+|extra\s+|additional\s+)?(?<unit>months?|quarters?|years?)\b|\b(?:push|pushing|move|moving|shift|slide|extend|extending|give|giving|get|delay|add|adding)\b[^.?!]{0,40}?\b(?<n>another)\s+(?:more\s+|extra\s+|additional\s+)?(?<unit>months?|quarters?|years?)\b|\b(?:push|pushing|move|moving|shift|slide|extend|extending|give|giving|get|delay|add|adding)\b[^.?!]{0,40}?\b(?:another|an\s+extra|an\s+additional|a\s+further)\s+(?<n>two|three|four|five|six|nine|twelve|\d{1,2})\s+(?:more\s+)?(?<unit>months?|quarters?|years?)\b|" + NotAfterNumber + @"\b(?<n>an?|one|two|three|another)\s+(?:more|extra|additional)\s+(?<unit>months?|quarters?|years?)\b|" + NotAfterNumber + @"\b(?<n>an?|one|two|three|four|six|\d{1,2})\s+(?<unit>months?|quarters?|years?)\s+(?:later|earlier|sooner|more|extra)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shift();

    // A target moved by an amount: a verb of raising or lowering and "by N" ("bump the MQL goal up by 20", "lower the cpl goal by
    // 10%", "push the revenue target up by 5%"), "add N to" / "N more on" ("add another 2 points to the acceptance goal"), "knock /
    // take / shave N off" ("knock $5 off the CPL target"), or "+N" after the goal ("mql goal +25").
    private const string Figure = @"(?<n>[$€£]?\d[\d,.]*\s*k?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty(?:[-\s]five)?|thirty|forty|fifty|(?:a|one)\s+hundred)(?:\s*(?<pct>%|percent|per\s+cent))?";

    [GeneratedRegex(@"\b(?:raise|raising|bump|bumping|increase|increasing|up|lift|boost|boosting|nudge|grow|hike|push|move|take|bring|(?<down>lower|lowering|cut|cutting|reduce|reducing|decrease|decreasing|trim|shave|slash|drop))\b[^.?!]{0,50}?\bby\s+(?:another\s+|an?\s+extra\s+)?" + Figure + @"|\badd(?:ing)?\s+(?:another\s+|an?\s+extra\s+)?" + Figure + @"(?:\s+[\w-]+){0,2}?\s+(?:to|onto|on\s+to|on)\b|\b(?<down>knock|take|shave|cut|trim|chop|shave)\s+(?:another\s+|an?\s+extra\s+)?" + Figure + @"(?:\s+[\w-]+){0,2}?\s+off\b|\b(?:goal|target)\s*\+\s*" + Figure, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex By();

    // Lowered, said inside a raise's words: "bring the cpl goal down by 5", "move it down by 10%".
    [GeneratedRegex(@"\bdown\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DownWord();

    // "add 10 to the MQL goal", "knock $5 off the CPL": the goal pointed at right after the amount.
    [GeneratedRegex(@"\b(?:to|onto|on|off)\s+(?:the|our)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OntoThe();

    // "mql goal +25": the amount added right after the goal named.
    [GeneratedRegex(@"\b(?:goal|target)\s*\+\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlusAfterGoal();

    // A question about what happened to a goal or a number, not a change asked for: "is the MQL goal up by 10?", "how much did we
    // raise it by?", "did we raise the revenue goal by 10%?", "MQLs were up by 20 last week".
    [GeneratedRegex(@"^\W*(?:is|was|were|are|did|does|do|has|have|had|how|what|why|when|which)\b|\b(?:was|were|went|is|are|has\s+been|have\s+been|came\s+in)\s+(?:up|down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatHappened();

    // Not right after a number or a number word: "255 a month", "two fifty-five a month", "850k a quarter" are rates.
    private const string NotAfterNumber = @"(?<!(?:\d[\d,.]*\s*[km%]?|hundred|thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)\s+)";

    [GeneratedRegex(@"\b(?:pull|pulling|bring|earlier|sooner|in\s+by|forward\s+by|tighten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

    // A year said short: "'28", "’27".
    [GeneratedRegex(@"['’]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^\s*,?\s*['’](?<y>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearAfter();

    [GeneratedRegex(@"\b(?:own|owns|owning|owner|run|runs|running|in\s+charge|responsible|accountable|on\s+the\s+hook)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerWord();

    // Before a number said as a goal's value: "to 250", "make it 250", "goal: 260", "target 250", "→ 48", "be 75".
    [GeneratedRegex(@"(?:\b(?:to|at|be|is|it|goal|target)|[:→=]|->|\s[-–—])\s*[$€£]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueBefore();

    // A length of time after a number: "2 months", "3 more weeks", "an extra 2 quarters".
    [GeneratedRegex(@"^\s*(?:more\s+|extra\s+)?(?:weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
