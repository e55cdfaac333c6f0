using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// Taking back what was just entered, in any words: "ugh, wrong number entirely, undo that", "nope, back that out", "please
/// remove the 47 I just logged", "that's not right at all — get rid of it", "wrong, pls delete". Read from small parts
/// rather than one phrasing each: a clause with a verb of taking back and either nothing else (politeness aside) or the
/// thing just done as its object ("that", "it", "the last entry", "what I just logged"); not denied ("don't undo that",
/// "no need to undo"), not asked about ("how do I undo something?", "is there an undo?"; "can you undo it?" is a request),
/// and not a new value instead ("undo that, it should be 48" is a correction, read by the correction readers).
/// Whatever was just done counts, not only a number: a goal change ("nah, put it back how it was"), an archive ("bring it
/// back, I archived the wrong one"), an SLA proposal ("pull that back", "scrap that, wrong numbers", "withdraw that
/// proposal"); the caller knows which, so the reader only says that it is taken back.
/// </summary>
public static partial class UndoWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool Reads(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'').ToLowerInvariant();
        if (Denied().IsMatch(t) || AskedAbout().IsMatch(t) || NewValue().IsMatch(t))
        {
            return false;
        }

        return ClauseBreak().Split(t).Select(c => Polite().Replace(c, " ").Trim()).Any(c => BareVerb().IsMatch(c) || VerbAndObject().IsMatch(c) || PutBack().IsMatch(c));
    }

    /// <summary>The verbs of taking back; "back … out", "roll … back", "take … back", "pull … back" around their object.</summary>
    /// <remarks>Not "bin it", "drop it" (a lead's rejection) nor "forget it" (never mind): those say other things after a verdict or a question.</remarks>
    private const string Verb = @"(?:undo|revert|reverse|delete|remove|erase|cancel|scratch|strike|get\s+rid\s+of|scrap|withdraw|retract|rescind|unarchive|restore)";

    /// <summary>
    /// Verbs of throwing away that take back only with the thing named ("ditch that last entry", "kill that proposal", "pull
    /// that proposal"): alone with "it" they say other things ("bin it" rejects a lead, "pull the numbers" fetches them).
    /// </summary>
    private const string NamedOnlyVerb = @"(?:ditch|bin|kill|trash|pull)";

    /// <summary>The verbs that take back the last thing said alone ("undo!", "pls delete"); "cancel" alone stops a dialog instead.</summary>
    private const string BareVerbs = @"(?:undo|revert|reverse|delete|remove|erase|unarchive)";

    /// <summary>How the thing was just done: "the number I just posted", "the proposal I just made".</summary>
    private const string Done = @"(?:logged|entered|added|put|sent|did|made|posted|typed|submitted|proposed|changed|archived)";

    /// <summary>The thing just done, named: "the last entry", "that proposal", "my last change", "what I just logged", "the 47 I just logged".</summary>
    private const string Named = @"(?:(?:the|my|that|this)\s+(?:last\s+)?(?:one|entry|check[\s-]?in|number|figure|value|thing|verdict|decision|update|change|edit|proposal|message|post)(?:\s+i\s+(?:just\s+)?" + Done + @")?|(?:what|whatever)\s+i\s+(?:just\s+)?(?:entered|logged|said|added|put(?:\s+in)?|sent|did|posted|proposed|changed)|the\s+(?:last\s+)?[$€£]?[\d.,]+(?:k|m|h|hrs|%)?\s+i\s+(?:just\s+)?(?:logged|entered|added|put(?:\s+in)?|posted)|(?:the\s+)?last\s+(?:thing|entry|one|change|proposal)(?:\s+i\s+" + Done + @")?)";

    /// <summary>The thing just done: "that", "it", "this", or named (<see cref="Named"/>).</summary>
    private const string Object = @"(?:that|it|this|" + Named + @")";

    // A clause that is only the verb ("undo", "undo!", "pls delete", "undo undo undo").
    [GeneratedRegex(@"^\W*(?:" + BareVerbs + @"\W*)+$", Options)]
    private static partial Regex BareVerb();

    // The verb and the thing just done: "undo that", "remove the 47 I just logged", "back that out", "roll it back", "take it back",
    // "pull that back", "kill that proposal".
    [GeneratedRegex(@"\b(?:" + Verb + @"\s+" + Object + @"|" + NamedOnlyVerb + @"\s+" + Named + @"|(?:back|roll|take|pull)\s+" + Object + @"\s+(?:out|back)|(?:roll|take|pull)\s+back\s+" + Object + @")\b", Options)]
    private static partial Regex VerbAndObject();

    // Putting it back as it was: "put it back how it was", "change it back", "bring it back", "go back to the previous version",
    // "forget I said that"; not moved back by an amount or to a new value ("push the deadline back a month", "set it back to Q3").
    [GeneratedRegex(@"\b(?:(?:put|change|set|switch|turn|bring)\s+(?:it|that|this|them|everything)\s+back\b(?!\s+(?:a|an|one|two|three|by|\d|to\s+(?!(?:how|what|the\s+way|where)\b)))|back\s+(?:to\s+)?(?:how|the\s+way|what|where)\s+(?:it|they)\s+(?:was|were)\b|go\s+back\s+to\s+(?:the\s+)?(?:previous|old|original|last)\s+(?:one|version|value|numbers?|deadline|target)|forget\s+(?:i\s+said|what\s+i\s+(?:just\s+)?said))", Options)]
    private static partial Regex PutBack();

    [GeneratedRegex(@"[,;.!?:()–—]|\s-+\s|\s(?:and|but|so)\s", Options)]
    private static partial Regex ClauseBreak();

    // Politeness and asking around the request: "please", "pls", "can you", "can u", "🙏"; an apology beside it ("undo pls
    // sorry", "hmm no, undo sorry") is politeness too.
    [GeneratedRegex(@"\b(?:please|pls|plz|thx|thanks|(?:can|could|would|will)\s+(?:you|u|ya)|quickly|now|again|sorry|soz|sry)\b|[^\w\s']", Options)]
    private static partial Regex Polite();

    // "don't undo that", "no need to undo", "please don't delete it", "never remove it", "not undo", "don't roll it back".
    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|no\s+need\s+to|never|not|shouldn't|won't)\s+(?:\w+\s+)?(?:" + Verb + "|" + NamedOnlyVerb + @"|roll|take|back|put|change|set|bring|go)\b", Options)]
    private static partial Regex Denied();

    // About taking back, not doing it: "how do I undo something?", "what does undo do?", "is there an undo?", "undo is great".
    [GeneratedRegex(@"^\W*(?:how|what|why|when|where|which|who|is|are|does|do|did)\b|\b(?:an|the)\s+undo\b|\bundo\s+(?:is|was|does|button|feature|works)\b", Options)]
    private static partial Regex AskedAbout();

    // A new value or reason instead: "undo that, it should be 48", "make it 52 instead", "scratch that, the reason is no budget".
    [GeneratedRegex(@"\b(?:reason|should\s+(?:be|have\s+been)|make\s+(?:it|that)|change\s+(?:it|that)\s+to|instead|rather|meant\s+\d|it's\s+\d|its\s+\d)", Options)]
    private static partial Regex NewValue();
}
