using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// A question about what already happened to one lead: "why did we bin Globex?", "did sales bin the globex logistics one?",
/// "was Stark Robotics accepted?", "what happened to the Hooli Robotics lead?". Read from small parts rather than one
/// phrasing each, so new wordings land: the form of a question (or "remind me why"), a word of what was decided or why
/// (a verdict verb in any tense, "status", "happened", "say about"), a lead named (an id, or a known company's first
/// words, as <see cref="LeadVerdicts"/> finds them), and not a count ("how many leads did sales reject?"). Asking changes
/// nothing; a verdict said as a command ("bin Globex, no budget") is <see cref="LeadVerdicts"/>'s, not this.
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind lead-history).
/// </summary>
public static partial class LeadHistory
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The lead the question asks after, as named ("globex logistics", "demo-1343"), or null when it is not one.</summary>
    public static string? Read(string? text, IEnumerable<string> companies)
    {
        if (Question(text) is not { } asked || LeadVerdicts.Named(asked, companies) is not { } found)
        {
            return null;
        }

        // "the Wayne Enterprises lead": a company word after the name we know is part of the name asked after.
        var named = WithSuffix(asked, found);

        // Asked only whether it still waits ("is the vandelay one still in limbo?"): a word like "still" or "update" is said of
        // anything, so the lead must be named as one: its id, its company's whole name, or a word of it with "one"/"lead".
        return Happened().IsMatch(asked) || IsId(named) || named.Contains(' ', StringComparison.Ordinal)
            || Regex.IsMatch(asked, $@"\b{Regex.Escape(named)}\s+(?:one|lead|leads|deal|account)\b", Options)
            // "what's the latest on globex?": the name is what the question is about, its last words.
            || Regex.IsMatch(asked, $@"\b(?:on|with|about|of|to)\s+(?:the\s+)?{Regex.Escape(named)}\W*$", Options)
            ? named
            : null;
    }

    /// <summary>
    /// Whether the question asks if the lead is still waiting ("is the aperture robotics one still sitting in the queue?",
    /// "what's going on with the Aperture one?") rather than what was decided, so the waiting leads are shown first.
    /// </summary>
    public static bool AsksIfWaiting(string text)
        => Question(text) is { } asked && Waiting().IsMatch(asked) && !Decided().IsMatch(asked);

    /// <summary>
    /// The question, lower case, when <paramref name="text"/> has the shape of one about a lead's history (before any lead
    /// is looked for, so the caller fetches the companies only then), or null.
    /// </summary>
    public static string? Question(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        // "hey is stark robotics still waiting…", "quick q, has anyone…": a greeting or a side trip's opener is no part of it.
        var t = Bot.AsideOpeners.Strip(Bot.AsideOpeners.WithoutGreeting(text.Trim())).Replace('’', '\'').ToLowerInvariant();
        // A long message that ends in the question: the question is what is read. "any update on the Wayne Enterprises lead?
        // sam mentioned it last week": the question first and a remark after it. "quick one: why did globex get tossed": a
        // short lead-in before a colon is no part of the question.
        var asked = Questions.QuestionAnswers.QuestionInside(t)
            ?? (FirstQuestion().Match(t) is { Success: true } first ? first.Groups["q"].Value : LeadIn().Replace(t, string.Empty, 1));
        // "don't reject Hooli Robotics yet" opens like a question ("don't you…") but tells.
        if (Told().IsMatch(asked) || (!Questions.QuestionAnswers.IsQuestion(asked) && !RemindWhy().IsMatch(asked)))
        {
            return null;
        }

        return Count().IsMatch(asked) || !(Happened().IsMatch(asked) || Waiting().IsMatch(asked)) ? null : asked;
    }

    /// <summary>
    /// A name said in the question with a company word after it ("any update on the Wayne Enterprises lead?", "anything on
    /// acme holdings?"), lower case, or null: a company asked after that may be none we have, so the answer says so.
    /// </summary>
    public static string? CompanySaid(string? text)
        => Question(text) is { } asked && CompanyWithSuffix().Match(asked) is { Success: true } m ? m.Value.Trim() : null;

    private static string WithSuffix(string asked, string named)
        => Regex.Match(asked, $@"(?<![\w-]){Regex.Escape(named)}\s+(?<suffix>{SuffixWords})\b", Options) is { Success: true } m
            ? $"{named} {m.Groups["suffix"].Value}"
            : named;

    // Words a company's name ends in that are no sector of ours: "Wayne Enterprises", "Acme Holdings", "Hooli Inc".
    private const string SuffixWords = "enterprises|holdings|industries|inc|corp|corporation|ltd|llc|gmbh|partners|solutions|technologies|international";

    // One or two words of a name and a company word, the name not starting with a word that is none ("the", "our", "on").
    [GeneratedRegex(@"(?<![\w'&-])(?!(?:the|a|an|our|their|your|this|that|on|with|about|of|from|for|any|some|other|new|what|which|sales|marketing)\b)[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*)?\s+(?:" + SuffixWords + @")\b", Options)]
    private static partial Regex CompanyWithSuffix();

    /// <summary>Whether what <see cref="Read"/> returned is a lead's id ("demo-1343", "1343") rather than a company.</summary>
    public static bool IsId(string lead) => IdLike().IsMatch(lead);

    [GeneratedRegex(@"^(?:[a-z]+-)?\d{3,7}$", Options)]
    private static partial Regex IdLike();

    // "remind me why Globex got binned", "tell me again who rejected it", "whatever happened to hooli": a question asked
    // without its form.
    [GeneratedRegex(@"\b(?:remind|tell)\s+me\s+(?:again\s+)?(?:why|who|what|whether|if|how\s+come)\b|^\W*whatever\s+(?:happened|became)\b", Options)]
    private static partial Regex RemindWhy();

    [GeneratedRegex(@"^\W*(?:don'?t|do\s+not|never|no\s+need\s+to)\b", Options)]
    private static partial Regex Told();

    // The question that opens a message, with a remark after it: "any update on the wayne lead? sam mentioned it". Not
    // asking leave to do something ("can I reject 1286 too? they're a competitor"), which is the verdict's.
    [GeneratedRegex(@"^(?!\W*(?:can|could|may|shall|should)\s+(?:i|we)\b)(?<q>[^.!?]{3,}?\?+)\s+\S", Options)]
    private static partial Regex FirstQuestion();

    // "quick one:", "q for sales:": a lead-in of one to three words before a colon.
    [GeneratedRegex(@"^(?:[\p{L}']+\s+){0,2}[\p{L}']+\s*:\s+", Options)]
    private static partial Regex LeadIn();

    // A count over many leads is the leads summary's, not one lead's history.
    [GeneratedRegex(@"\bhow\s+(?:many|much)\b|\b(?:number|count)\s+of\b", Options)]
    private static partial Regex Count();

    // What was decided or what became of it: a verdict verb in any tense, "status", "happened", "say about". Not "why" alone:
    // "why is there a massive drop?" names no lead, though Massive is a company.
    [GeneratedRegex(@"\b(?:happen\w*|status|verdict|decid\w*|decision|review\w*|say|said|accept\w*|approv\w*|reject\w*|declin\w*|disqualif\w*|bin|binned|binning|trash\w*|kill\w*|pass(?:ed)?\s+on|take|took|taken|taking|a\s+no|(?:made|make)\s+a\s+call\s+on)\b"
        // What became of it in everyday words: thrown out, tossed, ditched, picked up, kept, what was done with it, where it
        // landed, whether it went anywhere or through, made it past sales, turned out.
        + @"|\b(?:thr[eo]w\w*\s+(?:\w+\s+)?out|toss\w*|ditch\w*|pick\w*\s+(?:\w+\s+)?up|picked|kept|keep|do(?:ing|ne)?\s+(?:anything\s+|something\s+)?with|did\s+(?:\w+\s+)?with|became\s+of|turn(?:ed)?\s+out|land(?:ed)?|go(?:ne)?\s+(?:anywhere|through)|went\s+(?:anywhere|through)|make\s+it\s+past|made\s+it\s+past)\b"
        // "why did we drop hooli robotics?": why a decision was made by us, not "why is there a massive drop?".
        + @"|\bwhy(?:\s+did|'d)\s+(?:we|they|sales|you|u)\b", Options)]
    private static partial Regex Happened();

    // Whether it still waits, or how it stands: still, pending, in the queue or in limbo, sat there, news or an update on it,
    // what's going on or happening with it, where we are with it, the latest.
    [GeneratedRegex(@"\b(?:still|pending|waiting|undecided|queue|limbo|sat\s+there|sitting|news|update|latest|going\s+on|happening|where\s+are\s+we\s+(?:with|on|at)"
        // How it stands in everyday words: the story or the deal with it, what's up with it, anything on it, any movement;
        // "has anyone looked at the black mesa lead yet?", "touched stark robotics": whether anyone has got to it yet.
        + @"|story|deal\s+with|up\s+(?:with|w/)|anything\s+on|movement|touch\w*|look\w*\s+at)(?!\w)", Options)]
    private static partial Regex Waiting();

    // What was decided, asked outright: the verdict's verbs, so "was it rejected or is it still pending?" shows the decided first.
    [GeneratedRegex(@"\b(?:accept\w*|approv\w*|reject\w*|declin\w*|disqualif\w*|bin|binned|binning|trash\w*|kill\w*|why)\b", Options)]
    private static partial Regex Decided();
}
