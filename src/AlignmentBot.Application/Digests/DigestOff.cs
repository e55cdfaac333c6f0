using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// The channel's digest switched off in the user's own words: "honestly nobody opens it, can the digest in this channel",
/// "tbh we can drop the digest in here", "let's ditch the digest", "digest off pls", "we don't need the digest anymore",
/// "pls cancle the digest". Three cues, not one phrasing: the digest named (typos too, as <see cref="DigestAsk"/> names
/// it), a word that ends something (stop, drop, can, bin, kill, cancel, off, no more, not needed), and neither a question
/// about it ("should we drop the digest?", "who turned off the digest?") nor a negation or a wish to keep it ("don't stop
/// the digest"). A complaint with no ask ("nobody reads the digest lol") switches nothing off, and a day or time said with
/// it asks for it ("drop the weekly digest in here on tuesdays, 10am"). Built against
/// <c>Paraphrases/digest-off-words.*.txt</c>.
/// </summary>
public static partial class DigestOff
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether the message switches the digest off.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        // A weekday or a clock time asks for it ("can u drop the weekly digest in here mondays at 8:30"), or belongs to something
        // else that stops ("we agreed to stop the monday meeting, so … the digest every thursday at half ten"): not a stop.
        var t = text.Replace('’', '\'');
        return Named().IsMatch(t) && Ends().IsMatch(t) && !Question().IsMatch(t) && !Kept().IsMatch(t)
            && DigestCadence.DayIn(t) is null && DigestWhenWords.TimeIn(t) is null;
    }

    /// <summary>
    /// With the digest the topic (right after it was set up, moved or talked about), the same ask with "it" for the digest:
    /// "nobody reads this thing tbh, can you kill it", "actually switch it off", "honestly, let's just turn it off".
    /// </summary>
    public static bool AsksOfIt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Replace('’', '\'');
        return StandsForIt().IsMatch(t) && Ends().IsMatch(t) && !Question().IsMatch(t) && !Kept().IsMatch(t)
            && DigestCadence.DayIn(t) is null && DigestWhenWords.TimeIn(t) is null;
    }

    [GeneratedRegex(@"\b(?:it|that|this(?:\s+thing)?)\b", Options)]
    private static partial Regex StandsForIt();

    /// <summary>"yes" or "no", as the paraphrase table writes it.</summary>
    public static string Describe(string? text) => Asks(text) ? "yes" : "no";

    /// <summary>The digest by name, typed with its letters swapped too, or the weekly summary.</summary>
    [GeneratedRegex(@"\bdig(?:est|set|ets)s?\b|\bweekly\s+(?:summary|roundup|round-up|update|report)\b", Options)]
    private static partial Regex Named();

    /// <summary>
    /// What ends it: a verb of ending ("stop", "drop", "ditch", "bin", "cancel"/"cancle"), "can" as a verb ("can the digest"
    /// with nothing it could do after it), switched off, "no more", or not needed any more.
    /// </summary>
    [GeneratedRegex(@"\b(?:stop|stopping|unsub(?:scribe)?|drop|ditch|bin|kill|scrap|nix|axe|canc[el]{2}|remove|delete|get\s+rid\s+of|no\s+more|enough\s+(?:with|of)|"
        + @"(?:turn|switch|shut)\s+(?:\S+\s+){0,4}?off|dig(?:est|set)s?\s+off|"
        + @"can\s+(?:the|this|that|our|it)\s*(?:\w+\s+)?(?:dig(?:est|set)s?|summary)?(?=\s*(?:$|[^\w\s]|in\b|here\b|for\b|on\b|pls\b|please\b|now\b|thanks\b))|"
        + @"(?:don't|dont|do\s+not|no\s+longer)\s+(?:really\s+)?(?:need|want|use)|(?:not|isn't|no\s+longer)\s+needed)\b", Options)]
    private static partial Regex Ends();

    /// <summary>A question about it, not an ask: "should we drop the digest?", "who turned off the digest?", "is it still on?".</summary>
    [GeneratedRegex(@"^\s*(?:(?:ok|so|hey|and|btw|hmm+)\b[\s,]*)*(?:what|what's|whats|when|where|who|whose|why|which|how|is|are|was|were|does|did|should|shall|has|have)\b", Options)]
    private static partial Regex Question();

    /// <summary>Kept, the ending negated, or a part taken out of it: "don't stop the digest", "can we keep the digest?", "drop the
    /// pipeline section from the digest".</summary>
    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|never|please\s+don't)\s+(?:stop|cancel|kill|drop|turn|switch|remove|ditch|scrap|bin)\b|\bkeep\b|\b(?:from|in|out\s+of)\s+(?:the|this|our)\s+(?:\w+\s+)?dig(?:est|set)\b(?!\s+(?:in|here|for|pls|please)\b|\s*$)", Options)]
    private static partial Regex Kept();
}
