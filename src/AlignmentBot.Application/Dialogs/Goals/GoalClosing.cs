using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>What closing a goal said in a sentence comes to: the status it ends in and the reason said with it, if any.</summary>
public sealed record GoalClose(string Status, string? Reason);

/// <summary>
/// A goal closed in one sentence, with the proof or the reason around the command: "we've averaged 22h three weeks running,
/// close the follow-up goal out as achieved", "mark it missed - we lost two reps in october", "can you archive retention?
/// we'll look at it again in 2028", "the board scrapped the expansion so drop the new-market goal". The message is cut into
/// clauses; the command is the first clause with a verb of closing (close, mark, call, set, declare) and a verdict (achieved,
/// missed), a verb of filing away (archive, park, shelve) or of giving up (drop, scrap, ditch, kill, abandon), or a goal
/// said to be done ("cycle goal: achieved"). "Close it out" takes its verdict from the proof ("we nailed follow-up"). The
/// reason is what the other clauses say after the command, else before it, without the commands and politeness around it;
/// "because", "since" and "bc" start it wherever they stand. A question ("did we hit …?", "should we archive …?"), a
/// negation ("don't archive …") or a close without a verdict ("close the Acme lead") is no close.
/// Built against <c>Paraphrases/goal-close.*.txt</c>.
/// </summary>
public static partial class GoalClosing
{
    /// <summary>The close said in <paramref name="text"/>, or null when it says none.</summary>
    public static GoalClose? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var said = GoalColon().Replace(Untypo(text.Trim()), "goal is ");
        var because = Because().Match(said);
        // "nobody looks at follow-up since the new SDR process, could you archive that goal?": when the command comes after the
        // "since" clause, the whole message is read and what precedes the command is the reason.
        return Scan(said, because.Success ? said[..because.Index] : said, because)
            ?? (because.Success ? Scan(said, said, Match.Empty) : null);
    }

    private static GoalClose? Scan(string said, string head, Match because)
    {
        var clauses = Separator().Split(head).Select(c => c.Trim()).ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = Filler().Replace(clauses[i], string.Empty);
            if (Status(clause, said, clauses.Skip(i + 1).FirstOrDefault()) is not { } status)
            {
                continue;
            }

            if (Question().IsMatch(clause) || Negation().IsMatch(clause))
            {
                return null;
            }

            string? reason;
            if (because.Success)
            {
                reason = Tidy(said[(because.Index + because.Length)..]);
            }
            else
            {
                reason = Joined(clauses.Skip(i + 1)) ?? Joined(clauses.Take(i));
            }

            return new GoalClose(status, reason);
        }

        return null;
    }

    /// <summary>
    /// <paramref name="text"/> with "archive" typed in a hurry written out: a word one edit away ("arhcive", "achive",
    /// "archvie") or with its letters jumbled between the same first and last letter ("achrive"). "archived" and other
    /// forms of the word itself are left as they are.
    /// </summary>
    public static string Untypo(string text)
        => AWord().Replace(text, m => m.Value.StartsWith("archiv", StringComparison.OrdinalIgnoreCase) || !TypedFor(m.Value.ToLowerInvariant(), "archive") ? m.Value : "archive");

    private static bool TypedFor(string word, string meant)
        => AlignmentBot.Conversations.Understanding.Lexicon.WithinOneEdit(word, meant)
           || word.Length == meant.Length && word[0] == meant[0] && word[^1] == meant[^1] && word.Order().SequenceEqual(meant.Order());

    [GeneratedRegex(@"\ba[a-z]{4,7}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AWord();

    /// <summary>The status a clause closes a goal with, or null when it is no command to close one.</summary>
    private static string? Status(string clause, string message, string? next)
    {
        if (Archive().IsMatch(clause))
        {
            return "archived";
        }

        if (Drop().IsMatch(clause) && !ToANumber().IsMatch(clause))
        {
            return "dropped";
        }

        var closing = CloseVerb().IsMatch(clause) && !ToANumber().IsMatch(clause);
        if (closing || DoneGoal().IsMatch(clause))
        {
            // "close the follow up goal, achieved": the verdict may come as a clause of its own right after.
            var verdict = clause + (next is not null && VerdictAlone().IsMatch(next) ? " " + next : string.Empty);
            if (NotMet().IsMatch(verdict) || Missed().IsMatch(verdict))
            {
                return "missed";
            }

            if (Achieved().IsMatch(verdict))
            {
                return "achieved";
            }
        }

        // "we nailed follow-up, avg is 22h now, close it out": the verdict is the proof said before.
        if (CloseOut().IsMatch(clause))
        {
            return ShortOf().IsMatch(message) ? "missed" : Proof().IsMatch(message) ? "achieved" : null;
        }

        return null;
    }

    /// <summary>The clauses that say something besides a command, a verdict or politeness, joined; null when none do.</summary>
    private static string? Joined(IEnumerable<string> clauses)
    {
        var kept = clauses.Select(Tidy).Where(c => c is not null && !Command().IsMatch(c) && !VerdictAlone().IsMatch(c)).ToArray();
        return kept.Length == 0 ? null : string.Join(", ", kept);
    }

    private static string? Tidy(string clause)
    {
        var t = ReasonLead().Replace(Ends().Replace(clause, string.Empty), string.Empty);
        t = Ends().Replace(Politeness().Replace(t, string.Empty), string.Empty);
        return t.Count(char.IsLetterOrDigit) < 3 || t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 && !t.Any(char.IsDigit) ? null : t;
    }

    // "cycle goal: achieved", "acceptance goal = done": a goal said to be done, as a plain sentence.
    [GeneratedRegex(@"\bgoal\s*[:=]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalColon();

    [GeneratedRegex(@"\s*\b(?:because|since|bc|b/c|cos|coz|cuz|'cause|due\s+to|given\s+that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Because();

    // Clause breaks: sentence and clause punctuation (not inside "22.5" or "follow-up"), spaced dashes, and "so" joining two.
    [GeneratedRegex(@"[,;:]+\s*|[.!?]+(?=\s|$)\s*|\s[-–—]+\s+|\s—|—\s|\s+so\s+(?=we\b|i\b|let'?s\b|pls\b|please\b|can\b|just\b|(?:close|mark|drop|scrap|archive|kill|ditch|call)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // Words that lead into a clause without changing what it says: "ok so", "go ahead and", "pls", "we can", "let's just".
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|and|then|yeah|yes|right|alright|please|pls|plz|just|go\s+ahead\s+and|let'?s|lets|we\s+can|we'?re|we\s+are|i'?m|we\s+should|you\s+can|time\s+to)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    // Punctuation and emoji around a reason, not the "$" or "%" of a figure in it.
    [GeneratedRegex(@"^[\s\W-[$£€]]+|[\s\W-[%]]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Ends();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|and|then|yeah|right|alright|anyway|well)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonLead();

    [GeneratedRegex(@"\s*\b(?:please|pls|plz|thanks|thx|ty|tbh|asap)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politeness();

    // A question about a goal rather than a command: "did we hit …", "should we archive …", "how do I close …"; "can you …",
    // "is it ok if we …" and "is there any way to …" ask for it.
    [GeneratedRegex(@"^(?:did|do|does|is|are|was|were|should|shall|which|what|what's|how|when|why|who|has|have|will|if)\b(?!\s+(?:it\s+(?:ok(?:ay)?|possible|fine|alright)\s+(?:if|to)\b|there\s+(?:any\s+)?way\s+(?:to|we)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|not\s+(?:yet\s+)?(?:close|archive|drop|mark)|no\s+need\s+to|let'?s\s+not|won'?t|shouldn'?t|can'?t)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // Filing a goal away for later, typos included: "archvie", "arhive", "park", "shelve", "put on ice", "file the acceptance
    // goal away", "put that goal on the back burner", "mothball retention", "put the cpl goal on hold".
    [GeneratedRegex(@"\b(?:archiv(?:e|ing)|archvie|arhive|arcive|archve|park|parking|shelve|shelving|mothball(?:ing)?|put\s+(?:(?:it|that|this|(?:(?:the|that|this|our|my)\s+)?(?:[\w-]+\s+){0,3}goal)\s+)?on\s+(?:ice|the\s+back\s*burner|the\s+shelf)|put\s+(?:(?:the|that|this|our|my)\s+)?(?:[\w-]+\s+){0,3}goal\s+on\s+hold|file\s+(?:(?:it|that|this|(?:(?:the|that|this|our|my)\s+)?(?:[\w-]+\s+){0,3}goal)\s+)?away)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Archive();

    // Giving a goal up, said as a command (not "the board scrapped the expansion").
    [GeneratedRegex(@"\b(?:drop|dropping|scrap|scrapping|ditch|ditching|kill|killing|abandon|abandoning|bin|binning|axe|retire|retiring)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Drop();

    // "drop the MQL target to 200" lowers a number.
    [GeneratedRegex(@"\b(?:to|by)\s+\$?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToANumber();

    [GeneratedRegex(@"\b(?:close|closing|mark|marking|call|calling|set|declare|declaring|record|flag|count)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloseVerb();

    [GeneratedRegex(@"\bgoal\s+(?:is|'s|was)\s+(?:now\s+)?(?:done|achieved|hit|met|complete|completed|reached|missed|failed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoneGoal();

    [GeneratedRegex(@"^(?:achieved|done|hit|met|complete|completed|missed|failed)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictAlone();

    [GeneratedRegex(@"\bnot\s+(?:achieved|met|hit|reached|done)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotMet();

    [GeneratedRegex(@"\b(?:missed|miss|failed|a\s+fail|fell\s+short|lost)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Missed();

    [GeneratedRegex(@"\b(?:achieved|done|hit|met|complete|completed|reached|accomplished|a\s+win|won)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Achieved();

    [GeneratedRegex(@"\bclose\s+(?:(?:it|this|that|(?:the\s+)?(?:[\w-]+\s+){0,3}goal)\s+)?out\b|\bclose\s+(?:it|this\s+one|that\s+one)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloseOut();

    [GeneratedRegex(@"\b(?:nailed|crushed|smashed|killed\s+it|did\s+it|made\s+it|hit|beat|achieved|got\s+there)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Proof();

    [GeneratedRegex(@"\b(?:lost\s+cause|fell\s+short|fall\s+short|missed|didn'?t\s+make|not\s+going\s+to\s+make|no\s+way)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortOf();

    // A clause that is itself a command about the goal, not a reason: "close it", "mark it achieved", "archive it".
    [GeneratedRegex(@"^(?:(?:please|pls|so|and|then|ok|okay|go\s+ahead\s+and|can\s+you|could\s+you)\s+)*(?:close|mark|archive|drop|scrap|kill|ditch|call|set|shelve|park)\b(?:\s+\S+){0,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Command();
}
