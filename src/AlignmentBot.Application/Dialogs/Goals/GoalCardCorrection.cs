using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A goal change corrected at its confirm card, in other words: a new target, deadline or owner, alone or together, whatever
/// the change first was ("wait, 255 - and Priya's running it now", "no, Priya not Marco", "make it March", "wait, end of
/// september not june, and make it 48 days"). What follows "not", "rather than" or "instead of" is what the change is not,
/// so it is left out before the rest is read. The number and the day are the sentence's own entities (read by the caller's
/// language, so typos and short years read as anywhere else); the owner is a set phrase (<see cref="GoalWords.Owner"/>), one
/// said in passing (<see cref="OwnerInPassing"/>), a name after a handing verb ("hand it to priya", "I meant marco", "put Dana
/// down as owner"), or a name said alone once the fillers are gone ("sam, not alex"). A question ("is 260 even realistic?",
/// "who owns it now?") corrects nothing. The name is returned as written; the goal change dialog matches it to one person
/// and keeps the change as it was when it is no one's. Built against <c>Paraphrases/goal-card-correction.*.txt</c>.
/// </summary>
public static partial class GoalCardCorrection
{
    /// <summary>What a correction at the card changes; each part null when not said.</summary>
    public sealed record Reading(decimal? Target, DateOnly? Deadline, string? Owner);

    /// <summary>What <paramref name="text"/> corrects, read with <paramref name="entities"/> (the sentence's entities for a text), or null.</summary>
    public static Reading? Read(string? text, Func<string, Entities> entities)
    {
        if (string.IsNullOrWhiteSpace(text) || Question().IsMatch(text))
        {
            return null;
        }

        // "june not march", "not 250, 255", "Priya not Marco": what it is not is not read.
        var kept = Negated().Replace(text, " ").Trim();
        if (kept.Length == 0)
        {
            return null;
        }

        var e = entities(kept);
        var target = e.Money?.Amount ?? e.Percent ?? GoalOpening.ShortHundreds(kept) ?? e.Target;
        var deadline = e.Deadline;
        var owner = OwnerOf(kept);
        return target is null && deadline is null && owner is null ? null : new Reading(target, deadline, owner);
    }

    /// <summary>
    /// A new owner said at a new goal's card in one's own words ("eh let alex own it actually", "no, put Priya on it", "eh, let
    /// alex carry this one instead"): a handing verb or an owner said in passing, never a bare word (which may be "confirm");
    /// what follows "not" is left out, and a question names nobody. The name as written, or null.
    /// </summary>
    public static string? OwnerSaid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Question().IsMatch(text))
        {
            return null;
        }

        var kept = Negated().Replace(text, " ").Trim();
        // "no, mine actually", "eh let me own it", "I'll take it myself", "make it mine": the speaker takes it.
        if (kept.Length > 0 && SpeakerTakes().IsMatch(kept))
        {
            return GoalWords.Me;
        }

        if (HandedTo().Match(kept) is { Success: true } handed && OwnerInPassing.CouldBeName(handed.Groups["name"].Value) && !Filler().IsMatch(handed.Groups["name"].Value))
        {
            return handed.Groups["name"].Value;
        }

        return (GoalWords.Owner(kept) ?? OwnerInPassing.Read(kept)) is { } said && !Filler().IsMatch(said) ? said : null;
    }

    /// <summary>Whether <paramref name="text"/> says the speaker takes the goal ("no, mine actually", "let me own it", "make it mine").</summary>
    public static bool SpeakerTakesIt(string? text)
        => !string.IsNullOrWhiteSpace(text) && !Question().IsMatch(text) && Negated().Replace(text, " ").Trim() is { Length: > 0 } kept && SpeakerTakes().IsMatch(kept);

    /// <summary><paramref name="text"/> without what it says the change is not ("in euros, not dollars" → "in euros").</summary>
    public static string WithoutNegated(string text) => Negated().Replace(text, " ").Trim();

    private static string? OwnerOf(string text)
    {
        // A handing verb first ("put Dana down as owner instead" names Dana, not "instead").
        if (HandedTo().Match(text) is { Success: true } handed && OwnerInPassing.CouldBeName(handed.Groups["name"].Value) && !Filler().IsMatch(handed.Groups["name"].Value))
        {
            return handed.Groups["name"].Value;
        }

        if ((GoalWords.Owner(text) ?? OwnerInPassing.Read(text)) is { } said && !Filler().IsMatch(said))
        {
            return said;
        }

        return NameAlone().Match(text) is { Success: true } alone && OwnerInPassing.CouldBeName(alone.Groups["name"].Value) ? alone.Groups["name"].Value : null;
    }

    // The speaker taking the goal: "me"/"mine" said alone among fillers ("no, mine actually", "no wait, me", "nah, mine"), "let me
    // own it", "I'll take it myself", "I'll be the owner", "make it mine", "make me the owner", "put me down as owner", "put it on
    // me", "switch the owner to me", "on second thought it's mine". Not "not mine" (left out before) nor a question.
    [GeneratedRegex(@"^\W*(?:(?:no+|nah|nope|wait|sorry|oops|actually|hmm+|hold\s+on|oh|ah|eh|err?|um+|ok|okay|so|on\s+second\s+thought|scratch\s+that)\W+)*(?:me|mine|myself|(?:it['’]?s|its|that['’]?s|thats)\s+mine)\W*(?:(?:instead|please|pls|then|actually|after\s+all)\W*)?$"
        + @"|\blet\s+me\s+(?:own|take|run|carry|lead|drive|have|handle)\b"
        + @"|\b(?:i['’]ll|ill|i\s+will|i['’]d\s+rather|i\s+can)\s+(?:(?:just|actually)\s+)?(?:own|take|run|carry|lead|drive|handle)\s+(?:it|this|that)(?:\s+one)?\b(?!\s+(?:to|over\s+to)\b)"
        + @"|\b(?:i['’]ll|ill|i\s+will)\s+be\s+(?:the\s+)?owner\b"
        + @"|\bmake\s+(?:it|this|that)\s+(?:mine|my\s+goal|my\s+one)\b|\bmake\s+me\s+(?:the\s+)?owner\b"
        + @"|\bput\s+me\s+(?:down\s+)?(?:as\s+(?:the\s+)?owner|on\s+(?:it|this|that))\b|\bput\s+(?:it|this|that)\s+on\s+me\b"
        + @"|\b(?:change|switch|set|move|make)\s+(?:the\s+owner|owner|ownership|it|this|that)\s+(?:over\s+)?to\s+me\b"
        + @"|\b(?:it['’]?s|its)\s+mine\b(?!\s*\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerTakes();

    [GeneratedRegex(@"^(?:instead|then|please|pls|actually|too|also|again|here|there)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    private const string Name = @"@?(?<name>[A-Za-z][a-z]+)";

    [GeneratedRegex(@"\?\s*$|^\W*(?:(?:wait|hmm+|hold\s+on|so|and|but)\W+)*(?:who|what|why|when|where|how|is|are|was|were|does|did)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    // "not june", "not 250", "not Marco", "not the end of may", "rather than 250", "instead of june", "not me".
    [GeneratedRegex(@"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?[$€£@]?[\w.,'’%-]*\w(?:\s*(?:%|k|days?|hours?|h|per\s+\w+|a\s+(?:week|month|quarter)))?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    // "hand it to priya", "give it to Sam", "I meant Alex", "put Dana down as owner", "make it priya's".
    [GeneratedRegex(@"\b(?:(?:hand|give|pass|assign|transfer|move|switch)\s+(?:it|that|this|the\s+goal|ownership)\s+(?:over\s+)?to|(?:i\s+)?meant|(?:i\s+)?mean)\s+(?!(?:to|say|it|that|the)\b)" + Name + @"\b|\blet\s+" + Name + @"\s+(?:own|run|carry|take|lead|drive|have|handle)\b|\bput\s+" + Name + @"\s+(?:down\s+)?as\s+(?:the\s+)?owner\b|\b" + Name + @"\s+(?:should|will|can|could|is\s+going\s+to|['’]s\s+going\s+to)\s+(?:own|run|take|lead|drive|have)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandedTo();

    // A name alone once the fillers are gone: "sam, not alex" → "sam,", "no wait, Priya".
    [GeneratedRegex(@"^\W*(?i:(?:no+|nope|wait|sorry|oops|actually|hmm+|hold\s+on|oh|ah|err?|um+|make\s+(?:it|that))\W+)*" + Name + @"\W*(?i:(?:instead|please|pls|then|actually)\W*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAlone();
}
