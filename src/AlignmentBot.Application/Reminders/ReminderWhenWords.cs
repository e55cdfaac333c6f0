using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// When a person wants their own check-in reminders, said in their own words: "can you ping me mondays at 11 for my numbers
/// instead of whenever", "nudge me tuesdays 9:30 pls", "friday 9am reminders work best for me", "switch my reminders to
/// wednesdays", "ping me at 11 instead of 9". Three cues, not one phrasing: the reminder is the speaker's (a nudging verb
/// with "me", or a reminder/nudge noun), a weekday or a clock time is said, and it is not a question, a stop, an absence
/// ("hold my reminders till the 4th" is out of office) or about something else (a digest, a meeting). Either part may be
/// missing in the reading; <see cref="ReminderRequest"/> takes it as a schedule only with both, as its other phrasings. Times are read as <see cref="ReminderRequest"/> reads them (a bare
/// 1 to 6 is the afternoon, 7 the morning). Built against <c>Paraphrases/reminder-schedule.*.txt</c>.
/// </summary>
public static partial class ReminderWhenWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The day and time asked for (either may be null, not both), or null when the message is not such a request.</summary>
    public static (DayOfWeek? Day, TimeOnly? Time)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Domain.Digests.ClockWords.ToDigits(text.Trim().Replace('’', '\''));
        // "honestly I keep forgetting …, it's been a mess with the quarter close, can you just ping me every wednesday around 11?":
        // the ask is the clause that asks; the grumble before it (its meetings, its "off" weeks) is the reason, not the schedule.
        if (AskIn(t) is { } ask)
        {
            t = ask;
        }

        // "do you do reminders? remind me fridays at 3 for my numbers": the question first is asked and answered by what follows.
        // "can you nudge me thursdays at 3pm for my numbers? that's when I have the reports open": what follows an ask that holds
        // the day or time is why, unless it asks or names a day or a time itself.
        if (t.LastIndexOf('?') is var q and >= 0 && t[(q + 1)..].Trim() is { Length: > 0 } after)
        {
            t = AskMe().IsMatch(after) || ReminderNoun().IsMatch(after) || SaysWhen(after) || !SaysWhen(t[..q]) ? after : t[..(q + 1)];
        }

        // "remind me every monday at 8am, I do my numbers before the pipeline call anyway", "… thursdays at 2 so I stop forgetting":
        // a reason or a purpose after the ask is why, not what; its call, meeting or "stop" are not the schedule's.
        t = WithoutReasonAfter(t);

        // "can you ping me on wednesdays around 2pm?" asks for it politely, not about it; "once I'm back" says from when, not
        // that the speaker is away.
        var from = OnceBack().Replace(t, " ").TrimStart(' ', ',');
        if (Question().IsMatch(from) && !PoliteAsk().IsMatch(from) && !ImperativeAsk().IsMatch(from) || Refusal().IsMatch(from) || Elsewhere().IsMatch(t) || !(AskMe().IsMatch(t) || ReminderNoun().IsMatch(t)))
        {
            return null;
        }

        // "wednsday", "mondys", "thursdys": a word shaped like a day is that day, as the digest's schedule reads one.
        var day = Weekday().Match(t) is { Success: true } d ? WeekdayWords.Named(d.Groups["day"].Value) : Digests.DigestCadence.DayIn(t);
        var time = TimeIn(t);
        return day is null && time is null ? null : (day, time);
    }

    /// <summary>
    /// The clause that asks, from the one that holds the ask cue ("can you just ping me", "is it possible to get my reminder",
    /// "same for me but") to the end, when a clause before it says something else and the ask itself holds a day or a time;
    /// null when the whole message is the ask.
    /// </summary>
    private static string? AskIn(string t)
    {
        var cue = PoliteCue().Match(t) is { Success: true } polite ? polite : AskMe().Match(t) is { Success: true } me ? me : ReminderNoun().Match(t);
        if (!cue.Success)
        {
            return null;
        }

        // The clause starts after the last break before the cue: a comma, a semicolon, "!" or "?", a full stop or colon
        // followed by a space (so "10.30" and "9:15" are not breaks), or a dash between spaces ("off until 4 dec - when I'm back …").
        var start = -1;
        for (var i = cue.Index - 1; i >= 0 && start < 0; i--)
        {
            if (t[i] is ',' or ';' or '!' or '?' || (t[i] is '.' or ':' && i + 1 < t.Length && char.IsWhiteSpace(t[i + 1]))
                || (t[i] is '-' or '–' or '—' && i > 0 && t[i - 1] == ' ' && i + 1 < t.Length && t[i + 1] == ' '))
            {
                start = i;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var ask = t[(start + 1)..].Trim();
        return SaysWhen(ask) ? ask : null;
    }

    /// <summary>
    /// The words before the clause that asks ("actually I'm back, came home early." in "actually I'm back, came home early.
    /// remind me on mondays at 9 from now on"), or null when the whole message is the ask.
    /// </summary>
    public static string? Before(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = Domain.Digests.ClockWords.ToDigits(text.Trim().Replace('’', '\''));
        return AskIn(t) is { } ask && t.LastIndexOf(ask, StringComparison.Ordinal) is > 0 and var at ? t[..at].Trim() : null;
    }

    /// <summary>
    /// The ask without a reason or a purpose said after it: up to the first break after the ask's cue (a comma, a full stop,
    /// a dash, "so I …", "because …"), when the ask holds a day or a time and what follows holds neither.
    /// </summary>
    private static string WithoutReasonAfter(string t)
    {
        var cue = AskMe().Match(t) is { Success: true } me ? me : ReminderNoun().Match(t);
        if (!cue.Success || ReasonBreak().Match(t, cue.Index + cue.Length) is not { Success: true } cut)
        {
            return t;
        }

        // "ping me every friday at 3 so I stop forgetting, the forecast call eats my thursdays": with a day and a time both in the
        // ask, a day in the reason after it is why, not the schedule.
        var head = t[..cut.Index].Trim();
        return SaysWhen(head) && (!SaysWhen(t[cut.Index..]) || (Weekday().IsMatch(head) && TimeIn(head) is not null)) ? head : t;
    }

    // A weekday (a slip included: "thrusday") or a clock time pointed at ("at 2", "9am", "10:30", "noon").
    private static bool SaysWhen(string s)
        => Weekday().IsMatch(s) || Digests.DigestCadence.DayIn(s) is not null
            || Clock().Matches(s).Any(c => c.Groups["at"].Success || c.Groups["ampm"].Success || c.Groups["m"].Success || c.Groups["noon"].Success);

    /// <summary>Whether the ask is a colleague's schedule taken over ("same for me but fridays", "same here but on mondays pls").</summary>
    public static bool LikeAColleague(string text) => SameAsColleague().IsMatch(text);

    /// <summary>"monday 11:00", "wednesday -", "- 11:00", or null: what the paraphrase table records.</summary>
    public static string? Describe(string? text)
        => Read(text) is { } r
            ? $"{(r.Day is { } d ? d.ToString().ToLowerInvariant() : "-")} {(r.Time is { } at ? at.ToString("HH:mm", CultureInfo.InvariantCulture) : "-")}"
            : null;

    /// <summary>The first clock time: "11am", "10.30", "9:15", "at 11", "@ 11", "noon", or a bare hour right after a weekday ("mon 10").</summary>
    private static TimeOnly? TimeIn(string t)
    {
        foreach (Match m in Clock().Matches(t))
        {
            var half = m.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (m.Groups["noon"].Success)
            {
                return new TimeOnly(12, 0);
            }

            // A bare number is an hour only when it is pointed at ("at 11", "@ 11") or follows a day: "3 goals" is not a time.
            if (half.Length == 0 && !m.Groups["m"].Success && !m.Groups["at"].Success && !m.Groups["afterDay"].Success)
            {
                continue;
            }

            if (half.Length == 0 && PartOfDay().Match(t) is { Success: true } part)
            {
                half = part.Value.StartsWith("morning", StringComparison.OrdinalIgnoreCase) ? "am" : "pm";
            }

            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (ReminderRequest.ClockTime(hour, minute, half) is { } time)
            {
                return time;
            }
        }

        return null;
    }


    private const string Day = @"(?<day>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?";

    [GeneratedRegex(@"\b" + Day + @"\b", Options)]
    private static partial Regex Weekday();

    /// <summary>A time: with am/pm or minutes, after "at"/"@", right after a weekday (and its part of the day), or "noon".</summary>
    [GeneratedRegex(@"(?<noon>\bnoon\b)|(?:(?<at>\b(?:at|around|round|about|approx(?:imately)?)\s+(?:like\s+)?|@\s*|~\s*)|(?<afterDay>\b" + Day + @"(?:\s+(?:morning|afternoon|evening)s?)?,?\s+))?\b(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?:\s*-?ish\b)?\s*(?<ampm>[ap]\.?m\b\.?)?(?![\d/-])", Options)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:morning|afternoon|evening)s?\b", Options)]
    private static partial Regex PartOfDay();

    /// <summary>
    /// The speaker is the one nudged: "ping me", "nudge me", "remind me" (and its slips: "remnd", "remidn", "remmind",
    /// "reminde", "remnid"), "chase me", "bug me", "hit me up", "give me a nudge", and "same for me" (or "same here but …")
    /// right after a colleague's.
    /// </summary>
    [GeneratedRegex(@"\b(?:remind|r[ei]?m+[ie]?(?:nd|dn)e?|re?m+n[ie]d|rmind|nudge|ping|poke|prod|chase|bug|pester|ask|hit)\s+me\b|\bgive\s+me\s+a\s+(?:\w+\s+)?(?:nudge|ping|reminder|poke)\b|\b(?:same|ditto|likewise)\s+(?:for|with)\s+me\b|\bsame\s+here\b(?=[\s,]+(?:but|except|only|just)\b)", Options)]
    private static partial Regex AskMe();

    [GeneratedRegex(@"^\W*(?:(?:ok|okay|oh|and|yeah|yes)\b[\s,]*)*(?:same|ditto|likewise)\s+(?:for|with|here)\b", Options)]
    private static partial Regex SameAsColleague();

    /// <summary>Where a reason or a purpose starts after the ask: a comma, semicolon, "!", a full stop or a dash before a space, "so I", "because".</summary>
    [GeneratedRegex(@"\s*(?:[,;!]|[.:](?=\s)|\s[-–—](?=\s))|\s+(?:so\s+(?:that\s+)?(?=(?:i|i'm|it|that|nothing|we)\b)|because\b|since\b|cos\b|as\s+(?=i\b))", Options)]
    private static partial Regex ReasonBreak();

    [GeneratedRegex(@"\b(?:check[\s-]?in\s+)?(?:reminders?|nudges?)\b", Options)]
    private static partial Regex ReminderNoun();

    [GeneratedRegex(@"\?\s*$|^\s*(?:when|what|which|who|whom|does|do|did|is|are|how|why)\b", Options)]
    private static partial Regex Question();

    /// <summary>
    /// Asking for the nudge itself, not about it: "can you ping me", "could u at least remind me", "ok can you please nudge
    /// me", "would it be possible to get my reminder …", "is it ok to move …", "could I have my …", "any chance you could …".
    /// What is asked for is still checked: the speaker's reminders, not a digest or a meeting.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|and|hey|then|but|honestly)\b[\s,]*)*" + Polite, Options)]
    private static partial Regex PoliteAsk();

    /// <summary>The same ask anywhere in the message, where the clause that asks starts.</summary>
    [GeneratedRegex(@"\b" + Polite, Options)]
    private static partial Regex PoliteCue();

    private const string Polite = @"(?:"
        + @"(?:(?:any\s+chance|is\s+there\s+(?:any\s+)?way)\s+(?:that\s+)?(?:you|u)\s+(?:can|could)|(?:(?:any\s+chance|is\s+there\s+(?:any\s+)?way)\s+)?(?:can|could|would|will)\s+(?:you|u|ya))\s+(?:(?:please|pls|plz|at\s+least|just|maybe|also)\s+)*(?:remind|r[ei]?m+[ie]?(?:nd|dn)e?|nudge|ping|poke|prod|chase|bug|give)\s+me\b"
        + @"|(?:would|will|is)\s+it\s+(?:be\s+)?(?:possible|ok|okay|alright|fine|cool)\s+(?:to|if)\s+(?:you\s+|i\s+)?(?:(?:could|can)\s+)?(?:get|have|move|change|switch|set|put|make|send|remind|nudge|ping)\b"
        + @"|(?:can|could|may)\s+i\s+(?:(?:please|pls|just)\s+)?(?:get|have)\s+(?:my|the)\b"
        // "can my check-in nudge come mondays 8:30am?": asking for one's own reminder to come then.
        + @"|(?:can|could)\s+(?:my|the)\s+(?:check[\s-]?in\s+)?(?:reminders?|nudges?|pings?)\s+(?:(?:please|pls|just)\s+)?(?:come|arrive|land|go\s+out|be\s+(?:sent|on|at))\b"
        + @")";

    /// <summary>"once I'm back", "when I'm back", "after I get back": from when the reminders run, not an absence nor a question.</summary>
    [GeneratedRegex(@"(?:^\W*(?:(?:oh|ok|and|so)\b[\s,]*)*)?\b(?:once|when|after|as\s+soon\s+as)\s+(?:i'?m|im|i\s+am|i\s+get|i'?ve\s+got)\s+back\b", Options)]
    private static partial Regex OnceBack();

    /// <summary>Stopping or holding reminders, or a negation: that is muting or out of office, not a schedule.</summary>
    [GeneratedRegex(@"\b(?:stop|quit|no\s+more|don'?t|do\s+not|never|not|hold|pause|skip|until|till|til|back|away|ooo|pto|vacation|holiday|leave|off)\b", Options)]
    private static partial Regex Refusal();

    /// <summary>Another thing on a schedule: a digest, a meeting, a call.</summary>
    [GeneratedRegex(@"\b(?:digests?|meet(?:ing)?s?|calls?|sync|stand-?up|demo|webinar|remind\s+(?!me\b)\w+)\b", Options)]
    private static partial Regex Elsewhere();

    /// <summary>
    /// The ask said as a command that ends with a question mark: "i keep forgetting my numbers 🙈 ping me wednesdays at 5?".
    /// The nudging verb opens its clause (the message's start, or after an emoji or a break), and no question word leads.
    /// </summary>
    [GeneratedRegex(@"^(?!\W*(?:when|what|which|who|whom|does|do|did|is|are|how|why)\b).*?(?:^|[^\p{L}\p{N}\s'])\s*(?:just\s+)?(?:remind|ping|nudge|poke|prod|chase|bug)\s+me\b", Options)]
    private static partial Regex ImperativeAsk();
}
