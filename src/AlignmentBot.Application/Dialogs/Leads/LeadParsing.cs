using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Leads;

public static partial class LeadParsing
{
    public static string? Decision(string text) => Reject().IsMatch(text) ? "reject" : Accept().IsMatch(text) ? "accept" : null;

    public static string? Company(string text)
    {
        var m = CompanyPattern().Match(text);
        return m.Success ? m.Groups["c"].Value.Trim() : null;
    }

    public static bool WantsReview(string text) => Review().IsMatch(text) || AsksForTheQueue(text);

    /// <summary>
    /// The waiting leads asked to be shown, in words the intent model has no example of: "show me what's pending", "what's left
    /// in the queue?", "ok friday cleanup. what's still waiting on us?" (the whole last sentence asks it, nothing after it).
    /// </summary>
    public static bool AsksForTheQueue(string text) => QueueAsked().IsMatch(text);

    [GeneratedRegex(@"(?:^|[.!,;:]\s*)\W*(?:(?:ok|okay|so|hey|alright|right)\b[\s,.!]*)*(?:(?:show|give|pull\s+up|list)\s+(?:me|us)\s+|list\s+)?(?:what'?s|whats|what\s+is|what\s+are)\s+(?:still\s+|left\s+|remaining\s+)*(?:pending|waiting|open|undecided|in\s+the\s+(?:lead\s+)?(?:queue|backlog))(?:\s+(?:on|for)\s+(?:us|me|sales))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueueAsked();

    /// <summary>
    /// "can we run through the leads waiting on us?", "shall we go over the pending leads?": asked as a question, but an
    /// invitation to review them together, so the triage card, not a count. "let's work through the leads queue" too.
    /// </summary>
    public static bool InvitesReview(string text) => JointReview().IsMatch(text) && (Review().IsMatch(text) || ReviewObject().IsMatch(text));

    // What is gone through, invited to review together: "the queue", "the backlog", "what's still pending", "whatever's
    // open" ("can we go thru the queue real quick", "let's go through what's still pending"); not another kind's queue.
    [GeneratedRegex(@"\b(?<!(?:request|requests|goal|goals|ticket|tickets|support|content)\s+)(?:queue|backlog)\b|\b(?:whatever'?s|what'?s|everything|anything|all|the\s+ones)\s+(?:that'?s\s+|still\s+|is\s+|are\s+)*(?:waiting|pending|open|undecided)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewObject();

    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|hey)[\s,]+)?(?:(?:can|could|shall|should)\s+(?:we|you|u)|let'?s|let\s+us)\s+(?:quickly\s+|please\s+|pls\s+)?(?:run|go|walk|work|look|review|triage|burn|clear|chew|plow|plough|blast|crank|tackle|knock|sort|clean|get)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JointReview();

    /// <summary>
    /// The company a question names a lead by, in any case: "the zyxel lead", "the lead from Zorblax Labs", "that initrode
    /// one" — what <see cref="Company"/> reads, and else the lower-case word(s) before "lead"/after "lead from", unless they
    /// say which lead in another way ("the next lead", "the webinar lead").
    /// </summary>
    public static string? CompanyInQuestion(string text)
    {
        if (Company(text) is { } named)
        {
            return named;
        }

        if (CompanyAskedAlone(text) is { } alone)
        {
            return alone;
        }

        var m = AnyCaseCompany().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["c"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !NotACompany().IsMatch(w)).ToArray();
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// A company's full name asked after without the word lead: "what happened with Stark Robotics?", "where are we on Black
    /// Mesa Pharma", "any news on Aperture Robotics?". Two or more capitalised words, so a person ("Priya") or a number
    /// ("MQLs") is never taken for a company.
    /// </summary>
    public static string? CompanyAskedAlone(string text)
        => CompanyAfterStandingPhrase().Match(text) is { Success: true } m ? m.Groups["c"].Value.Trim() : null;

    /// <summary>"accept 1286", "reject 1237, not the decision maker": a verdict verb first, then a number that can only be a lead id.</summary>
    /// <remarks>Said on the side too: "one sec - 1296 is good, accept it first", "hang on, accept 1296 first" (the opener and the
    /// "first"/"now"/"too" after the verdict are no part of it).</remarks>
    public static bool IsVerdictOnBareId(string text)
    {
        var said = AsideAfter().Replace(Bot.AsideOpeners.Strip(text), string.Empty);
        // "could you accept 1087 please?", "can you please mark 1087 as accepted?": asked politely, the verdict is still the command.
        if (PoliteAsk().Match(said) is { Success: true, Length: > 0 } polite)
        {
            var asked = AsideAfter().Replace(said[polite.Length..].TrimEnd(' ', '?', '!', '.'), string.Empty);
            return (VerdictFirst().IsMatch(asked) || MarkedAs().IsMatch(asked)) && BareId(asked) is not null;
        }

        return (VerdictFirst().IsMatch(said) || IdThenVerdict().IsMatch(said)) && BareId(said) is not null;
    }

    [GeneratedRegex(@"^\W*(?:(?:could|can|would|will)\s+(?:you|u|ya)\s+)(?:(?:please|pls|plz|kindly)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteAsk();

    // "mark 1087 as accepted", "set lead 1237 to rejected".
    [GeneratedRegex(@"^(?:mark|set|flag)\s+(?:lead\s+)?(?:[a-z]+-)?\d{3,7}\s+(?:as|to)\s+(?:accepted|rejected)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkedAs();

    // "… accept it first", "… reject it too", "… accept that now pls": when, said after the verdict.
    [GeneratedRegex(@"(?:[\s,]+(?:first|now|too|also|as\s+well|real\s+quick|quickly|right\s+away|asap|pls|please|plz|thx|thanks))+[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideAfter();

    /// <summary>A bare number that can only be a lead id ("reject 1237, not the decision maker"), or null.</summary>
    public static string? BareId(string text)
    {
        // "no budget til 2028", "frozen until 2027": a year after a word of time is a date, never a lead's number.
        var m = BareNumber().Matches(text).FirstOrDefault(n => !YearAfterTimeWord().IsMatch(text[..(n.Index + n.Length)]));
        return m is null ? null : m.Groups["id"].Value;
    }

    /// <summary>
    /// A question about where one lead stands: "is 1286 still pending?", "has anyone looked at 1252 yet?", "why did we bin
    /// the Globex Logistics lead?", "is the Black Mesa one still open?" — a lead named by its id or its company, and asked.
    /// </summary>
    public static bool AsksAboutALead(string text, string? reference)
    {
        // "the revenue one" is a goal, not a company: a company is asked about with the word lead, or by its capitalised name.
        if (CompanyAskedAlone(text) is not null)
        {
            return true;
        }

        if (CompanyInQuestion(text) is { } company)
        {
            return LeadWord().IsMatch(text) || char.IsUpper(company[0]) && StandingWord().IsMatch(text);
        }

        if (reference is not null)
        {
            return LeadWord().IsMatch(text) || StandingWord().IsMatch(text);
        }

        // A bare number only with a word that only a lead's verdict has: "is 240 still realistic?" is a target.
        return BareId(text) is not null && VerdictWord().IsMatch(text);
    }

    [GeneratedRegex(@"\b(?:til|till|until|through|thru|in|by|since|before|after|from|of|to|fy|end\s+of)\s+(?:19|20)\d\d$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearAfterTimeWord();

    [GeneratedRegex(@"\bleads?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWord();

    /// <summary>Words that ask where something stands, not how many: "still", "pending", "yet", "dealt with", "looked at".</summary>
    [GeneratedRegex(@"\b(still|pending|waiting|open|yet|decided|verdict|(?:made|make|makes)\s+(?:a|the)\s+(?:call|decision)\s+on|rul(?:e|ed)\s+on|deal\s+with|dealt\s+with|looked\s+at|happened|status|accepted|rejected|taken|binned|killed|touched)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandingWord();

    // "has anyone made a call on 1167 yet?", "did sales rule on 1252?", "is 1167 still open?": a decision asked about in
    // other words ("is 240 still realistic?" stays a target).
    [GeneratedRegex(@"\b(pending|waiting\s+(?:on|for)\s+(?:a\s+)?(?:decision|verdict)|(?:made|make|makes)\s+(?:a|the)\s+(?:call|decision)\s+on|rul(?:e|ed)\s+on|decided|verdict|deal\s+with|dealt\s+with|looked\s+at|accepted|rejected|binned|touched|still\s+(?:waiting|open|undecided|sitting\s+there))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictWord();

    /// <summary>A lead's id said anywhere in a message, "1155" or "DEMO-1167" (three to seven digits, an optional prefix).</summary>
    [GeneratedRegex(@"\b(?:[a-z]+-)?\d{3,7}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex IdMentioned();

    [GeneratedRegex(@"(?<![\d$€£.,])\b(?<id>\d{3,7})\b(?![.,]?\d|\s*(%|k\b|m\b|mqls?|sqls?|leads|days|hours|employees|people))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    /// <summary>Rejecting in slang: "kill 1155", "nuke it", "bin this one", "trash 1167", "chuck 1063".</summary>
    private const string SlangReject = @"kill|killed|nuke|nuked|bin|binned|trash|trashed|toss|tossed|ditch|ditched|chuck|chucked|chucking";

    /// <summary>Turning a lead down with "on"/"to" before it: "hard pass on 1237", "nope on 1237", "thumbs down on 1155", "no go on 1087".</summary>
    private const string TurnedDownOn = @"(?:hard\s+|big\s+)?pass\s+on|nope\s+(?:on|to)|no[\s-]*go\s+on|thumbs\s+down\s+(?:on|for|to)";

    [GeneratedRegex(@"^\W*(?:(?:pls|please|ok|okay|so|then|and)\s+)*(?:accept|reject|disqualify|dq|" + SlangReject + "|" + TurnedDownOn + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictFirst();

    // "1087 looks legit, accept it", "and 1087 looks good, accept", "ok 1167 looks solid - accepting": the lead's number
    // first, a few words on it, and the verdict verb last, after a break; never a question.
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|then|and|also|right)[\s,]+)*(?:lead\s+)?(?:[a-z]+-)?\d{3,}\b[^?\d]{0,60}?[\s,;:.–—-]+(?:i'?ll\s+|let'?s\s+|we'?ll\s+)?(?:accept|reject|disqualify|dq|" + SlangReject + @")(?:ing|ed)?(?:\s+(?:it|that|this|him|her|them|that\s+one|this\s+one|pls|please))*[\s.!👍✅]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdThenVerdict();

    // "…, zero budget, pass", "hard pass", "we'll pass on this one": passing on a lead said last or with "on it"; "pass it to
    // Sam" is no verdict.
    [GeneratedRegex(@"\b(reject|rejected|rejecting|disqualif\w*|decline|declined|" + SlangReject + @"|pass(?=\W*$)|hard\s+pass|pass\s+on\s+(?:this|that|it|them)|" + TurnedDownOn + @"|junk|garbage|bad|not a fit|no fit|poor fit|wrong|duplicate|dupe|no budget|no money|not in market|not ready|student|competitor|too small|unreachable|bounced|not interested|vendor|partner|intern|no longer|not the decision)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reject();

    [GeneratedRegex(@"\b(accept|accepted|accepting|take it|we'?ll take|taking|good one|solid|looks great|qualified|approve|approved|real buyer|fine|legit|looks good|good fit|keep it|keep this one|is good|seems good|worth it|let'?s\s+take|take\s+the|go\s+ahead\s+with|go\s+with|green\s*light|thumbs\s+up|gets\s+a\s+tick|tick|yes\s+to|sign\s+off\s+on)\b|✅|👍|✔|☑", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accept();

    [GeneratedRegex(@"\b(?:(?:happened|happening|going\s+on)\s+(?:with|to)|where\s+(?:are\s+we|do\s+we\s+stand|does\s+(?:it|that)\s+stand|(?:are\s+)?we\s+at|is\s+sales)\s+(?:on|with)|(?:any\s+)?(?:news|update|word)\s+(?:on|about|from)|status\s+(?:of|on))\s+(?<c>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)+)", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyAfterStandingPhrase();

    [GeneratedRegex(@"\b(?:lead|one)\s+(?:from|at|with)\s+(?<c>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)|\b(?:the|that|this)\s+(?<c>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)\s+lead\b", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyPattern();

    [GeneratedRegex(@"\blead\s+(?:from|at|with)\s+(?<c>[\p{L}][\w&'.-]*(?:\s+[\p{L}][\w&'.-]*)?)|\b(?:the|that|this)\s+(?<c>[\p{L}][\w&'.-]*(?:\s+[\p{L}][\w&'.-]*)?)\s+(?:lead|one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyCaseCompany();

    /// <summary>Words that say which lead without naming a company, and words that end the name ("accepted", "yet").</summary>
    [GeneratedRegex(@"^(?:next|last|first|new|newest|latest|oldest|pending|open|other|same|previous|current|best|worst|good|bad|hot|cold|warm|inbound|outbound|mql|sql|webinar|event|trade|show|linkedin|ads?|campaign|demo|big|small|average|typical|total|median|overall|per|response|quality|time|score|scoring|status|source|flow|one|lead|leads|accepted|rejected|decided|yet|ever|again|already|last|today|yesterday|this|that|week|month|is|was|were|got|get|been|and|or|to|in|on|for|of|a|an|the|it)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotACompany();

    [GeneratedRegex(@"\b(review|triage|pending|open|go through|look at|run through|run thru|go thru|walk through|work through|work thru|go over)\b.*\bleads?\b|\bleads?\b.*\b(to review|pending|waiting)\b|\b(?:whatever'?s|what'?s|everything|anything|all)\s+(?:that'?s\s+|still\s+)*(?:waiting|pending|open)\s+(?:on|for)\s+(?:us|me|sales|our\s+(?:call|verdict))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Review();
}
