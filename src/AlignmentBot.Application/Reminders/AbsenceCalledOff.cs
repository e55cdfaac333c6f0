using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// One's own out-of-office called off, in other words than "I'm back": "nvm the trip got cancelled, I'm around after all",
/// "scratch the OOO, plans changed", "my vacation got cancelled so I'm in all week", "no longer out of office". Any of three
/// cues, not one phrasing: an absence dismissed ("cancel/scratch/forget/ignore/undo my OOO"); an absence that was called off
/// (the trip "got cancelled", "is off", "fell through") with the speaker in the message (I, my, the reminders) or an absence
/// that is only ever one's own (OOO, PTO, leave); or the speaker present ("I'm around", "I'm staying", "in the office") after a
/// change ("after all", "plans changed", something called off). A question, or something else called off ("the kickoff got
/// cancelled", "cancel the marketing digest"), is not it. Read by <see cref="ReminderRequest"/> as being back. Built against
/// <c>Paraphrases/absence-off.*.txt</c>.
/// </summary>
public static partial class AbsenceCalledOff
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether the message calls off the speaker's own absence.</summary>
    public static bool Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        if (Question().IsMatch(t))
        {
            return false;
        }

        if (NotAway().IsMatch(t) || Dismissed().IsMatch(t))
        {
            return true;
        }

        var calledOff = CalledOff().Match(t);
        if (calledOff.Success && (Speaker().IsMatch(t) || OwnAbsence().IsMatch(calledOff.Value)))
        {
            return true;
        }

        return Present().IsMatch(t) && (calledOff.Success || Changed().IsMatch(t));
    }

    private const string Absence = @"(?:ooo|oof|afk|pto|out[\s-]of[\s-](?:the[\s-])?office|vacation|vacay|holidays?|leave|time\s+off|days?\s+off|trip|offsite|off-site|travel(?:l?ing)?|away(?:\s+(?:dates|days|message|status|thing))?|absence|conference)";

    /// <summary>The speaker not away after all: "no longer out of office", "not going away anymore", "I won't be away", "not taking those days off", "no OOO for me".</summary>
    [GeneratedRegex(@"\bno\s+longer\s+(?:out|away|off|ooo|on\s+(?:holiday|vacation|leave|pto))\b|\bnot\s+(?:going\s+)?(?:away|out|travel(?:l?ing)?)\s+(?:any\s*more|after\s+all)\b|\b(?:won't|will\s+not|wont)\s+be\s+(?:away|out|off|ooo)\b|\bnot\s+taking\s+(?:\w+\s+){0,2}(?:days?|time)\s+off\b|\bno\s+(?:more\s+)?(?:ooo|out[\s-]of[\s-]office|pto|leave|vacation)\s+for\s+me\b", Options)]
    private static partial Regex NotAway();

    /// <summary>An absence dismissed, at the start of a clause: "cancel my ooo", "scratch the OOO", "ignore my OOO message", "you can undo my away dates".</summary>
    [GeneratedRegex(@"(?:^|[,.;:!—–-]\s*|\b(?:pls|please|plz|can\s+you|could\s+you|you\s+can|just|hey)\s+)(?:nvm|never\s+mind|cancel|scratch|forget(?:\s+about)?|ignore|disregard|drop|scrap|remove|undo|clear|delete|kill|turn\s+off)\s+(?:the\s+|my\s+|that\s+|this\s+)?(?:\w+\s+)?" + Absence + @"\b", Options)]
    private static partial Regex Dismissed();

    /// <summary>An absence called off: "the trip got cancelled", "trip's off", "the offsite was called off", "my leave was rejected", "pto cancelled".</summary>
    [GeneratedRegex(@"\b" + Absence + @"(?:'s|\s+(?:got|was|is|has\s+been|been|were|are))?\s+(?:(?:just|now|officially)\s+)?(?:cancel+ed|called\s+off|off\b|rejected|scrapped|fell\s+through)", Options)]
    private static partial Regex CalledOff();

    [GeneratedRegex(@"^(?:ooo|oof|afk|pto|out[\s-]of[\s-](?:the[\s-])?office|leave)\b", Options)]
    private static partial Regex OwnAbsence();

    [GeneratedRegex(@"\b(?:i|i'm|im|i'll|ill|i've|me|my|mine|reminders?)\b", Options)]
    private static partial Regex Speaker();

    /// <summary>The speaker here: "I'm around", "I'm in all week", "I'll be in the office", "I'm working as normal", "staying put", "I'm staying".</summary>
    [GeneratedRegex(@"\b(?:i'm|im|i\s+am|i'll\s+be|ill\s+be|i\s+will\s+be)\s+(?:\w+\s+)?(?:around|here|about|in\b|working|staying|sticking\s+around)|\b(?:staying\s+put|sticking\s+around|staying\s+(?:here|home))\b", Options)]
    private static partial Regex Present();

    // "scratch that, the offsite got moved, I'm around next week": an absence moved away, with the speaker present, is a change too.
    [GeneratedRegex(@"\b(?:after\s+all|plans?\s+(?:changed|fell\s+through|have\s+changed)|fell\s+through|changed\s+my\s+mind|scratch\s+that|(?:got|was|has\s+been|been|is)\s+(?:moved|postponed|pushed(?:\s+back)?|rescheduled))\b", Options)]
    private static partial Regex Changed();

    [GeneratedRegex(@"\?\s*$|^\s*(?:when|what|which|who|does|do|did|is|are|how|why|will|should)\b", Options)]
    private static partial Regex Question();
}
