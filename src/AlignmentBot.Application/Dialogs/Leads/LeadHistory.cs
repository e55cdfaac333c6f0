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
        => Question(text) is { } asked ? LeadVerdicts.Named(asked, companies) : null;

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

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        // A long message that ends in the question: the question is what is read.
        var asked = Questions.QuestionAnswers.QuestionInside(t) ?? t;
        // "don't reject Hooli Robotics yet" opens like a question ("don't you…") but tells.
        if (Told().IsMatch(asked) || (!Questions.QuestionAnswers.IsQuestion(asked) && !RemindWhy().IsMatch(asked)))
        {
            return null;
        }

        return Count().IsMatch(asked) || !Happened().IsMatch(asked) ? null : asked;
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
    [GeneratedRegex(@"\b(?:happen\w*|status|verdict|decid\w*|decision|review\w*|say|said|accept\w*|approv\w*|reject\w*|declin\w*|disqualif\w*|bin|binned|binning|trash\w*|kill\w*|pass(?:ed)?\s+on|take|took|taken|taking|a\s+no)\b", Options)]
    private static partial Regex Happened();
}
