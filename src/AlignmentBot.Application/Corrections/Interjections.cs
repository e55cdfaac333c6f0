using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// The words people put before taking something back or correcting it ("wait no, undo that", "oops", "nvm, undo pls",
/// "hmm no, it was Alex"): one list for every reader of an undo or a correction, so they all hear the same ones.
/// </summary>
internal static partial class Interjections
{
    /// <summary>Asking politely, in full or chat shorthand: "can you", "could u", "can ya", "please", "pls", "plz", in any mix.</summary>
    public const string Asking = @"(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+|(?:please|pls|plz)\s+)*";

    /// <summary>
    /// Politeness after a command, in full or chat shorthand: "please", "pls", "plz", "thx", "thanks", "ty", "cheers",
    /// "if you can", "when you get a chance". It changes nothing the command says, so closed readers drop it first.
    /// </summary>
    // A question mark after the politeness ("could you make me an admin please?") still ends it.
    public const string PoliteTail = @"(?:[\s,;!.-]+" + PoliteWords + @")+[\s.!?]*$";

    /// <summary>The words of <see cref="PoliteTail"/>, for readers that strip them among other trailing words.</summary>
    public const string PoliteWords = @"(?:please|pls|plz|thx|thanks|thank\s+you|ty|cheers|if\s+you\s+can|when\s+you\s+get\s+a\s+(?:chance|sec|minute))";

    /// <summary>One interjection, as a regular expression (no groups that capture).</summary>
    public const string One = @"(?:wait|no|nope|nah|oops|oopsie|whoops|oh|ah|hmm*|ugh|argh|oof|yikes|meh|eh|sorry|actually|nvm|never\s+mind|hold\s+on|hang\s+on|my\s+bad|damn|shoot|ok|okay|uh+|um+|er+|erm+|hm+|correction"
        // Owning up to the mistake in a few words: "oops wrong one, undo that", "my mistake, undo pls", "wrong lead - take that back",
        // "oops wrong week, undo pls", "that's a typo".
        // Any one thing named wrong ("wrong sheet", "wrong thread", "wrong tab"), and where it went wrong said with a verb
        // ("put that in the wrong thread", "typed it in the wrong place", "entered that on the wrong tab").
        + @"|my\s+mistake|mistake|misclick(?:ed)?|typo|wrong\s+[a-z]+"
        + @"|(?:i\s+)?(?:typed|put|entered|posted|logged|added|pasted|sent|wrote|dropped)\s+(?:that|it|this)\s+(?:in(?:to)?|on|to|for|under)\s+the\s+wrong\s+[a-z]+"
        + @"|(?:that\s+was|that'?s|it'?s)\s+(?:wrong|a\s+mistake|a\s+typo)|not\s+(?:that\s+one|(?:this|that|the\s+right)\s+(?:week|month)))";

    /// <summary>
    /// The command without the politeness before and after it ("pls make Jordan a marketer plz", "can you make Jordan a
    /// marketer pls" → "make Jordan a marketer").
    /// </summary>
    public static string WithoutPoliteness(string text)
        => PoliteTailPattern().Replace(PoliteHeadPattern().Replace(text, string.Empty), string.Empty);

    [GeneratedRegex(PoliteTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteTailPattern();

    // "pls …", "can you …", "could u pls …": asking, before the command.
    [GeneratedRegex(@"^\s*(?:(?:(?:can|could|would|will)\s+(?:you|u|ya)|please|pls|plz)[\s,]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliteHeadPattern();
}
