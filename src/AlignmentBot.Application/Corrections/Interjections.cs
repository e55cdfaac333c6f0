namespace AlignmentBot.Application.Corrections;

/// <summary>
/// The words people put before taking something back or correcting it ("wait no, undo that", "oops", "nvm, undo pls",
/// "hmm no, it was Alex"): one list for every reader of an undo or a correction, so they all hear the same ones.
/// </summary>
internal static class Interjections
{
    /// <summary>One interjection, as a regular expression (no groups that capture).</summary>
    /// <summary>Asking politely, in full or chat shorthand: "can you", "could u", "can ya", "please", "pls", "plz", in any mix.</summary>
    public const string Asking = @"(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+|(?:please|pls|plz)\s+)*";

    public const string One = @"(?:wait|no|nope|nah|oops|oopsie|whoops|oh|ah|hmm*|ugh|argh|oof|yikes|meh|eh|sorry|actually|nvm|never\s+mind|hold\s+on|hang\s+on|my\s+bad|damn|shoot|ok|okay|uh+|um+|er+|erm+|hm+|correction)";
}
