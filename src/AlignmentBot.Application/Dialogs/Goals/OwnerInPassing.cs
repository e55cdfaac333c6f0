using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A goal's owner named in passing, where <see cref="GoalWords.Owner"/>'s fixed phrasings do not reach: "Priya's running
/// point on it", "sam's on the hook", "marco to drive", "it's Sam's baby", "make marco responsible", "… by end of Q2 — Priya".
/// Read from three small cues rather than one phrasing each: a name with an ownership word beside it (own, run, drive, lead,
/// in charge, accountable, on the hook, point, got this), an ownership word that names who follows ("owner marco",
/// "assign to sam", "put marco on it"), or a bare name said last after a comma, dash or bracket. A question ("is Priya
/// running it?") or a name negated ("not Priya") names nobody. The name is returned as written; the goal dialog matches it
/// to one person of the workspace and says so when it is no one's. Built against <c>Paraphrases/goal-owner-words.*.txt</c>.
/// </summary>
public static partial class OwnerInPassing
{
    /// <summary>The owner's name as written, or null.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Question().IsMatch(text))
        {
            return null;
        }

        foreach (var cue in new[] { NameThenCue(), CueThenName(), NameLast() })
        {
            foreach (Match m in cue.Matches(text))
            {
                var name = m.Groups["name"];
                if (!NotAName().IsMatch(name.Value) && !Negated().IsMatch(text[..name.Index]))
                {
                    return name.Value;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a word could be a person's name rather than a pronoun, a date or one of a goal's own words.</summary>
    public static bool CouldBeName(string word) => !NotAName().IsMatch(word);

    private const string Name = @"@?(?<name>[A-Za-z][a-z]+)(?:\s+[A-Z]\.)?";

    /// <summary>"Priya's running point", "sam's on the hook", "Alex'll own", "marco to drive", "Priya is the one driving it", "Sam's baby".</summary>
    [GeneratedRegex(@"(?<![\w'’])" + Name + @"(?:['’]s|['’]ll|\s+is|\s+will|\s+to|\s+(?:is\s+)?(?:gonna|going\s+to))?\s+(?:(?:be|the\s+one|now)\s+)*(?:own(?:s|ing)?\b|run(?:s|ning)?\s+(?:point|with|it|this|that|the)\b|runs\s+it|driv(?:e|es|ing)\b|lead(?:s|ing)?\s+(?:it|this|that|on)\b|in\s+charge\b|accountable\b|responsible\b|on\s+the\s+hook\b|(?:taking|running|on)\s+point\b|got\s+(?:this|it)\b|baby\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenCue();

    /// <summary>"owner marco", "owner: priya", "owned by Dana", "assign to sam", "put marco on it", "make marco responsible".</summary>
    [GeneratedRegex(@"\b(?:[Oo]wner\s*[:=-]?|[Oo]wned\s+by|[Aa]ssign(?:ed)?\s+(?:it\s+)?to)\s+" + Name + @"|\b(?:[Pp]ut|[Mm]ake)\s+" + Name + @"\s+(?:on\s+it|responsible|accountable|the\s+owner)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CueThenName();

    /// <summary>A bare name said last: "… by end of Q2 — Priya", "…, priya", "… (dana)", "…, @Priya".</summary>
    [GeneratedRegex(@"(?:[,;(]|\s[-–—])\s*" + Name + @"\)?\s*[.!]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLast();

    [GeneratedRegex(@"\?\s*$|^\s*(?:who|is|are|should|can|could|would|does|do|will)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:not|no|never)\s+@?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    /// <summary>Words that stand where a name does but are none: pronouns, the goal's own words, dates, sign-offs.</summary>
    [GeneratedRegex(@"^(?:i|me|we|us|you|he|she|they|it|this|that|who|someone|everyone|nobody|team|sales|marketing|goal|target|owner|one|mine|my|our|the|a|an|and|or|please|pls|plz|thanks|thx|cheers|ok|okay|yes|yeah|no|asap|now|today|tomorrow|monthly|weekly|quarterly|yearly|realistic|stretch|commit|keep|what|there|here|let|lets|cpl|mqls?|sqls?|leads?|revenue|retention|pipeline|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|end|year|month|quarter|week|day|days|hours?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
