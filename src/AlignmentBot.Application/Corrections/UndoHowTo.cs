using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// "how do I undo something if I log it wrong?", "is there an undo?", "can I reverse a verdict later?", "what do I do if I
/// logged the wrong thing?": asking how taking something back works, not asking for it (<see cref="UndoWords"/> reads that).
/// Read from small cues: the form of a how/what/can-I question (not "can you …", which asks for it), and a verb of taking
/// back (undo, reverse, revert, roll back, take back) or of fixing said with a mistake (delete, fix, correct … wrong, by
/// accident, a typo). Not one lead named by its id ("who can undo a verdict on 1155?"), not a why. Answered with how undo
/// works; nothing is undone. Docs: docs/scenarios.md, "Paraphrase tables" (kind undo-how).
/// </summary>
public static partial class UndoHowTo
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>What the bot says about undo when asked how it works.</summary>
    public const string Answer =
        "To take something back right after you did it (a check-in, a lead verdict, a logged request, a goal change, a lead-agreement proposal or your signature on one), " +
        "say \"undo that\" or press Undo on its card, and I say what I undid. A lead's verdict can be taken back later by naming the lead " +
        "(\"undo the rejection on 1155\"), by whoever made it or an admin. To fix a number instead, say the right one (\"actually 44\"). Nothing was undone now.";

    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        if (!HowForm().IsMatch(t) || Dialogs.Leads.LeadParsing.IdMentioned().IsMatch(t) || Why().IsMatch(t))
        {
            return false;
        }

        return Takes().IsMatch(t) || (Fixes().IsMatch(t) && Mistake().IsMatch(t));
    }

    // A how-to's form: how / what / where / is there / is it possible / can I (we, things, stuff) / if I / say I; not "can you".
    [GeneratedRegex(@"^\W*(?:(?:ok|so|hey|quick\s+q|question)\W+)?(?:how|what|where|is\s+there|is\s+it\s+possible|are\s+(?:things|entries|verdicts)|can\s+(?:i|we|things|stuff|entries|verdicts|anything)|could\s+(?:i|we)|if\s+i|say\s+i|what\s+if)\b", Options)]
    private static partial Regex HowForm();

    [GeneratedRegex(@"\b(?:undo\w*|undone|revert\w*|revers\w*|roll\w*\s+(?:\w+\s+)?back|take\s+(?:\w+\s+){0,3}?back|taken\s+back)\b", Options)]
    private static partial Regex Takes();

    [GeneratedRegex(@"\b(?:fix|delete|remove|correct|change|get\s+rid\s+of|what\s+do\s+i\s+do|what\s+happens)\b", Options)]
    private static partial Regex Fixes();

    [GeneratedRegex(@"\b(?:wrong|mistake\w*|by\s+accident|accident\w*|mess\w*\s+up|typo\w*|oops|in\s+error)\b", Options)]
    private static partial Regex Mistake();

    [GeneratedRegex(@"\b(?:why|how\s+come)\b", Options)]
    private static partial Regex Why();
}
