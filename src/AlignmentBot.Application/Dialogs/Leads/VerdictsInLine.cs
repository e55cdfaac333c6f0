using System.Text.RegularExpressions;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>One verdict of several said in a line: a lead by id (or null: the lead the bot asked about), and its reason if one was said.</summary>
/// <param name="Lead">The id as said ("1087", "DEMO-1087"), or null for a reason said alone, which is for the lead at hand.</param>
/// <param name="Decision">"accept", "reject", or "reason" (a reason alone, for the lead at hand).</param>
/// <param name="Reason">The reason said with a rejection, if any.</param>
public sealed record LeadVerdictInLine(string? Lead, string Decision, RejectionReason? Reason);

/// <summary>
/// Several leads' verdicts in one line: "1087 is good, bin 1092 - no budget", "accept 1252. and 1087 looks good too,
/// accept", "accept 1087 and 1092", "1194 is a dupe, reject. 1127 is legit, accept it", and, at the reason question,
/// "they're a competitor's subsidiary, wrong fit. and 1087 looks good, accept". Read by parts rather than one pattern per
/// phrasing: the ids split the line; the words between two ids go to the one before up to the last break (a full stop, a
/// comma, a dash, "and", "but") and to the one after from it; each lead's words give its verdict (a verb, else an
/// evaluation, "yes"/"no") and its reason (the domain's <see cref="RejectionReasons"/>); a lead with no words of its own
/// takes its neighbour's when only "and", "&amp;", "too" or "same for" join them ("accept 1087 and 1092"); what is said
/// before the first lead, up to a break, is a reason for the lead the bot asked about. Not a question, nor a verdict
/// denied ("don't accept 1087"); fewer than two verdicts is not this (a single verdict has its own readers). A lead may
/// also be named by its company, given the companies of the leads we have: the longest run of a company's first words said
/// whole ("Initech looks legit, accept. Globex Pharma - wrong contact", "the hooli one is solid, relecloud's a no"), and
/// then <see cref="LeadVerdictInLine.Lead"/> is those words, lower case.
/// </summary>
public static partial class VerdictsInLine
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The verdicts in the order said, or null when the line does not hold two or more.</summary>
    public static IReadOnlyList<LeadVerdictInLine>? Read(string? text) => Read(text, []);

    /// <summary>
    /// Whether the line could hold a verdict at all (no question mark, and a word of accepting or rejecting somewhere), checked
    /// before the caller lists the waiting leads' companies for <see cref="Read(string?, IEnumerable{string})"/>, so most
    /// messages cost no look-up. Looser than <see cref="Read(string?, IEnumerable{string})"/>, never stricter.
    /// </summary>
    public static bool MayJudge(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var t = text.Replace('’', '\'');
        return AcceptVerb().IsMatch(t) || RejectVerb().IsMatch(t) || AcceptWord().IsMatch(t) || RejectWord().IsMatch(t) || BareNo().IsMatch(t);
    }

    /// <summary>The verdicts in the order said, the leads named by id or by one of <paramref name="companies"/>, or null when the line does not hold two or more.</summary>
    public static IReadOnlyList<LeadVerdictInLine>? Read(string? text, IEnumerable<string> companies)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'');
        if (t.Contains('?', StringComparison.Ordinal) || Asked().IsMatch(t))
        {
            return null;
        }

        var ids = Id().Matches(t).Where(m => !YearAfterTimeWord().IsMatch(t[..(m.Index + m.Length)]))
            .Select(m => new Mention(m.Index, m.Length, m.Groups["id"].Value)).ToList();
        ids = [.. ids.Concat(Companies(t, companies).Where(c => !ids.Any(i => i.Index < c.Index + c.Length && c.Index < i.Index + i.Length))
            .Where(c => !ComparedTo().IsMatch(t[..c.Index]))).OrderBy(m => m.Index)];
        if (ids.Count == 0)
        {
            return null;
        }

        // Each lead's own words: before it (from the break in the gap before it) and after it (up to the break in the gap after it).
        var before = new string[ids.Count];
        var after = new string[ids.Count];
        var joinedToPrevious = new bool[ids.Count];
        string? head = null;
        // "1286 ✅ 1194 ❌ not in market": a mark after each lead ends that lead's words, unless the marks come first ("👍 1087, 👎 1155").
        var marksTrail = !Mark().IsMatch(t[..ids[0].Index]);
        for (var i = 0; i < ids.Count; i++)
        {
            var gapStart = i == 0 ? 0 : ids[i - 1].Index + ids[i - 1].Length;
            var gap = t[gapStart..ids[i].Index];
            var cut = LastBreak(gap, marksTrail && i > 0);
            if (i == 0)
            {
                head = cut > 0 ? gap[..cut] : null;
                before[i] = cut > 0 ? gap[cut..] : gap;
            }
            else
            {
                after[i - 1] = gap[..cut];
                before[i] = gap[cut..];
                joinedToPrevious[i] = JoinerOnly().IsMatch(gap);
            }
        }

        after[^1] = t[(ids[^1].Index + ids[^1].Length)..];

        var decisions = new (string? Decision, RejectionReason? Reason)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            decisions[i] = Judge(before[i], after[i]);
        }

        // "accept 1087 and 1092", "1063 & 1087 are good": a lead with no words of its own shares its neighbour's verdict.
        for (var i = 0; i < ids.Count; i++)
        {
            if (decisions[i].Decision is not null)
            {
                continue;
            }

            var shares = i > 0 && (joinedToPrevious[i] || SameAsBefore().IsMatch(before[i] + " " + after[i]));
            if (shares && decisions[i - 1].Decision is not null)
            {
                decisions[i] = decisions[i - 1];
            }
            else if (i + 1 < ids.Count && joinedToPrevious[i + 1])
            {
                var next = i + 1;
                while (next < ids.Count && decisions[next].Decision is null && next + 1 < ids.Count && joinedToPrevious[next + 1])
                {
                    next++;
                }

                decisions[i] = decisions[next];
            }
        }

        // "reject 1167 and 1127, both wrong fit", "kill 1286 and 1296, neither is in market": the reason after the second of two
        // joined rejections is said of both.
        for (var i = ids.Count - 2; i >= 0; i--)
        {
            if (decisions[i] is ("reject", null) && joinedToPrevious[i + 1] && decisions[i + 1] is ("reject", { } shared))
            {
                decisions[i] = ("reject", shared);
            }
        }

        var items = new List<LeadVerdictInLine>();
        if (head is not null && !Denied().IsMatch(head) && ReasonIn(head) is { } atHand)
        {
            items.Add(new LeadVerdictInLine(null, "reason", atHand));
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (decisions[i].Decision is { } d)
            {
                items.Add(new LeadVerdictInLine(ids[i].Lead, d, d == "reject" ? decisions[i].Reason : null));
            }
        }

        return items.Count >= 2 ? items : null;
    }

    /// <summary>Where a lead is named, and how (an id as said, or a company's words in lower case).</summary>
    private sealed record Mention(int Index, int Length, string Lead);

    /// <summary>
    /// The companies named in the line: for each company, the longest run of its first words said whole (four letters at
    /// least, so "Labs" or "Coho" alone is no name), a longer name winning over a shorter one said in the same place.
    /// </summary>
    private static IEnumerable<Mention> Companies(string t, IEnumerable<string> companies)
    {
        var found = new List<Mention>();
        foreach (var company in companies)
        {
            var words = company.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 1; n--)
            {
                var said = string.Join(' ', words.Take(n));
                if (said.Length >= 4 && Regex.Match(t, $@"(?<![\w-]){Regex.Escape(said)}(?![\w-])", Options) is { Success: true } m)
                {
                    found.Add(new Mention(m.Index, m.Length, said));
                    break;
                }
            }
        }

        return found.OrderByDescending(m => m.Length).Aggregate(new List<Mention>(), (kept, m) =>
        {
            if (!kept.Any(k => k.Index < m.Index + m.Length && m.Index < k.Index + k.Length))
            {
                kept.Add(m);
            }

            return kept;
        });
    }

    /// <summary>The verdict in a lead's own words, and the reason if it is a rejection.</summary>
    private static (string? Decision, RejectionReason? Reason) Judge(string before, string after)
    {
        var words = before + " ~ " + after;
        if (Denied().IsMatch(words))
        {
            return (null, null);
        }

        var reason = ReasonIn(after) ?? ReasonIn(before);
        var decision = Decide(AcceptVerb(), RejectVerb(), words) ?? Decide(AcceptWord(), RejectWord(), words)
            // "but can the Vandelay one - their budget's frozen", "relecloud's a no": the short chat forms, the lead in its place.
            ?? LeadVerdicts.ChatVerdict(before + "x" + after);
        decision ??= reason is not null && RejectWord().IsMatch(words) ? "reject" : null;
        return (decision, reason);
    }

    private static string? Decide(Regex accept, Regex reject, string words)
    {
        var a = accept.IsMatch(words);
        var r = reject.IsMatch(words);
        return a == r ? null : a ? "accept" : "reject";
    }

    /// <summary>A reason the domain recognises in the words, or null (its "other" is what it says of words that name none).</summary>
    private static RejectionReason? ReasonIn(string words)
    {
        var w = VerdictWords().Replace(words, " ");
        return string.IsNullOrWhiteSpace(w) || RejectionReasons.Normalize(w) is var r && r == RejectionReason.Other ? null : r;
    }

    /// <summary>Where the words of the lead after a gap start: after its last break, else 0.</summary>
    private static int LastBreak(string gap, bool marksTrail = false)
    {
        var strong = Break().Matches(gap);
        if (strong.Count > 0)
        {
            var last = strong[^1];
            return last.Index + last.Length;
        }

        var weak = WeakBreak().Matches(gap);
        if (weak.Count > 0)
        {
            return weak[^1].Index + weak[^1].Length;
        }

        return marksTrail && Mark().Match(gap) is { Success: true } mark ? mark.Index + mark.Length : 0;
    }

    /// <summary>A lead's id: "1087", "#1087", "DEMO-1087", "lead 1087" (not a sum, a percentage or a count of something).</summary>
    [GeneratedRegex(@"(?<![\d$€£.,])#?\b(?<id>(?:[a-z]+-)?\d{3,7})\b(?![.,]?\d|\s*(?:%|k\b|m\b|mqls?|sqls?|leads|days|hours|employees|people))", Options)]
    private static partial Regex Id();

    [GeneratedRegex(@"\b(?:til|till|until|through|thru|in|by|since|before|after|from|of|to|fy|end\s+of)\s+(?:19|20)\d\d$", Options)]
    private static partial Regex YearAfterTimeWord();

    [GeneratedRegex(@"[.;!:]+|,|\s[-–—]+\s|[–—]|\(", Options)]
    private static partial Regex Break();

    [GeneratedRegex(@"\s(?:and|but|&|while|plus|then)\s", Options)]
    private static partial Regex WeakBreak();

    /// <summary>A verdict said as a mark.</summary>
    [GeneratedRegex(@"✅|❌|👍|👎|✔", Options)]
    private static partial Regex Mark();

    /// <summary>A company said as what another lead is compared to, not as a lead judged: "duplicate of the Aperture Labs one", "same as Initech".</summary>
    [GeneratedRegex(@"\b(?:of|as|like|than|from|with|vs\.?)\s+(?:the\s+|that\s+)?$", Options)]
    private static partial Regex ComparedTo();

    /// <summary>Only joiners between two leads: "1087 and 1092", "1063 &amp; 1087", "1127, 1194 too", "the blue yonder one and Initech".</summary>
    [GeneratedRegex(@"^\s*(?:ones?|leads?)?[\s,&+/]*(?:(?:and|or|plus|also|as\s+well\s+as|n)\s*)?[\s,&+/]*$", Options)]
    private static partial Regex JoinerOnly();

    [GeneratedRegex(@"\b(?:same\s+(?:for|with|goes\s+for)|ditto|too|as\s+well|also)\b", Options)]
    private static partial Regex SameAsBefore();

    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|oh\s+)?(?:is|are|was|were|should|shall|could|would|do|does|did|who|what|which|why|how|when|where|has|have|show|list)\b", Options)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|not|never|no\s+need\s+to|hold\s+off(?:\s+on)?)\s+(?:\w+\s+)?(?:accept|reject|approv|declin|pass|bin|take|keep)\w*|\bnever\s*mind\b|\byet\b", Options)]
    private static partial Regex Denied();

    [GeneratedRegex(@"\b(?:accept\w*|approv\w*|take|taking|keep|keeping|keeper|yes|yep|yeah|go\s+ahead|a\s+go|good\s+to\s+go|thumbs\s+up|green\s*light\w*)\b|✅|👍|✔", Options)]
    private static partial Regex AcceptVerb();

    [GeneratedRegex(@"\b(?:reject\w*|declin\w*|disqualif\w*|dq|pass|bin|binn?(?:ed|ing)|trash\w*|kill\w*|nuke\w*|toss\w*|ditch\w*|chuck\w*|drop\w*|scrap\w*|axe\w*|nah|nope|no\s+(?:to|on|thanks)|no(?=\W*(?:\(|$))|thumbs\s+down)\b|(?:\bis|'s)\s+a\s+(?:hard\s+|clear\s+)?no(?![\w-])|👎|❌", Options)]
    private static partial Regex RejectVerb();

    // RejectVerb's "no" said last in one lead's words, which the whole line may continue after.
    [GeneratedRegex(@"\bno\b", Options)]
    private static partial Regex BareNo();

    [GeneratedRegex(@"\b(?:good|great|fine|legit|solid|decent|strong|qualified|real\s+buyer|worth\s+it|promising|hot)\b", Options)]
    private static partial Regex AcceptWord();

    [GeneratedRegex(@"\b(?:junk|garbage|bad|spam|not\s+(?:a\s+)?fit|not\s+for\s+us|no\s+fit|wrong|unqualified|no\s+go|dupes?|duplicates?|no\s+budget|no\s+money|not\s+in\s+market)\b", Options)]
    private static partial Regex RejectWord();

    /// <summary>The verdict's own words, taken out before the reason is read ("reject" is no reason, nor "accept").</summary>
    [GeneratedRegex(@"\b(?:accept\w*|reject\w*|approv\w*|declin\w*|bin|it|that|this|one|pls|please|~)\b", Options)]
    private static partial Regex VerdictWords();
}
