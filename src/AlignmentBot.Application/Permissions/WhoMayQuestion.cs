using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Permissions;

/// <summary>
/// Right after a refusal, asking who may do it instead, in any words: "ok so who can?", "then who should I ask?", "who has
/// the rights to do that?", "who do i need to bug for this lol", "who's the right person for this?". The refusal already
/// named them, so the answer is that naming again (<see cref="PermissionGate.Refused"/>); without this reader the question
/// went to the language model, which reads "who can" as nothing it knows. Read from two small cues rather than a sentence
/// per phrasing: the question word "who" and, after it, a word of being able or allowed ("can", "is allowed", "has the
/// rights", "gets to"), of asking someone ("should I ask", "do I go to", "need to bug") or of being the one for it ("the
/// right person", "in charge"). Facts about people ("who set the MQL target?", "who owns it?", "who checked in?") carry
/// none of them.
/// </summary>
public static partial class WhoMayQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether <paramref name="text"/> asks who may do what was just refused.</summary>
    public static bool Asks(string? text)
        => !string.IsNullOrWhiteSpace(text) && text.Length <= 160 && Normalized(text) is var t
           && (MayDo().IsMatch(t) || AskWhom().IsMatch(t) || TheOne().IsMatch(t) || GivesIt().IsMatch(t));

    private static string Normalized(string text) => text.Trim().Replace('’', '\'').ToLowerInvariant();

    // Who is able or allowed: "who can?", "who could", "who's allowed to?", "who has permission for that?", "who has (got) the
    // rights to do that?", "who's got access?", "who gets to decide", "who may".
    [GeneratedRegex(@"\bwhom?(?:\s+(?:can|could|may|gets\s+to)|(?:\s+is|'s)\s+(?:allowed|able|permitted)|(?:\s+has|\s+has\s+got|'s\s+got|\s+got)\s+(?:the\s+)?(?:permission|rights?|access|power))\b", Options)]
    private static partial Regex MayDo();

    // Whom to ask: "then who should I ask?", "who do I ask then?", "who would I need to talk to?", "whom should I ping", "who do
    // i need to bug for this".
    [GeneratedRegex(@"\bwhom?\s+(?:do|should|would|can|could|must|shall)\s+i\s+(?:\w+\s+){0,3}?(?:ask|talk|speak|go|ping|bug|contact|reach|message|dm|chase)\b", Options)]
    private static partial Regex AskWhom();

    // The one who gives it: "fine, who actually hands that out?", "who grants that then?", "who approves it?", "who decides?".
    [GeneratedRegex(@"\bwhom?\s+(?:\w+\s+)?(?:hands|gives|dishes)\s+(?:(?:that|it|this|them|those)\s+)?out\b|\bwhom?\s+(?:\w+\s+)?(?:grants|approves|decides|signs\s+off)\b", Options)]
    private static partial Regex GivesIt();

    // The one for it: "who's the right person for this?", "who is in charge of that?".
    [GeneratedRegex(@"\bwho(?:'s|\s+is)\s+(?:the\s+(?:right|best)\s+(?:person|one|people)|in\s+charge)\b", Options)]
    private static partial Regex TheOne();
}
