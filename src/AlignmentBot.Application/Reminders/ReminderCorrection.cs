using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// A person's reminder corrected right after it was set, saying only what changes: "sorry, make that fridays, same time"
/// keeps the time, "no wait, 9:30" keeps the day, "an hour later pls" moves the time, "I said monday but I meant tuesday"
/// takes the day that is not the one being corrected, and "9 clashes with standup, 11 pls" the time that is not. Cues, not phrasings: a weekday (one said after "not" is the one being
/// left), a time of day (words go through <see cref="Domain.Digests.ClockWords"/> first, so "half three" is 3:30, and 1 to
/// 7 without am/pm are afternoon hours as in <see cref="ReminderRequest"/>) or a shift said in hours or minutes, and a
/// correction cue ("sorry", "actually", "make it", "instead", "better") or nothing else said around them. A question, a
/// number of something (leads, deals), an absence, a digest or another command is not a correction; nor is saying the
/// schedule it already has ("perfect, monday at 9 works"). Built against <c>Paraphrases/reminder-correction.*.txt</c>.
/// </summary>
public static partial class ReminderCorrection
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The corrected day and time, from the reminder's <paramref name="day"/> and <paramref name="time"/>; null when it is not a correction of them.</summary>
    public static (DayOfWeek Day, TimeOnly Time)? Read(string? text, DayOfWeek day, TimeOnly time)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        // "make it 3, I've got pipeline review at 2": the reason after the new time is not part of it.
        var t = Reason().Replace(Spaces().Replace(text.Replace('’', '\''), " ").Trim(), string.Empty);
        var opened = Opener().Replace(t, string.Empty);

        // "9 is pipeline review, 10", "9am is taken, 11:30 works": the time or day it has, said first as what is wrong with
        // it, is about this reminder; the meeting named there and "works" for the new one are not another thing.
        var oldFirst = OldNamedFirst().IsMatch(opened);
        var about = oldFirst ? Meeting().Replace(Fits().Replace(t, " "), " ") : t;
        if (Question().IsMatch(opened) || NotAbout().IsMatch(about))
        {
            return null;
        }

        t = Domain.Digests.ClockWords.ToDigits(t);
        var newTime = (TimeOnly?)null;
        if (Shift().Match(t) is { Success: true } shift)
        {
            newTime = time.AddMinutes(Minutes(shift) * (Later(shift.Groups["dir"].Value) ? 1 : -1));
            t = t.Remove(shift.Index, shift.Length).Insert(shift.Index, " ");
        }

        var newDay = DayCorrected(t, day);
        if (newTime is null)
        {
            // "2 clashes with our team sync, 4 pls": the time it has now may be named beside the one wanted; of several, the
            // last that differs from it, as for days.
            var times = new List<TimeOnly>();
            foreach (Match clock in Clock().Matches(t))
            {
                if (TimeOf(clock, t) is not { } at)
                {
                    return null;
                }

                times.Add(at);
            }

            newTime = times.Count == 0 ? null : times.LastOrDefault(at => at != time, times[^1]);
        }

        if (newDay is null && newTime is null)
        {
            return null;
        }

        var result = (newDay ?? day, newTime ?? time);
        if (result == (day, time) || !(Cue().IsMatch(t) || oldFirst || OnlyTheSchedule(t)))
        {
            return null;
        }

        return result;
    }

    /// <summary>"friday 09:00", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text, DayOfWeek day, TimeOnly time)
        => Read(text, day, time) is { } when ? string.Create(CultureInfo.InvariantCulture, $"{when.Day.ToString().ToLowerInvariant()} {when.Time:HH\\:mm}") : null;

    /// <summary>
    /// The weekday wanted: one not said after "not" / "instead of" / "said"; of several, one that differs from the day being
    /// corrected ("I said monday but I meant tuesday"), the last said.
    /// </summary>
    private static DayOfWeek? DayCorrected(string text, DayOfWeek current)
    {
        var days = Weekday().Matches(text)
            .Where(m => !Left().IsMatch(text[..m.Index]))
            .Select(m => Day(m.Groups["d"].Value))
            .ToList();
        return days.Count == 0 ? null : days.LastOrDefault(d => d != current, days[^1]);
    }

    private static TimeOnly? TimeOf(Match m, string text)
    {
        if (m.Groups["noon"].Success)
        {
            return new TimeOnly(12, 0);
        }

        var hour = HourOf(m.Groups["h"].Value);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour is null or > 23 || minute > 59)
        {
            return null;
        }

        var after = text[(m.Index + m.Length)..];
        var before = text[..m.Index];
        var ampm = m.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (ampm.Length == 0)
        {
            ampm = Afternoon().IsMatch(after) || AfternoonBefore().IsMatch(before) ? "pm" : Morning().IsMatch(after) || MorningBefore().IsMatch(before) ? "am" : string.Empty;
        }

        return ReminderRequest.ClockTime(hour.Value, minute, ampm);
    }

    private static int? HourOf(string word)
    {
        return Domain.Digests.HourWords.OnTheClock(word);
    }

    private static int Minutes(Match shift)
    {
        var amount = shift.Groups["n"].Value.ToLowerInvariant();
        var n = amount switch
        {
            "a" or "an" or "one" => 1.0,
            "half an" or "half a" => 0.5,
            "two" => 2,
            "a couple of" or "couple of" => 2,
            _ => double.TryParse(amount, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 1,
        };
        return (int)Math.Round(shift.Groups["unit"].Value.StartsWith('h') ? n * 60 : n);
    }

    private static bool Later(string direction) => direction.ToLowerInvariant() is "later" or "back";

    private static bool OnlyTheSchedule(string text) => Filler().Replace(Clock().Replace(Weekday().Replace(text, " "), " "), " ").Trim().Length == 0;


    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The schedule it has named first and said to be something: "9 is pipeline review", "monday is our offsite day", "9am's taken".</summary>
    [GeneratedRegex(@"^(?:(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)|(?:mon|tue|tues|wed|thu|thur|thurs|fri)[a-z]*)\s*(?:is|are|'s|'re)\b", Options)]
    private static partial Regex OldNamedFirst();

    /// <summary>A meeting named as the clash: "pipeline review", "pipeline call".</summary>
    [GeneratedRegex(@"\bpipeline\s+(?:review|call|meeting|sync)\b", Options)]
    private static partial Regex Meeting();

    /// <summary>"works", "is fine" for the new time.</summary>
    [GeneratedRegex(@"\b(?:works|fine)\b", Options)]
    private static partial Regex Fits();

    /// <summary>The interjections before a correction, so a question under them ("hmm, what time is it set for?") is still seen.</summary>
    [GeneratedRegex(@"^(?:(?:" + Corrections.Interjections.One + @")\b[\s,.:;!-]*)*", Options)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^(?:what|when|which|who|whose|why|how|do|does|did|is|are|was|were|am|have|has)\b", Options)]
    private static partial Regex Question();

    /// <summary>Another thing than this reminder: counts of something, an absence, a digest, stopping, undoing, someone else reminded.</summary>
    [GeneratedRegex(@"\b(?:mqls?|sqls?|leads?|deals?|revenue|pipeline|goals?|digest|summary|log(?:ged)?|out|off|away|ooo|pto|holiday|vacation|leave|stop|quit|undo|cancel|don'?t|do\s+not|fine|works|thanks|thank\s+you|remind(?:ed|ing)?\s+(?!me\b)\w+)\b|[$€£%]|\d+\s*k\b", Options)]
    private static partial Regex NotAbout();

    /// <summary>What says a correction is meant: an interjection, a verb of changing it, "instead", "rather", "better", "same time", "meant", or what is wrong with the old one ("9 clashes with standup", "mondays are bad", "2 won't work").</summary>
    [GeneratedRegex(@"\b(?:sorry|oops|whoops|wait|actually|hmm+|ugh|nope|no|scratch\s+that|second\s+thought|typo|meant|make|change|switch|move|push|shift|bump|let'?s|instead|rather|better|prefer|same\s+time|not|earlier|later|suits?|work|clash(?:es)?|conflicts?|collides?|overlaps?|too\s+(?:early|late)|bad|taken|no\s+good|won'?t|doesn'?t|busy|hectic|is\s+when)\b", Options)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:at|on|in|the|every|each|mornings?|afternoons?|evenings?|please|pls|plz|am|pm|a\.m\.|p\.m\.|o'?clock|then|instead|actually)\b|[^\w]", Options)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?<d>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b", Options)]
    private static partial Regex Weekday();

    /// <summary>What puts a weekday aside, said just before it: "not mondays", "instead of monday", "I said monday".</summary>
    [GeneratedRegex(@"\b(?:not|n't|instead\s+of|rather\s+than|said|from)\s+(?:on\s+)?$", Options)]
    private static partial Regex Left();

    /// <summary>
    /// A time: "9:30", "9.30", "10am", "7:30 a.m.", "noon", or a bare hour ("make it 10", "thursday at 4", "friday 11"); an
    /// hour in words only where a time is said to follow ("make it ten"), so "that one" is not 1 o'clock.
    /// </summary>
    [GeneratedRegex(@"(?<noon>\bnoon\b|\bmidday\b)|(?<![\w.:])(?<h>\d{1,2}|(?<=\b(?:it|that|to|at|do|say)\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:[:.](?<m>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?(?![\w:]|\.\d)", Options)]
    private static partial Regex Clock();

    /// <summary>A move by an amount: "an hour later", "half an hour earlier", "30 mins later", "push it back an hour".</summary>
    [GeneratedRegex(@"\b(?<n>an?|one|two|half\s+an?|(?:a\s+)?couple\s+of|\d+(?:\.\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?)\s+(?<dir>later|earlier|sooner|back|forward)\b|\b(?<dir>later|earlier|back|forward)\s+(?:by\s+)?(?<n>an?|one|two|half\s+an?|\d+(?:\.\d+)?)\s*(?<unit>hours?|hrs?|h|minutes?|mins?)\b", Options)]
    private static partial Regex Shift();

    [GeneratedRegex(@"^\s*(?:in\s+the\s+(?:afternoon|evening)|at\s+night|pm\b)", Options)]
    private static partial Regex Afternoon();

    [GeneratedRegex(@"(?:afternoons?|evenings?)\s+(?:at\s+)?$", Options)]
    private static partial Regex AfternoonBefore();

    [GeneratedRegex(@"^\s*(?:in\s+the\s+morning|am\b)", Options)]
    private static partial Regex Morning();

    [GeneratedRegex(@"mornings?\s+(?:at\s+)?$", Options)]
    private static partial Regex MorningBefore();

    /// <summary>A reason said after the change, as a clause of its own: ", I've got pipeline review at 2", "; because of the standup at 9".</summary>
    [GeneratedRegex(@"\s*[,;–—]\s*(?:because|cause|'cause|cos|coz|since|as|i've|ive|i\s+have|i'm|im|i\s+am|we've|we\s+have|there's|theres|got|my)\b.*$", Options)]
    private static partial Regex Reason();

    /// <summary>The day of a word the weekday pattern matched, so always a day.</summary>
    private static DayOfWeek Day(string word) => WeekdayWords.Named(word) ?? throw new ArgumentException($"not a weekday: {word}", nameof(word));
}
