using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// A digest already set up, moved in words: "move it to half ten", "could we make that tuesdays at ten instead?", "make it
/// 8:30 actually", "sorry, wednesday instead", "can we move the weekly summary to fridays, same time". Two cues: a new
/// weekday and/or clock time (read as <see cref="DigestWhenWords"/> reads them, so "half eight", "quarter to eight" and
/// "at ten" are times and a bare figure such as "260" is not), and a word that moves something (move, push, shift, make
/// it, change, instead, rather, better, "no wait"). The digest named with a day is not enough: "could the digest go out on
/// Fridays?" asks what is possible (questions-018). What the message leaves out stays as it was. A
/// question about the schedule, a stop or a negation, or another thing named (a deadline, a target, a reminder) is not a
/// move. Read right after a digest is set up or moved, and in a channel whose digest someone else set up. Built against
/// <c>Paraphrases/digest-move.*.txt</c>.
/// </summary>
public static partial class DigestMove
{
    /// <summary>The new day and time (null for the part that stays), or null when the text does not move a digest.</summary>
    public static (DayOfWeek? Day, TimeOnly? Time)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || Asked().IsMatch(text) || Stopped().IsMatch(text) || OtherThing().IsMatch(text)
            || OtherNamed().IsMatch(text) || !MoveWord().IsMatch(text))
        {
            return null;
        }

        var day = DigestWhenWords.DayIn(text);
        var time = DigestWhenWords.TimeIn(text);
        if (day is null && time is null)
        {
            return null;
        }

        // "let's move standup to 10:30", "can we move standup to 9:30 tmrw": the standup named before the new time is what moves,
        // with or without "the" (OtherNamed needs one), so the channel's digest stays as it is.
        var at = time is not null ? DigestWhenWords.TimeAt(text) : DayAt().Match(text).Index;
        return at >= 0 && OtherSubject().IsMatch(text[..at]) ? null : (day, time);
    }

    /// <summary>
    /// Right after the digest was set up or moved (it is the topic), a correction of it said the way people correct themselves:
    /// what <see cref="From"/> reads, and also a time said with nothing but an interjection around it ("ugh, 10:30", "hmm, 8:45",
    /// "ok 10:30 then", "i mean 10"). A bare hour after "no", "wait", "but", "sorry", "actually" or "i mean" is a clock time ("no
    /// wait 10", "same day but 11"). Built against <c>Paraphrases/digest-corrected.*.txt</c>.
    /// </summary>
    public static (DayOfWeek Day, TimeOnly Time)? Corrected(string? text, DayOfWeek day, TimeOnly time)
        => Read(text, day, time, correcting: true);

    /// <summary>"monday 10:00" for a digest that goes out on Mondays at 09:00, corrected right after it was set (<see cref="Corrected"/>).</summary>
    public static string DescribeCorrectedFromMonday9(string? text)
        => Corrected(text, DayOfWeek.Monday, new TimeOnly(9, 0)) is { } moved
            ? $"{moved.Day.ToString().ToLowerInvariant()} {moved.Time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : "none";

    /// <summary>
    /// The digest's day and time after the message, read against what it is now (<paramref name="day"/> at
    /// <paramref name="time"/>), or null when the message does not move it. Read while the digest is the topic (right after it
    /// was set up or moved, or named in the message), so a bare hour after "make it/that", "to", "for" or "do" is a clock time
    /// ("make that 11", "push it to 4"), and so is one with "ish" or "sharp". Relative moves count from now: "an hour later",
    /// "push it back half an hour", "bring it forward an hour", "30 mins earlier". The old day or time ("from monday",
    /// "instead of mondays", "9 is early") is not the new one, and a reason said after the ask ("? people are still in meetings
    /// at 3", "so I can read it before standup") is left out. What the message leaves out stays. Built against
    /// <c>Paraphrases/digest-reschedule.*.txt</c>.
    /// </summary>
    public static (DayOfWeek Day, TimeOnly Time)? From(string? text, DayOfWeek day, TimeOnly time)
        => Read(text, day, time, correcting: false);

    private static (DayOfWeek Day, TimeOnly Time)? Read(string? text, DayOfWeek day, TimeOnly time, bool correcting)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 240)
        {
            return null;
        }

        var t = text.Replace('’', '\'');
        if (Asked().IsMatch(t) || Stopped().IsMatch(t) || OtherNamed().IsMatch(t))
        {
            return null;
        }

        foreach (var sentence in Sentences().Split(t))
        {
            // The ask, without a reason after it and without the old day or time it names.
            var said = Reason().Split(sentence)[0];
            var ask = Old().Replace(said, " ");
            if (ask.Trim().Length == 0 || !(MoveWord().IsMatch(said) || Shift().IsMatch(ask) || Old().IsMatch(said) || (correcting && OnlyATime(ask))))
            {
                continue;
            }

            // "ugh mondays are chaos here, tuesday instead", "tuesday would be better than monday": with two days named, the
            // day it goes out now is the reason, and the other one is the new day.
            var days = DigestWhenWords.DaysIn(ask);
            var newDay = days.Count > 1 && days.Contains(day) && days.Any(d => d != day) ? days.Last(d => d != day) : DigestWhenWords.DayIn(ask);
            TimeOnly? newTime = null;
            int at;
            if (Shift().Match(ask) is { Success: true } shift && Minutes(shift) is { } minutes)
            {
                newTime = time.AddMinutes(minutes);
                at = shift.Index;
            }
            else if (DigestWhenWords.TimeIn(ask) is { } clock)
            {
                newTime = clock;
                at = DigestWhenWords.TimeAt(ask);
            }
            else if (BareHour().Match(ask) is { Success: true } bare && Hour(bare, ask) is { } hour)
            {
                newTime = hour;
                at = bare.Index;
            }
            else if (Lunch().Match(ask) is { Success: true } lunch)
            {
                newTime = new TimeOnly(12, 0);
                at = lunch.Index;
            }
            else
            {
                at = newDay is null ? -1 : DayAt().Match(ask).Index;
            }

            // Something else is what moves: "the meeting moved to 10", "push my reminder an hour later", "move the MQL deadline to friday".
            if (at < 0 || OtherThing().IsMatch(ask[..at]) || OtherSubject().IsMatch(ask[..at]))
            {
                return null;
            }

            return (newDay ?? day, newTime ?? time);
        }

        return null;
    }

    /// <summary>"monday 10:00" for a digest that goes out on Mondays at 09:00 now, as the paraphrase table writes it.</summary>
    public static string DescribeFromMonday9(string? text)
        => From(text, DayOfWeek.Monday, new TimeOnly(9, 0)) is { } moved
            ? $"{moved.Day.ToString().ToLowerInvariant()} {moved.Time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : "none";

    private static int? Minutes(Match shift)
    {
        var amount = Spaces().Replace(shift.Groups["n"].Value.ToLowerInvariant().Replace('-', ' '), " ");
        var n = amount switch
        {
            "a" or "an" or "one" => 1.0,
            "two" or "a couple of" or "couple of" => 2,
            "three" => 3,
            "half an" or "a half" => 0.5,
            "fifteen" => 15,
            "thirty" => 30,
            "forty five" => 45,
            _ => double.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : double.NaN,
        };

        // "an hour and a half", "two and a half hours", "1.5 hours".
        n += shift.Groups["half"].Success ? 0.5 : 0;
        if (double.IsNaN(n))
        {
            return null;
        }

        var minutes = shift.Groups["u"].Value.StartsWith("h", StringComparison.OrdinalIgnoreCase) ? n * 60 : n;
        var earlier = Earlier().IsMatch(shift.Value);
        return minutes is > 0 and <= 12 * 60 ? (int)(earlier ? -minutes : minutes) : null;
    }

    private static TimeOnly? Hour(Match bare, string ask)
    {
        var word = bare.Groups["h"].Value;
        var h = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : Domain.Digests.HourWords.Value(word) ?? -1;
        if (h is < 0 or > 23)
        {
            return null;
        }

        if (h > 12)
        {
            return new TimeOnly(h, 0);
        }

        h = h == 0 ? 12 : h;
        var after = ask[(bare.Index + bare.Length)..];
        var pm = PmSaid().IsMatch(ask) && !AmSaid().IsMatch(after);
        var am = AmSaid().IsMatch(after) || (AmSaid().IsMatch(ask) && !PmSaid().IsMatch(ask));
        // Office hours when nothing says which half of the day: 7 to 11 the morning, 12 noon, 1 to 6 the afternoon.
        return new TimeOnly(pm && h < 12 ? h + 12 : am ? h % 12 : h is >= 1 and <= 6 ? h + 12 : h, 0);
    }

    /// <summary>
    /// A time (and perhaps a day) with nothing but interjections around it: "ugh, 10:30", "hmm, 8:45", "ok 10:30 then", "i mean
    /// 10". "ugh, 11 hours of calls today" or "hmm, 3 of them are duplicates" say more than a time.
    /// </summary>
    private static bool OnlyATime(string ask)
        => !Figure().IsMatch(ask) && (DigestWhenWords.TimeIn(ask) is not null || BareHour().IsMatch(ask)) && TimeOrFiller().Replace(ask, " ").Trim().Length == 0;

    /// <summary>A figure that is no clock time: money ("$4,000", "€900"), thousands, three digits or more, "5k", "12%".</summary>
    [GeneratedRegex(@"[$€£¥]|\d[,.]\d{3}\b|\d{3,}|\d\s*(?:k|m|%)(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:ugh+|hmm+|hm|ok|okay|oh|er+|um+|uh+|ah|then|please|pls|no|nah|nope|yeah|yes|so|sorry|actually|wait|i\s+mean|instead|at|the|on|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|noon|midday|half|quarter|past|to|am|pm|a\.m\.|p\.m\.|o'clock|ish|sharp|morning|afternoon|in|" + Domain.Digests.HourWords.Pattern + @")\b|\d{1,2}(?:[:.]\d{2})?(?:am|pm)?|[^\w]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrFiller();

    private const string HourWord = @"\d{1,2}|" + Domain.Digests.HourWords.Pattern;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.?!;])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentences();

    /// <summary>A reason after the ask: "so I can read it before standup", ", people are still in meetings at 3", "because …".</summary>
    [GeneratedRegex(@"\s(?:so\s+(?:that\s+)?(?:i|we|you|they|people|everyone|the\s+team)|because|since|cos|coz|cause|as\s+(?:i|we|people|they|everyone))\b|,\s*(?=(?:people|we're|we\s+are|i'm|i\s+am|they're|everyone|half(?!\s+(?:past\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|most|nobody|no\s*one)\b)|\s[-–—]\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reason();

    /// <summary>The day or time it has now: "from monday", "instead of mondays", "rather than thursdays", "not at 9", "9 is (too) early", "7 is brutal".</summary>
    [GeneratedRegex(@"\b(?:from|instead\s+of|rather\s+than|not)\s+(?:on\s+|at\s+|the\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|(?:" + HourWord + @")(?:[:.]\d{2})?\s*(?:am|pm)?)\b|\b(?:(?:" + HourWord + @")(?:[:.]\d{2})?\s*(?:am|pm)?)\s+(?:is|was|'s)\s+(?:(?:a\s+bit|way|too|kinda|pretty|rather|quite|really|so)\s+)*(?:early|late|soon|brutal|harsh|rough|painful|insane|crazy|awful|terrible|tough|a\s+killer|no\s+good|not\s+great)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Old();

    /// <summary>A move by an amount: "an hour later", "push it back half an hour", "bring it forward an hour", "30 mins earlier".</summary>
    [GeneratedRegex(@"(?:\b(?:push|move|shift|bump|put|bring|pull|nudge)\s+(?:it|that|this|the\s+(?:\w+\s+)?(?:digest|summary|roundup))?\s*(?<dir>back|forward|up|out|later|earlier|by)\s+(?:by\s+)?(?<n>a|an|one|two|three|half\s+an|a\s+couple\s+of|couple\s+of|fifteen|thirty|forty[\s-]five|\d{1,2}\.\d|\d{1,3})(?<half>\s+and\s+a\s+half)?\s*(?<u>hours?|hrs?|h|minutes?|mins?|m)\b(?<half>\s+and\s+a\s+half)?\b|\b(?<n>a|an|one|two|three|half\s+an|a\s+couple\s+of|couple\s+of|fifteen|thirty|forty[\s-]five|\d{1,2}\.\d|\d{1,3})(?<half>\s+and\s+a\s+half)?\s*(?<u>hours?|hrs?|h|minutes?|mins?|m)\b(?<half>\s+and\s+a\s+half)?\s+(?<dir>later|earlier|sooner|after|before|back|forward)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shift();

    [GeneratedRegex(@"\b(?:forward|up|earlier|sooner|before)\b|\b(?:bring|pull)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

    /// <summary>A bare hour where a new time goes ("make that 11", "push it to 4", "let's do 11", "for 10"), or with "ish"/"sharp".</summary>
    [GeneratedRegex(@"(?:\b(?:to|make\s+(?:it|that|this)|for|do|say|at|@|no|nah|nope|wait|but|sorry|actually|mean)\s+(?:the\s+)?|(?<=^\W*))(?<h>" + HourWord + @")\b(?![:.]?\d)(?!\s*(?:%|k\b|x\b|weeks?|days?|mins?|minutes?|hours?|hrs?|people|leads?|mqls?|sqls?|deals?|th\b|st\b|nd\b|rd\b|am\b|pm\b))|\b(?<h>" + HourWord + @")\s*(?:ish|sharp)\b|(?<=[,;]\s*)(?<h>\d{1,2})(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHour();

    [GeneratedRegex(@"\b(?:lunch\s*time|lunchtime|lunch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lunch();

    [GeneratedRegex(@"\b(?:afternoons?|evenings?|pm|p\.m\.|tonight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmSaid();

    [GeneratedRegex(@"\b(?:mornings?|am|a\.m\.)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmSaid();

    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAt();

    /// <summary>Something of the speaker's that moves, not the digest: "my 1:1", "the standup", "our sync", "the call".</summary>
    [GeneratedRegex(@"\b(?:1:1s?|one[\s-]on[\s-]ones?|stand-?ups?|syncs?|calls?|meetings?|flights?|lunch|webinars?|offsites?|all-?hands|workshops?|trainings?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherSubject();

    /// <summary>
    /// The move names what moves, and it is not the digest: "can we push the webinar to friday at 2?", "move our standup to
    /// 10", "let's shift the launch review to thursday". What follows the move word with "the", "our", "my" or "Dana's" must
    /// be the digest or its schedule ("the weekly digest", "the summary", "the send time", "the day") for the move to be the
    /// digest's; "it", "that" and "this" stay the digest's.
    /// </summary>
    [GeneratedRegex(@"\b(?:move|moving|moved|push|pushing|pushed|shift|shifting|bump|bumping|reschedule|rescheduling|change|changing|switch|switching|bring|pull)\s+(?:the|our|my|your|their|his|her|tomorrow's|today's|(?:this|next)\s+week's|[a-z]+'s)\s+(?!(?:[\w-]+\s+){0,2}?(?:digests?|summar(?:y|ies)|roundups?|round-ups?|recaps?|reports?|updates?|emails?|one|time|day|hour|slot|schedule|send|delivery)\b)[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherNamed();

    /// <summary>"tuesday 10:00", "same 10:30", "wednesday same", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text)
        => Read(text) is { } move
            ? $"{move.Day?.ToString().ToLowerInvariant() ?? "same"} {move.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "same"}"
            : null;

    [GeneratedRegex(@"\b(?:move|moving|moved|change|changing|reschedule|push|pushed|shift|switch|bump|make\s+(?:it|that|this)|instead|rather|better|prefer|actually|sorry|(?:no\s+)?wait|earlier|later|sooner|same\s+(?:time|hour|day)|back\s+to|put\s+it\s+back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoveWord();

    /// <summary>A question about when it goes out ("when does the digest go out?", "is it still on mondays at 9?").</summary>
    [GeneratedRegex(@"^\s*(?:when|what|which|is|are|does|did|why|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?:stop|cancel|pause|unsubscribe|don['’]?t|do\s+not|no\s+more|leave\s+it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stopped();

    /// <summary>Something else that has a day or a time: a goal's deadline or target, a reminder, a meeting, a request, a lead.</summary>
    [GeneratedRegex(@"\b(?:deadline|due|target|goal|remind\w*|meeting|call|request|lead|sla|check-?in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherThing();
}
