using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// "Which goal does it serve?" answered with none, in the requester's own words: "nah none of our goals tbh", "it's not
/// tied to a goal", "doesn't map to any of our goals", "zero goals lol", "mark it as unaligned". Such answers are long and
/// name goals in passing ("our goals" reads as the scorecard to the intent model), so a word list of choices misses them or
/// loses them to a side trip. The reader is three small cues, not a list of phrasings: a word that is none by itself
/// ("none", "nothing", "neither", "unaligned"), "no" before a goal ("no specific goal"), or a negation with a scope that
/// means no goal ("not … any of them", "isn't for a goal", "not tied to anything"). A question back ("which goals do we
/// have?"), a doubt ("not sure") or a goal said after all ("none are due yet, but it's for revenue") is no answer of none.
/// </summary>
public static partial class UnalignedAnswer
{
    /// <summary>Whether the answer says the request serves no goal.</summary>
    public static bool Says(string text)
    {
        var said = text.Trim();
        if (said.Length == 0 || AsksBack(said) || Unsure().IsMatch(said) || GoalAfterAll().IsMatch(said))
        {
            return false;
        }

        return NoneWord().IsMatch(said) || NoGoal().IsMatch(said) || (Negation().IsMatch(said) && NoGoalScope().IsMatch(said));
    }

    /// <summary>A question back ends the message with a question mark; "honestly? none" answers after asking itself.</summary>
    private static bool AsksBack(string said) => EndsAsking().IsMatch(said) || QuestionOpener().IsMatch(said);

    /// <summary>
    /// "actually can u show me which requests are unaligned this month first": asked to be shown the requests, not an answer
    /// of none, though it says "unaligned"; the goal question waits while it is answered.
    /// </summary>
    public static bool AsksToBeShown(string text) => ShowMe().IsMatch(text);

    [GeneratedRegex(@"^\W*(?:(?:actually|ok|okay|so|and|but|wait|hmm+|hold\s+on|first|quick\s+q)\W+)*(?:(?:can|could|would)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?(?:show|list|tell|give)|(?:show|list|tell|give)\s+(?:me|us)|which\s+(?:requests|asks)|what\s+(?:requests|asks))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowMe();

    [GeneratedRegex(@"\?[^\p{L}\p{N}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsAsking();

    /// <summary>A word that is none by itself: "none" (and "nonee"), "nothing", "neither", "zero goals", "unaligned", "n/a".</summary>
    [GeneratedRegex(@"\b(?:non+e+|nothing|neither|unaligned|n/a)\b|\bzero\s+(?:goals?|targets?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneWord();

    /// <summary>"no goal", "no specific goal", "no real target".</summary>
    [GeneratedRegex(@"\bno\s+(?:[a-z]+\s+)?(?:goals?|targets?|objectives?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoGoal();

    [GeneratedRegex(@"\b(?:not|never)\b|\b(?:doesn|does\s+not|isn|aren|don|didn|won|wasn)'?t\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    /// <summary>What a negation leaves out when it means no goal: any goal, any of them, anything, a goal.</summary>
    [GeneratedRegex(@"\bany(?:thing|\s+(?:goals?|targets?|objectives?)|\s+of\s+(?:them|those|these|our|the)\b)|\b(?:a|one)\s+(?:goal|target)\b|\b(?:aligned|tied|linked|connected|mapped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoGoalScope();

    [GeneratedRegex(@"^\s*(?:which|what|does|do|is|are|how|should|can|could)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpener();

    [GeneratedRegex(@"\b(?:not\s+sure|no\s+idea|dunno|idk|unsure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsure();

    /// <summary>A goal said after all, after a contrast: "…, but it's for revenue", "but it helps pipeline".</summary>
    [GeneratedRegex(@"\bbut\s+(?:it'?s|its|it\s+is|it)\s+(?:(?:really|mostly|kinda)\s+)?(?:for|about|serves?|helps?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalAfterAll();
}
