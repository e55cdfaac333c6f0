using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// A question about one's own check-in reminders, answered and nothing changed: "when do my reminders go out again?", "what
/// day do my nudges come?", "how do I turn the reminders off?", "what am I supposed to check in this week?", "is there a way to stop these reminders?", "do reminders go
/// out to everyone on fridays at 9?". Cues, not phrasings: asked (a question word first or a question mark), and about
/// reminders or nudges (not a digest, not someone else's "remind Sam"). A polite ask for a day and time ("can you remind me
/// mondays at 11?", "would it be possible to get my reminder on monday at 11?") is the ask, read by <see cref="ReminderWhenWords"/>
/// first; "remind me what the revenue target is" is a question about a goal (<see cref="Questions.RemindMeQuestion"/>).
/// </summary>
public static partial class ReminderQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        return (Asked().IsMatch(t) || t.TrimEnd().EndsWith('?')) && About().IsMatch(t) && !Elsewhere().IsMatch(t)
            && ReminderWhenWords.Read(t) is not { Day: not null, Time: not null };
    }

    /// <summary>A question word first, after an opener ("so", "hey", "quick q:").</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|and|ok|okay|hey|hi|btw|quick\s+q(?:uestion)?|sorry)\b[\s,:;!-]*)*(?:when|what|which|how|where|why|do|does|did|will|are|is|am|can\s+i|could\s+i|is\s+there)\b", Options)]
    private static partial Regex Asked();

    /// <summary>The reminders themselves: "my reminders", "these nudges", "the check-in pings", "reminded".</summary>
    [GeneratedRegex(@"\b(?:check[\s-]?in\s+)?(?:reminders?|nudges?|pings)\b|\b(?:get|am|be|being)\s+(?:reminded|nudged|pinged)\b", Options)]
    private static partial Regex About();

    /// <summary>
    /// A question about what the speaker owes, which the reminders ask for: "what am I supposed to check in this week?",
    /// "which numbers do I owe you?", "what do I need to check in?". One's own numbers, not who else is behind.
    /// </summary>
    public static bool AsksWhatIOwe(string? text)
        => !string.IsNullOrWhiteSpace(text) && text.Length <= 200 && Owe().IsMatch(text.Replace('’', '\''))
           && (Asked().IsMatch(text.Trim()) || text.TrimEnd().EndsWith('?'));

    [GeneratedRegex(@"\bi\s+(?:supposed|meant|expected|required|due)\s+to\s+check[\s-]?in\b|\b(?:do|should|must)\s+i\s+(?:(?:need|have)\s+to\s+)?(?:check[\s-]?in|owe)\b", Options)]
    private static partial Regex Owe();

    /// <summary>Another thing: a digest, someone else reminded or nudged ("can you nudge Marco about his MQL numbers now?"), a meeting.</summary>
    [GeneratedRegex(@"\b(?:digests?|summary|meet(?:ing)?s?|calls?|(?:remind|nudge|ping|chase|poke)\s+(?!me\b|us\b|my\b|on\b|at\b|in\b|for\b|about\b|every\b|each\b|the\b|when\b|if\b)\w+)\b", Options)]
    private static partial Regex Elsewhere();
}
