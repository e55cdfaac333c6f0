using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// A verdict on a lead named by its company or id, said in passing: "oh and the Hooli Robotics one is good, accept it",
/// "btw pass on Globex Health", "nakatomi capital, no thanks", "thumbs up on Cyberdyne Telecom". Read from small parts, not
/// one phrasing each: a lead named (an id, or the words a known company starts with, in any case), a word of accepting
/// or turning down (a verb, or an evaluation: "legit", "solid", "is a no", "junk"), and neither a question ("is the Hooli
/// one any good?", "should we accept …?") nor denied ("don't accept Hooli Robotics yet", "not rejecting Black Mesa").
/// The verbs are sales' own (table lead-verdict-words): typed in a hurry ("rejct", "accpet", one slip from the word),
/// slang ("toss", "ditch", "no go", "good to go", "a keeper", "run with it") and a verb last after a story.
/// </summary>
public static partial class LeadVerdicts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// "they're a dupe of 1296, reject", "same as the Initech one": another lead named as what this one duplicates, which is
    /// this lead's reason, not a verdict on the other.
    /// </summary>
    public static bool NamesTheOriginal(string? text) => !string.IsNullOrWhiteSpace(text) && DuplicateOf().IsMatch(text);

    [GeneratedRegex(@"\b(?:dupes?|duplicates?|copy|same)\s+(?:of|as)\b", Options)]
    private static partial Regex DuplicateOf();

    /// <summary>The verdict and the lead as named ("accept", "hooli robotics"), or null when the message is not one.</summary>
    public static (string Decision, string Lead)? Read(string? text, IEnumerable<string> companies)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Mended(text.Trim().Replace('’', '\'').ToLowerInvariant());
        if (t.EndsWith('?') || Asked().IsMatch(t) || Denied().IsMatch(t))
        {
            return null;
        }

        var lead = Named(t, companies);
        if (lead is null)
        {
            return null;
        }

        // The words of the verdict, with the name taken out ("Black Mesa" is not "black", a "Good Foods" not "good"). A name said
        // first stays the subject ("blue yonder is a go" is "it is a go"), so what follows it is never read as a question's "is".
        var words = t.TrimStart().StartsWith(lead, StringComparison.Ordinal) ? "it " + t.TrimStart()[lead.Length..] : t.Replace(lead, " ", StringComparison.Ordinal);
        return DecisionOf(words) is { } decision ? (decision, lead) : null;
    }

    /// <summary>
    /// A lead named first (its id, or a known company's first words, in any case) and then only why it is no good, with no
    /// verdict word (table lead-reason-told): "and 1237, the guy's a receptionist, no say in buying", "globex pharma - way
    /// outside who we sell to", "oh and 1194 - they need an on-prem version and we're cloud only". The reason told is the
    /// rejection. Only a reason told outright or as a story (<see cref="RejectionReasons.Told"/>), never a word that only
    /// hints ("1063 - they have budget now"); not a question, an acceptance, nor a lead named after other words.
    /// </summary>
    public static (string Lead, RejectionReason Reason)? ReasonTold(string? text, IEnumerable<string> companies)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        var rest = t[LeadOpener().Match(t).Length..];
        string? lead = null;
        if (IdFirst().Match(rest) is { Success: true } id)
        {
            lead = id.Groups["id"].Value;
            rest = rest[id.Length..];
        }
        else
        {
            foreach (var company in companies)
            {
                var words = company.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var n = words.Length; n >= 1; n--)
                {
                    var said = string.Join(' ', words.Take(n));
                    if (said.Length >= 4 && (lead is null || said.Length > lead.Length) && rest.StartsWith(said, StringComparison.Ordinal)
                        && (rest.Length == said.Length || !char.IsLetterOrDigit(rest[said.Length]) && rest[said.Length] != '-'))
                    {
                        lead = said;
                        break;
                    }
                }
            }

            rest = lead is null ? rest : rest[lead.Length..];
        }

        // "1155 is a dupe, we already have them", "1237's a dupe": the lead said to be what makes it no good, with "is a" in
        // place of a dash; by a whole id only (four digits or more), so "240 is a stretch" stays a figure.
        var brk = TellsBreak().Match(rest);
        var cutAt = brk.Success ? brk
            : lead is not null && (!lead.Any(char.IsDigit) || lead.Count(char.IsDigit) >= 4) && SaidToBe().Match(rest) is { Success: true } be ? be
            : null;
        // Said to be something ("1252 is a competitor tbh"), the lead is what it is, as "they're a competitor" says.
        var told = cutAt is null ? null : ReferenceEquals(cutAt, brk) ? rest[cutAt.Length..] : "they're " + rest[cutAt.Length..];
        return lead is not null && told is not null && RejectsByReason(told) is { } reason
            ? (lead, reason)
            : null;
    }

    /// <summary>
    /// A lead's whole id said first and then what it is ("ok then 1296 is good", "1296 is good to go", "1155's a no, dupe"): its
    /// verdict, or null. Not a question, nor a figure (money, a unit, a period), nor an id of fewer than four digits.
    /// </summary>
    public static string? JudgedById(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300 || text.Contains('?', StringComparison.Ordinal) || TermsOrMoney().IsMatch(text))
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        var rest = t[LeadOpener().Match(t).Length..];
        return IdFirst().Match(rest) is { Success: true } id && id.Groups["id"].Value.Count(char.IsDigit) >= 4 && !Asked().IsMatch(rest)
            ? DecisionOf("it " + rest[id.Length..])
            : null;
    }

    // "is a", "'s a", "is just a", "are basically a": the lead said to be something.
    [GeneratedRegex(@"^\s*(?:'s|\s+is|\s+are|\s+was)\s+(?:just\s+|basically\s+|literally\s+|clearly\s+|obviously\s+)?(?=(?:a|an)\s)", Options)]
    private static partial Regex SaidToBe();

    /// <summary>
    /// Words about a lead that turn it down by saying why alone: a reason told outright or as a story, with no question, no
    /// verdict denied or put off, and no word of taking it ("the contact is legit", "great fit, take it").
    /// </summary>
    public static RejectionReason? RejectsByReason(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var t = words.Trim().Replace('’', '\'').ToLowerInvariant();
        return t.Contains('?', StringComparison.Ordinal) || Asked().IsMatch(t) || Denied().IsMatch(t) || Waits().IsMatch(t)
               || AcceptVerb().IsMatch(t) || AcceptWord().IsMatch(t) || ShortYes().IsMatch(t)
            ? null
            : RejectionReasons.Told(t);
    }

    // What may come before the lead: "ok", "oh and", "also", "then", "btw".
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|oh|and|also|so|then|right|btw|plus|re)\b[\s,:]*)*", Options)]
    private static partial Regex LeadOpener();

    // The lead's id first: "1237", "#1237", "lead 1237", "DEMO-1237", then "the … one"'s "one" or "lead" and "then" if said.
    [GeneratedRegex(@"^(?:lead\s+)?#?(?<id>(?:[a-z]+-)?\d{3,7})\b(?![.,]?\d|\s*(?:%|k\b|m\b|mqls?|sqls?|leads|days|hours|hrs?|h\b))", Options)]
    private static partial Regex IdFirst();

    // The break between the lead and what is told of it: a dash, a colon or a comma ("1237 - …", "globex pharma: …", "and 1237, …").
    [GeneratedRegex(@"^(?:\s+(?:one|lead|then))*\s*(?:[-–—:,]+)\s*", Options)]
    private static partial Regex TellsBreak();

    /// <summary>
    /// "accept" or "reject" from a verdict's verb alone ("is a no, not for us", "we'll take it"), or null. Not from an
    /// evaluation ("great", "bad"), which without a lead named may be about anything ("the robotics webinar was great").
    /// </summary>
    public static string? Verdict(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Mended(text.Trim().Replace('’', '\'').ToLowerInvariant());
        return t.EndsWith('?') || Asked().IsMatch(t) || Denied().IsMatch(t) || Nudge().IsMatch(t) ? null
            : RejectVerb().IsMatch(t) && !AcceptVerb().IsMatch(t) ? "reject"
            : AcceptVerb().IsMatch(t) && !RejectVerb().IsMatch(t) ? "accept"
            : null;
    }

    /// <summary>
    /// A verdict said the short way sales says it in chat (table lead-verdict-short): a no or a yes given to the lead ("blue
    /// yonder's a no", "1237 gets a no from me", "1296 gets a yes from me", "1194's a yes", "initech retail is a go", "no on
    /// 1237", "yes on 1296", "hard no on blue yonder"), throwing it out ("binning 1087", "gonna bin 1237", "can the Vandelay
    /// one"), taking it ("we're taking 1155", "I'm good with 1296") or saying it will not be taken ("not taking that one",
    /// "won't take 1155", "not accepting 1194"): a taking denied is a rejection, never the taking. Null for what asks ("is
    /// 1296 a go?"), waits ("not sure yet on 1155", "don't reject 1237 yet") or says none of these.
    /// </summary>
    public static string? ChatVerdict(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Mended(text.Trim().Replace('’', '\'').ToLowerInvariant());
        if (t.Contains('?', StringComparison.Ordinal) || Asked().IsMatch(t) || Waits().IsMatch(t))
        {
            return null;
        }

        var no = ShortNo().IsMatch(t) || NotTaken().IsMatch(t);
        var yes = ShortYes().IsMatch(t) && !NotTaken().IsMatch(t);
        return no && !yes ? "reject" : yes && !no ? "accept" : null;
    }

    /// <summary>
    /// A verdict on a lead named by its number, said right after a check-in or at a check-in's number question ("nope on 1155,
    /// they're a competitor", "1237 is a dupe, bin it", "1296 is good to go"): the lead's, never the figure (table
    /// lead-verdict-after-figure). Not a question ("is 1296 still pending?"), nor a figure with what it counts ("1155 sqls").
    /// </summary>
    public static bool OnLeadNumber(string? text)
        => !string.IsNullOrWhiteSpace(text) && !text.Contains('?', StringComparison.Ordinal) && Said(text) is not null
           && LeadParsing.BareId(Bot.AsideOpeners.Strip(text)) is not null;

    /// <summary><see cref="ChatVerdict"/> of a message whose number can only be a lead's (as <see cref="VerdictOnNumber"/>).</summary>
    public static string? ChatVerdictOnNumber(string? text)
        => text is null || TermsOrMoney().IsMatch(text) ? null : ChatVerdict(text);

    /// <summary>
    /// The decision a message about a lead says, in any of the verdict readers' words: the short chat forms first (so "not
    /// taking that one" is a rejection, not the "taking" in it), then <see cref="LeadParsing.Decision"/> and <see cref="Verdict"/>.
    /// </summary>
    public static string? Said(string? text)
        => string.IsNullOrWhiteSpace(text) ? null : ChatVerdict(text) ?? LeadParsing.Decision(text) ?? Verdict(text);

    // Not decided yet, or not to be: "not sure yet", "no idea", "no rush", "hold off", "don't reject 1237".
    [GeneratedRegex(@"\byet\b|\bnot\s+sure\b|\bno\s+(?:idea|rush|clue|hurry)\b|\bhold\s+off\b|\b(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?(?:accept|reject|take|bin|pass|decline)\w*|\bnever\s*mind\b", Options)]
    private static partial Regex Waits();

    // A no given to a lead: "'s a no", "is a (hard|definite|big) no", "gets a no", "a no from me", "that's a no for 1155",
    // "no on/to/for 1237" at the start of a clause, "hard no on", binning it, "can the X one" as the last words of a clause.
    [GeneratedRegex(@"(?:'s|\bis|\bgets?|\bthat'?s|\bit'?s)\s+a\s+(?:hard\s+|definite\s+|big\s+|firm\s+|clear\s+)?no\b(?![\s-]*(?:go|brainer|rush|idea|one|way|longer|need|problem|doubt|worries))|\ba\s+(?:hard\s+|definite\s+|big\s+)?no\s+(?:from|for)\b|(?:^|[,.;:!\-–—]\s*|\b(?:and|but|oh|btw|also|so|ok|okay)\s+)no\s+(?:on|to|for)\s+(?!(?:rush|idea|worries|problem)\b)\w|\b(?:hard|definite|firm)\s+no\b|\bbinning\b|\b(?:gonna|going\s+to|will|i'?ll|we'?ll|let'?s)\s+bin\b|\bbin\s+(?:the|that|this)\b|(?:^|[,;:.\-–—]\s*|\b(?:but|and)\s+)can\s+(?:the|that|this)\s+[\w\s'-]{1,30}?\b(?:one|lead)\s*(?=$|[,.;:!\-–—])", Options)]
    private static partial Regex ShortNo();

    // A yes given to a lead: "'s a yes/go", "is a yes/go", "gets a yes/go/the green light/a thumbs up", "a yes from me",
    // "yes on/to/for 1296" at the start of a clause, "we're/i'm taking" (not "taking a look"), "i'm good with".
    [GeneratedRegex(@"(?:'s|\bis|\bgets?|\bthat'?s|\bit'?s)\s+(?:a|the)\s+(?:definite\s+|clear\s+|big\s+|firm\s+)?(?:yes|go|green\s*light|thumbs\s+up)\b(?![\s-]*(?:or\b|to\s+market))|\ba\s+(?:definite\s+|big\s+)?yes\s+(?:from|for)\b|(?:^|[,.;:!\-–—]\s*|\b(?:and|but|oh|btw|also|so|ok|okay)\s+)yes\s+(?:on|to|for)\s+\w|\b(?:we'?re|i'?m|we\s+are|i\s+am)\s+taking\b(?!\s+(?:a\s+(?:look|peek|call|break)|the\s+day|off|time|over|notes|it\s+(?:slow|easy)))|\b(?:i'?m|we'?re)\s+good\s+with\b", Options)]
    private static partial Regex ShortYes();

    // Taking denied: "not taking that one", "not accepting 1194", "won't take 1155", "we're not going to take 1087".
    [GeneratedRegex(@"\b(?:not|won'?t|will\s+not|wouldn'?t)\s+(?:be\s+)?(?:going\s+to\s+|gonna\s+)?(?:take|taking|accept|accepting|approve|approving)\b", Options)]
    private static partial Regex NotTaken();

    /// <summary>
    /// A verdict verb typed in a hurry put right: a word one slip (a letter more, less, changed or two swapped) from accept
    /// or reject, starting with the same letter, so "except" and "eject" stay what they are.
    /// </summary>
    private static string Mended(string t) => Word().Replace(t, m =>
        m.Value.Length < 5 || VerdictForms.Contains(m.Value) ? m.Value
        : VerdictForms.FirstOrDefault(form => form[0] == m.Value[0] && Lexicon.WithinOneEdit(m.Value, form)) ?? m.Value);

    private static readonly string[] VerdictForms = ["accept", "accepted", "accepting", "reject", "rejected", "rejecting", "decline", "declined"];

    /// <summary>
    /// <see cref="Verdict"/> of a message whose number can only be a lead's: not one that says the agreement's terms, a goal's
    /// period or money ("we can take 220 if follow-up is 36 hours", "go with 250 and the same 24h", "mqls 250/month … 👍").
    /// </summary>
    public static string? VerdictOnNumber(string? text)
        => text is null || TermsOrMoney().IsMatch(text) ? null : Verdict(text);

    [GeneratedRegex(@"\b(?:mqls?|sqls?|hours?|hrs?|months?|mo|quarter|follow[\s-]?up|budget|dollars|bucks|usd|eur|gbp)\b|\d\s*(?:h|k|m)\b|[$€£%]", Options)]
    private static partial Regex TermsOrMoney();

    private static string? DecisionOf(string words)
        => ChatVerdict(words) is { } said ? said
            : RejectVerb().IsMatch(words) && !AcceptVerb().IsMatch(words) ? "reject"
            : AcceptVerb().IsMatch(words) && !RejectVerb().IsMatch(words) ? "accept"
            : RejectWord().IsMatch(words) && !AcceptWord().IsMatch(words) ? "reject"
            : AcceptWord().IsMatch(words) && !RejectWord().IsMatch(words) ? "accept"
            : null;

    /// <summary>
    /// The lead the message names: an id ("DEMO-1252", "1252"), or the longest run of a known company's first words said
    /// whole ("hooli robotics", or "black mesa" of Black Mesa Labs), lower case. Shared with <see cref="LeadHistory"/>, which
    /// finds the lead a question asks after the same way; <paramref name="t"/> is lower case.
    /// </summary>
    internal static string? Named(string t, IEnumerable<string> companies)
    {
        if (LeadParsing.IdMentioned().Match(t) is { Success: true } id)
        {
            return id.Value;
        }

        string? best = null;
        foreach (var company in companies)
        {
            var words = company.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = words.Length; n >= 1; n--)
            {
                var said = string.Join(' ', words.Take(n));
                if ((best is null || said.Length > best.Length) && said.Length >= 4
                    && Regex.IsMatch(t, $@"(?<![\w-]){Regex.Escape(said)}(?![\w-])", Options))
                {
                    best = said;
                    break;
                }
            }
        }

        return best;
    }

    // Asked: "is the Hooli Robotics one any good", "should we accept …", "who accepted Initech Retail".
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|oh\s+)?(?:is|are|was|were|should|shall|could|would|do|does|did|who|what|which|why|how|when|where|has|have)\b", Options)]
    private static partial Regex Asked();

    // Denied or put off: "don't accept Hooli yet", "not rejecting Black Mesa", "never mind the Initech one", "hold off on".
    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|not|never|no\s+need\s+to|hold\s+off)\s+(?:\w+\s+)?(?:accept|reject|approv|declin|pass)\w*|\bnever\s*mind\b|\byet\b", Options)]
    private static partial Regex Denied();

    [GeneratedRegex(@"[a-z]+", Options)]
    private static partial Regex Word();

    // Someone else asked to look: "@Sam can you take a look at 1296 when you get a sec".
    [GeneratedRegex(@"^\W*@\w+[\s,]+(?:can|could|would|pls|please)\b", Options)]
    private static partial Regex Nudge();

    // Taking a lead on: the verb ("accept", "approve"), taking it ("take it", "take 1296", "let's take", "taking it", "grab"),
    // working it ("we'll work that one", "run with it"), or saying it is ready ("good to go", "a keeper", "green light").
    [GeneratedRegex(@"\b(?:accept\w*|approv\w*|take\s+(?:it|them|that|this|\d+)|(?<!not\s)taking\s+(?:it|them|that|this|\d+)|(?:i'?ll|we'?ll|let'?s)\s+(?:take|grab|work)|(?:i'?ll|we'?ll|let'?s)\s+run\s+with|run\s+with\s+(?:it|that|this|them)|(?:let'?s\s+)?go\s+with\s+(?:it|that|this|them|the|\d+)|good\s+to\s+go|keeper|yes\s+to|thumbs\s+up|green\s*light)\b|✅|👍|✔", Options)]
    private static partial Regex AcceptVerb();

    // Turning a lead down: the verb, passing on it, a no ("is a no", "nope", "no go"), slang for throwing it out ("bin it",
    // "toss 1252", "ditch", "dump", "trash", "kill") or not taking it ("not taking this one").
    [GeneratedRegex(@"\b(?:reject\w*|declin\w*|disqualif\w*|pass(?:\s+on)?|no\s+thanks|is\s+a\s+no|a\s+no\s+from|no[\s-]*go|bin\s+(?:it|them|that|this|\d+)|toss\w*|ditch\w*|chuck\w*|dump\w*|trash\w*|kill|nope|nah|thumbs\s+down|not\s+(?:taking|touching|gonna\s+(?:take|work)))\b|👎|❌", Options)]
    private static partial Regex RejectVerb();

    [GeneratedRegex(@"\b(?:good|great|legit|solid|qualified|real\s+buyer|worth\s+it|promising|hot)\b", Options)]
    private static partial Regex AcceptWord();

    [GeneratedRegex(@"\b(?:junk|garbage|bad|spam|not\s+(?:a\s+)?fit|not\s+for\s+us|no\s+fit|wrong\s+fit|unqualified|no\s+go)\b", Options)]
    private static partial Regex RejectWord();
}
