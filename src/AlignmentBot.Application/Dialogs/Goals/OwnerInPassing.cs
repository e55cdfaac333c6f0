using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A goal's owner named in passing, where <see cref="GoalWords.Owner"/>'s fixed phrasings do not reach: "Priya's running
/// point on it", "sam's on the hook", "marco to drive", "it's Sam's baby", "make marco responsible", "… by end of Q2 — Priya",
/// "Priya's problem", "that one's on Sam", "alex has it", "sam and I agreed I'd own it".
/// Read from small cues rather than one phrasing each: a name, then a link word or none ('s, 'll, 'd, is, will, would, to,
/// gonna), then an ownership word (own, run, drive, lead, in charge, accountable, on the hook, point, on it, got this, has it)
/// or a thing one owns after the possessive (problem, baby, thing, responsibility); an ownership word that names who follows
/// ("owner marco", "assign to sam", "put marco on it", "… on priya" said last); a bare name said last after a comma, dash or
/// bracket; and, when no name is said, the speaker with the same link and ownership words ("I'd own it", "my
/// responsibility", "put me down as owner"), read as <see cref="GoalWords.Me"/>. A question ("is Priya running it?") or a cue
/// negated ("not Priya", "don't put me down") names nobody. The name is returned as written; the goal dialog matches it to
/// one person of the workspace and says so when it is no one's. Built against <c>Paraphrases/goal-owner-words.*.txt</c> and
/// <c>Paraphrases/goal-owner-said.*.txt</c>.
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

        // The goal handed to someone ("over to priya", "hand it to Sam", "that one goes to alex", "leave it with priya"), or to
        // the speaker ("leave it with me"); a refusal before the handing ("don't give it to priya") hands it to nobody.
        foreach (Match handed in HandedTo().Matches(text))
        {
            var name = handed.Groups["name"];
            if (Negated().IsMatch(text[..handed.Index]) || NotHanding().IsMatch(text[..handed.Index]))
            {
                continue;
            }

            if (name.Value.Equals("me", StringComparison.OrdinalIgnoreCase))
            {
                return GoalWords.Me;
            }

            if (!NotAName().IsMatch(name.Value))
            {
                return name.Value;
            }
        }

        // Someone's number or target said as a clause of its own ("…, Priya's number", "…, alex's target to hit").
        foreach (Match theirs in TheirNumber().Matches(text))
        {
            var name = theirs.Groups["name"];
            if (!NotAName().IsMatch(name.Value) && !Negated().IsMatch(text[..name.Index]))
            {
                return name.Value;
            }
        }

        // No one named: the speaker owning it in the same words ("I'd own it", "my responsibility", "owner: me"), or in a few
        // words of their own ("my number", "I'm owner", "mine to carry", "count me as owner"), neither hedged nor refused.
        foreach (var speaker in new[] { Speaker(), SpeakerInFewWords() })
        {
            if (speaker.Match(text) is { Success: true } me && !Negated().IsMatch(text[..me.Index]) && !GoalWords.Hedged(text[..me.Index]))
            {
                return GoalWords.Me;
            }
        }

        return null;
    }

    /// <summary>Whether a word could be a person's name rather than a pronoun, a date or one of a goal's own words.</summary>
    public static bool CouldBeName(string word) => !NotAName().IsMatch(word);

    private const string Name = @"@?(?<name>[A-Za-z][a-z]+)(?:\s+[A-Z]\.)?";

    /// <summary>What may stand between a name and its ownership word: "'s", "'ll", "'d", "is", "will", "would", "should", "to", "gonna", "be", "the one".</summary>
    private const string Link = @"(?:['’](?:s|ll|d|m)|\s+(?:is|am|will|would|should|has))?(?:\s+(?:gonna|going\s+to|to|be|the\s+one|now))*";

    /// <summary>Words that say one owns a goal: "own", "drive", "in charge", "on the hook", "got it covered", "take it", "hold it".</summary>
    private const string Owns = @"\s+(?:own(?:s|ing)?\b|run(?:s|ning)?\s+(?:point|with|it|this|that|the)\b|runs\s+it|driv(?:e|es|ing)\b|lead(?:s|ing)?\s+(?:it|this|that|on)\b|in\s+charge\b|accountable\b|responsible\b|on\s+the\s+hook\b|(?:taking|running|on)\s+point\b|got\s+(?:this|it|that)\b|tak(?:e|es|ing)\s+(?:it|this|that)\b|carr(?:y|ies|ying)(?:\s+(?:it|this|that|the\s+(?:goal|number|target))\b|\s*(?=[,;.!:)]|$))|pick(?:s|ing)?\s+(?:it|this|that)(?:\s+one)?\s+up\b|hold(?:s|ing)?\s+(?:it|this|that|the\s+pen)\b)";

    /// <summary>Said of someone, not a verb of theirs: "Priya's on it", "alex has it", "Priya's problem", "Sam's baby", "Marco's thing".</summary>
    private const string Holds = @"(?:['’]s|\s+is)\s+on\s+(?:it|this|that)\b|\s+has\s+(?:got\s+)?(?:it|this|that)\b|['’]s\s+(?:(?:own\s+)?(?:problem|baby|thing|responsibility|job))\b";

    /// <summary>"Priya's running point", "sam's on the hook", "Alex'll own", "marco to drive", "Priya is the one driving it", "Priya's problem", "alex has it".</summary>
    [GeneratedRegex(@"(?<![\w'’])" + Name + "(?:" + Link + Owns + "|" + Holds + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenCue();

    /// <summary>"owner marco", "owner: priya", "owned by Dana", "assign to sam", "put marco on it", "make marco responsible", "… that one's on Sam".</summary>
    [GeneratedRegex(@"\b(?:[Oo]wner(?:['’]s|\s+is)?\s*[:=-]?|[Oo]wned\s+by|[Aa]ssign(?:ed)?\s+(?:it\s+)?to)\s+" + Name + @"|\b(?:[Pp]ut|[Mm]ake)\s+" + Name + @"\s+(?:on\s+it|responsible|accountable|the\s+owner)\b|\b[Oo]n\s+" + Name + @"\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex CueThenName();

    /// <summary>A bare name said last: "… by end of Q2 — Priya", "…, priya", "… (dana)", "…, @Priya".</summary>
    [GeneratedRegex(@"(?:[,;(]|\s[-–—])\s*" + Name + @"\)?\s*[.!]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLast();

    [GeneratedRegex(@"\?\s*$|^\s*(?:who|is|are|should|can|could|would|does|do|will)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:not|no|never|don'?t|do\s+not|won'?t)\s+@?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    /// <summary>The speaker as owner: "I'd own it", "I'm accountable", "I'll take it", "my responsibility", "put me down as owner", "owner: me".</summary>
    [GeneratedRegex(@"\b[Ii]" + Link + Owns + @"|\b(?:[Mm]y|[Mm]ine\s+to)\s+(?:responsibility|problem|baby|own)\b|\b[Pp]ut\s+me\s+(?:down\s+)?(?:as|on)\b|\b[Oo]wner\s*(?:is|:|=|-)?\s*me\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    /// <summary>
    /// The speaker in a few words of their own: a clause that is only "my number", "my target to hit", "mine to carry", "it's
    /// mine", "that one's my number"; "I'm owner", "I'll be owner", "I'm the owner here", "I'm the one on it", "I'm taking it",
    /// "I'll carry that one", "count me as owner", "sign me up as owner", "put it on my plate". "my number of MQLs last week"
    /// goes on, so it is no clause of its own.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;.:!(–—]|\s-|\b(?:and|so|that['’]?s|thats|that\s+one['’]?s|it['’]?s|its|this\s+is|this\s+one['’]?s))\s*(?:(?:both|all|each)\s+(?:of\s+them\s+)?)?(?:my\s+(?:number|target|goal|call|baby|one)|mine)(?:\s+to\s+(?:hit|own|deliver|carry|drive|make))?(?:\s+(?:too|then|here|now))?\s*(?=[,;.!)]|$)|\b[Ii](?:['’]m|m|\s+am|['’]ll\s+be|\s+will\s+be)\s+(?:the\s+)?owner\b|\b[Ii](?:['’]m|\s+am)\s+(?:the\s+one\s+on\s+(?:it|this|that)|taking\s+(?:it|this|that))\b|\b[Ii](?:['’]ll|\s+will)\s+carry\s+(?:it|this|that)\b|\b(?:[Cc]ount|[Ss]ign)\s+me\s+(?:up\s+|in\s+)?as\s+(?:the\s+)?owner\b|\b[Pp]ut\s+(?:it|this|that)\s+on\s+my\s+plate\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerInFewWords();

    /// <summary>
    /// The goal handed over: "over to priya" said as a clause, "hand it to Sam", "handing this one off to alex", "give it to
    /// marco", "passing it over to Sam", "that goes to sam", "leave it with priya" / "leave it with me". What is handed is the
    /// goal itself ("it", "this", "that one", "the goal") or nothing; "hand the report over to priya" hands something else.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;.:!(–—]|\s-|\b(?:and|so|then))\s*(?:(?:it['’]?s|that['’]?s|this\s+is)\s+)?over\s+to\s+@?(?<name>[A-Za-z][a-z]+)\b|\b(?:[Hh]and(?:s|ing|ed)?|[Pp]ass(?:es|ing|ed)?|[Gg]iv(?:e|es|ing)|[Gg]ave)(?:\s+(?:it|this|that|this\s+one|that\s+one|the\s+goal|this\s+goal|that\s+goal))?(?:\s+(?:over|off|on))?\s+to\s+@?(?<name>[A-Za-z][a-z]+)\b|\b(?:it|this|that|this\s+one|that\s+one)\s+goes\s+to\s+@?(?<name>[A-Za-z][a-z]+)(?=\s*(?:[,;.!)]|$|\s(?:then|now|please|pls)\b))|\b[Ll]eav(?:e|ing)\s+(?:it|this|that|this\s+one|that\s+one)\s+with\s+@?(?<name>[A-Za-z][a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HandedTo();

    /// <summary>Before a handing, words that make it no hand-over of the goal: "not sure", "should we", "whether to", "if we".</summary>
    [GeneratedRegex(@"\b(?:not\s+sure|no\s+idea|whether|should\s+(?:we|i)|shall\s+(?:we|i)|if\s+(?:we|i)|don'?t|won'?t|do\s+not)\b[^,;.!?:]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotHanding();

    /// <summary>Someone's number said as a clause of its own: "…, Priya's number", "…, sam's number to hit", "…, alex's target".</summary>
    [GeneratedRegex(@"(?:[,;.:–—]|\s-)\s*" + Name + @"['’]s\s+(?:number|target)(?:\s+to\s+(?:hit|own|deliver|carry|make))?\s*(?=[,;.!)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TheirNumber();

    /// <summary>Words that stand where a name does but are none: pronouns, the goal's own words, dates, sign-offs.</summary>
    [GeneratedRegex(@"^(?:i|me|we|us|you|he|she|they|it|this|that|who|of|for|on|in|at|by|to|someone|everyone|nobody|team|sales|marketing|goal|target|owner|one|mine|my|our|the|a|an|and|or|please|pls|plz|thanks|thx|cheers|ok|okay|yes|yeah|no|asap|now|today|tomorrow|monthly|weekly|quarterly|yearly|realistic|stretch|commit|keep|what|there|here|let|lets|should|would|could|will|must|can|might|track|hold|ice|board|average|budget|schedule|time|top|cpl|mqls?|sqls?|leads?|revenue|retention|pipeline|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|end|year|month|quarter|week|day|days|hours?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
