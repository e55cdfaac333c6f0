using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A goal changing hands said as news rather than as a command: "Priya's taking over the MQL goal from Marco", "CPL goes to
/// priya from monday", "lead acceptance is Marco's now", "Marco's handing MQLs to Priya". Three small cues, each with a goal
/// (the word "goal" or a metric) in the same message: someone handed to ("to Priya", "→ Priya") after a verb of passing
/// on; a goal said to be someone's ("is Marco's now"); or someone with a verb of taking on (take over, pick up, inherit,
/// own, step in, run, look after) followed by the goal. A question ("is Priya taking over CPL?"), a negation ("isn't
/// taking over after all") or no goal at all ("Priya's taking over the webinar prep") is no handover.
/// Built against <c>Paraphrases/handover-news.*.txt</c>.
/// </summary>
public static partial class HandoverNews
{
    /// <summary>The new owner's name as written, or null.</summary>
    public static string? NewOwner(string? text)
    {
        // "move the MQL goal deadline to end of Q3" moves a date, not the goal: a deadline or target named is that change.
        if (string.IsNullOrWhiteSpace(text) || Question().IsMatch(text) || Negation().IsMatch(text) || !GoalObject().IsMatch(text) || DateOrTarget().IsMatch(text))
        {
            return null;
        }

        if (PassedTo().Match(text) is { Success: true } to && GoalObject().IsMatch(text[..to.Groups["name"].Index]))
        {
            return Checked(to.Groups["name"].Value);
        }

        if (TheirsNow().Match(text) is { Success: true } theirs)
        {
            return Checked(theirs.Groups["name"].Value);
        }

        foreach (Match m in TakesOn().Matches(text))
        {
            // The goal comes after the verb, in the same clause: "taking over the MQL goal", not "taking over, the MQL goal is fine".
            var rest = text[(m.Index + m.Length)..];
            var clause = ClauseEnd().Match(rest) is { Success: true } end ? rest[..end.Index] : rest;
            if (GoalObject().IsMatch(clause) && Checked(m.Groups["name"].Value) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static string? Checked(string name) => NotAName().IsMatch(name) ? null : name;

    private const string Name = @"@?(?<name>[A-Za-z][a-z]+)";

    /// <summary>A goal: the word, or a metric said as people say it.</summary>
    [GeneratedRegex(@"\b(?:goal|mqls?|sqls?|cpl|cost\s+per\s+lead|follow[\s-]?up(?:\s+time)?|lead\s+acceptance|acceptance\s+rate|retention|sales\s+cycle|revenue|pipeline|churn|win\s+rate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalObject();

    /// <summary>"handing the follow-up goal to Sam", "moving over to Priya", "pass … over to Priya", "goes to priya", "reassign … to Marco", "→ Priya".</summary>
    [GeneratedRegex(@"\b(?:hand(?:s|ing|ed)?|pass(?:es|ing|ed)?|mov(?:e|es|ing)|go(?:es|ing)|reassign(?:s|ing|ed)?|giv(?:e|es|ing)|transfer(?:s|ring|red)?)\b[^.!?]{0,40}?\b(?:over\s+)?to\s+" + Name + @"|(?:→|->)\s*" + Name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassedTo();

    /// <summary>"lead acceptance is Marco's now", "CPL's Priya's from monday".</summary>
    [GeneratedRegex(@"(?:\bis|['’]s)\s+" + Name + @"['’]s\s+(?:now|from|going\s+forward|as\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirsNow();

    /// <summary>"Priya's taking over", "Sam will be looking after", "Alex's got", "Marco is going to own", "Priya now owns", "Priya's the new owner of".</summary>
    [GeneratedRegex(@"(?<![\w'’])" + Name + @"(?:['’]s|['’]ll|\s+is|\s+will|\s+should|\s+(?:is\s+)?going\s+to)?\s+(?:(?:be|now)\s+)*(?:tak(?:e|es|ing)\s+(?:over|on|back)|took\s+over|tak(?:es|ing)\s+(?=the\b)|pick(?:s|ing)?\s+up|inherit(?:s|ing)?|own(?:s|ing)?|step(?:s|ping)?\s+(?:in|up)|run(?:s|ning)?|look(?:s|ing)?\s+after|got|gets|handl(?:e|es|ing)|the\s+new\s+owner)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TakesOn();

    [GeneratedRegex(@"\b(?:deadline|due|target|end\s+of|by\s+the\s+end)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTarget();

    [GeneratedRegex(@"[,;.!?]|\s[-–—]\s|\bbut\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\?\s*$|^\s*(?:who|is|are|should|can|could|would|does|do|will|did)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:isn['’]?t|is\s+not|won['’]?t|not\s+taking|no\s+longer|after\s+all|never)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^(?:i|me|we|us|you|he|she|they|it|this|that|who|someone|everyone|nobody|team|sales|marketing|goal|the|a|an|and|or|now|today|monday|tuesday|wednesday|thursday|friday|next|from|cpl|mqls?|sqls?|revenue|retention|end|start|mid|beginning|this|last|jan(?:uary)?|feb(?:ruary)?|march|april|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|quarter|year|month|week|should|would|could|will|can|must|might|shall|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();
}
