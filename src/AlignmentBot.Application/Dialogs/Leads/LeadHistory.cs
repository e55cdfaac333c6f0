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
        if (Question(text) is not { } asked || LeadVerdicts.Named(asked, companies) is not { } named)
        {
            return null;
        }

        // Asked only whether it still waits ("is the vandelay one still in limbo?"): a word like "still" or "update" is said of
        // anything, so the lead must be named as one: its id, its company's whole name, or a word of it with "one"/"lead".
        return Happened().IsMatch(asked) || IsId(named) || named.Contains(' ', StringComparison.Ordinal)
            || Regex.IsMatch(asked, $@"\b{Regex.Escape(named)}\s+(?:one|lead|leads|deal|account)\b", Options)
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
        // A long message that ends in the question: the question is what is read.
        var asked = Questions.QuestionAnswers.QuestionInside(t) ?? t;
        // "don't reject Hooli Robotics yet" opens like a question ("don't you…") but tells.
        if (Told().IsMatch(asked) || (!Questions.QuestionAnswers.IsQuestion(asked) && !RemindWhy().IsMatch(asked)))
        {
            return null;
        }

        return Count().IsMatch(asked) || !(Happened().IsMatch(asked) || Waiting().IsMatch(asked)) ? null : asked;
    }

    /// <summary>Whether what <see cref="Read"/> returned is a lead's id ("demo-1343", "1343") rather than a company.</summary>
    public static bool IsId(string lead) => IdLike().IsMatch(lead);

    [GeneratedRegex(@"^(?:[a-z]+-)?\d{3,7}$", Options)]
    private static partial Regex IdLike();

    // "remind me why Globex got binned", "tell me again who rejected it": a question asked without its form.
    [GeneratedRegex(@"\b(?:remind|tell)\s+me\s+(?:again\s+)?(?:why|who|what|whether|if|how\s+come)\b", Options)]
    private static partial Regex RemindWhy();

    [GeneratedRegex(@"^\W*(?:don'?t|do\s+not|never|no\s+need\s+to)\b", Options)]
    private static partial Regex Told();

    // A count over many leads is the leads summary's, not one lead's history.
    [GeneratedRegex(@"\bhow\s+(?:many|much)\b|\b(?:number|count)\s+of\b", Options)]
    private static partial Regex Count();

    // What was decided or what became of it: a verdict verb in any tense, "status", "happened", "say about". Not "why" alone:
    // "why is there a massive drop?" names no lead, though Massive is a company.
    [GeneratedRegex(@"\b(?:happen\w*|status|verdict|decid\w*|decision|review\w*|say|said|accept\w*|approv\w*|reject\w*|declin\w*|disqualif\w*|bin|binned|binning|trash\w*|kill\w*|pass(?:ed)?\s+on|take|took|taken|taking|a\s+no|(?:made|make)\s+a\s+call\s+on)\b", Options)]
    private static partial Regex Happened();

    // Whether it still waits, or how it stands: still, pending, in the queue or in limbo, sat there, news or an update on it,
    // what's going on or happening with it, where we are with it, the latest.
    [GeneratedRegex(@"\b(?:still|pending|waiting|undecided|queue|limbo|sat\s+there|sitting|news|update|latest|going\s+on|happening|where\s+are\s+we\s+(?:with|on|at))\b", Options)]
    private static partial Regex Waiting();

    // What was decided, asked outright: the verdict's verbs, so "was it rejected or is it still pending?" shows the decided first.
    [GeneratedRegex(@"\b(?:accept\w*|approv\w*|reject\w*|declin\w*|disqualif\w*|bin|binned|binning|trash\w*|kill\w*|why)\b", Options)]
    private static partial Regex Decided();
}
