using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// The schedule a message gives a channel's digest, in the words people type in a hurry: "every 2nd thursday, 10
/// o'clock", "evry wensday 9am", "once a fortnight is plenty, same day and time", "every monday at 6:30am - wait, no, make
/// it 7", "weekly on mondays, 8.30". Three parts, each read on its own and any of them may be missing: the weekday (its
/// name, its usual short forms, or a word shaped like one, "wensday", "fridys", "frday": the first letters of a day and
/// "day" at the end), the time (as <see cref="DigestWhenWords"/> reads one), and how often (weekly, or every other/second/2nd,
/// fortnightly, bi-weekly, every two weeks; "every monday" names a day, not a rate). A change of mind counts from what
/// follows it: after "wait", "no,", "actually", "sorry", "make it", the day or time said there wins, and a bare hour there
/// ("make it 7") is a time. A question, a stop (<see cref="DigestOff"/>), a reminder, an absence, or another thing with a day
/// (a request due thursday, last thursday's numbers) gives no schedule. Read with the digest the topic; the scheduler's own
/// parser stays the authority for what it reads, this fills what it leaves. Built against
/// <c>Paraphrases/digest-cadence-words.*.txt</c>.
/// </summary>
public static partial class DigestCadence
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Words shaped like a day name that are not one.</summary>
    private static readonly HashSet<string> NotADay = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "midday", "weekday", "someday", "holiday", "birthday", "yesterday", "everyday", "workday", "payday", "sameday", "theday",
    };

    /// <summary>The weekday, the time and the weeks between digests the message says (null for a part it leaves out), or null.</summary>
    public static (DayOfWeek? Day, TimeOnly? Time, int? EveryWeeks)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        var t = text.Replace('’', '\'');
        if (Asked().IsMatch(t) || DigestOff.Asks(t) || SomethingElse().IsMatch(t))
        {
            return null;
        }

        // What follows the last change of mind that names a day (or a time) wins over what came before it.
        var turns = ChangeOfMind().Matches(t).Select(m => m.Index + m.Length).Reverse().Append(0).ToArray();
        var day = turns.Select(i => DayIn(t[i..])).FirstOrDefault(d => d is not null);
        var time = turns.Select(i => TimeIn(t[i..], i > 0)).FirstOrDefault(d => d is not null);
        // "every week actually, not every other": what it is not is left out.
        var rate = NotEveryTwo().Replace(t, " ");
        var every = EveryTwo().IsMatch(rate) ? 2 : EveryThree().IsMatch(rate) ? 3 : Weekly().IsMatch(rate) ? 1 : (int?)null;
        return day is null && time is null && every is null ? null : (day, time, every);
    }

    /// <summary>Whether the message changes its mind ("wait, no, make it 7"), so what it says last is what it means.</summary>
    public static bool ChangesMind(string text) => ChangeOfMind().IsMatch(text.Replace('’', '\''));

    /// <summary>"thursday 10:00 every=2", "- - every=2", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text)
        => Read(text) is { } s
            ? string.Create(CultureInfo.InvariantCulture,
                $"{s.Day?.ToString().ToLowerInvariant() ?? "-"} {s.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "-"} {(s.EveryWeeks is { } n ? $"every={n}" : "-")}")
            : null;

    /// <summary>The first weekday named in <paramref name="text"/>, short forms and typos ("wensday", "frday") included.</summary>
    internal static DayOfWeek? DayIn(string text)
    {
        foreach (Match w in Word().Matches(text))
        {
            var word = w.Value.ToLowerInvariant();
            if (Short(word) is { } d)
            {
                return d;
            }

            // A word shaped like a day: the day's first letters, "day"/"dy" at the end ("wensday", "fridys", "thrusday"), or "day"
            // with its "a" hit next to it on the keyboard ("wednesdsy", "fridey").
            var stem = word.EndsWith('s') ? word[..^1] : word;
            if (stem.Length is < 5 or > 10 || NotADay.Contains(stem)
                || !(stem.EndsWith("day", StringComparison.Ordinal) || stem.EndsWith("dy", StringComparison.Ordinal) || (stem[^3] == 'd' && stem[^1] == 'y' && "sqwze".Contains(stem[^2]))))
            {
                continue;
            }

            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var name = day.ToString().ToLowerInvariant();
                if (stem.StartsWith(name[..2], StringComparison.Ordinal))
                {
                    return day;
                }
            }

            // Its second and third letters swapped: "firday", "teusday".
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                var name = day.ToString().ToLowerInvariant();
                if (stem[0] == name[0] && stem[1] == name[2] && stem[2] == name[1])
                {
                    return day;
                }
            }
        }

        return null;
    }

    private static DayOfWeek? Short(string word) => word switch
    {
        "mon" or "mons" => DayOfWeek.Monday,
        "tue" or "tues" => DayOfWeek.Tuesday,
        "wed" or "weds" => DayOfWeek.Wednesday,
        "thu" or "thur" or "thurs" or "thr" or "thrs" => DayOfWeek.Thursday,
        "fri" or "fris" => DayOfWeek.Friday,
        _ => null,
    };

    /// <summary>A time: as <see cref="DigestWhenWords"/> reads one, or, right after a change of mind, a bare hour ("make it 7").</summary>
    private static TimeOnly? TimeIn(string text, bool afterChange)
    {
        if (DigestWhenWords.TimeIn(text) is { } time)
        {
            return time;
        }

        if (!afterChange || BareHour().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var h = int.TryParse(m.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : Domain.Digests.HourWords.Value(m.Groups["h"].Value) ?? -1;
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (h is < 0 or > 12 || minute > 59)
        {
            return null;
        }

        // Office hours, as the rest of the schedule reads a bare hour: 7 to 11 the morning, 12 noon, 1 to 6 the afternoon.
        h = h == 0 ? 12 : h;
        return new TimeOnly(h is >= 1 and <= 6 ? h + 12 : h, minute);
    }

    [GeneratedRegex(@"[\p{L}]+", Options)]
    private static partial Regex Word();

    /// <summary>A change of mind: what comes after it replaces what came before ("6:30 - wait, no, make it 7").</summary>
    [GeneratedRegex(@"\b(?:wait|actually|sorry|scratch\s+that|on\s+second\s+thought|make\s+(?:it|that)|rather|no(?=\s*[,.!;:–—-]|\s+(?:wait|make|actually|sorry|let's|lets|scratch)\b))\b", Options)]
    private static partial Regex ChangeOfMind();

    /// <summary>A bare hour at the start of what follows a change of mind: ", 11", " 7", " to 9:30".</summary>
    [GeneratedRegex(@"^[\s,.!:;–—-]*(?:(?:to|at|say)\s+)?(?<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::(?<m>\d{2}))?\b(?!\s*(?:weeks?|days?|mins?|minutes?|hours?|hrs?|%|k\b|x\b|people|leads?|mqls?|sqls?|deals?|th\b|st\b|nd\b|rd\b))", Options)]
    private static partial Regex BareHour();

    /// <summary>Every two weeks: "every other", "every second/2nd/two/2", "fortnight(ly)", "bi-weekly", "twice a month".</summary>
    [GeneratedRegex(@"\b(?:every\s+(?:other|second|2nd|two|2)\b|fortnight(?:ly)?\b|bi-?weekly\b|twice\s+a\s+month\b|every\s+couple\s+(?:of\s+)?weeks\b)", Options)]
    private static partial Regex EveryTwo();

    /// <summary>Every two weeks said as what it is not: "not every other", "rather than fortnightly", "instead of bi-weekly".</summary>
    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than)\s+(?:every\s+(?:other|second|2nd|two|2)(?:\s+weeks?)?|fortnight(?:ly)?|bi-?weekly|twice\s+a\s+month)\b", Options)]
    private static partial Regex NotEveryTwo();

    [GeneratedRegex(@"\bevery\s+(?:third|3rd|three|3)\b", Options)]
    private static partial Regex EveryThree();

    /// <summary>Once a week said as a rate, not a day: "weekly", "every week", "once a week".</summary>
    [GeneratedRegex(@"\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week)\b", Options)]
    private static partial Regex Weekly();

    /// <summary>
    /// A question about the schedule (opened by a question word, or a statement turned into one: "…last quarter right?"),
    /// not a polite ask ("could this channel get…?", "can we do…?").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:ok|so|hey|and|btw|hmm+)\b[\s,]*)*(?:what|what's|whats|when|where|who|whose|why|which|how|is|are|was|were|does|did|do|has|have)\b|\b(?:right|correct|yeah)\s*\?", Options)]
    private static partial Regex Asked();

    /// <summary>Another thing with a day or a time: a reminder, an absence, a request or deadline, a goal's numbers, the past.</summary>
    [GeneratedRegex(@"\b(?:remind\w*|nudge|ping|chase|check-?ins?|i'm\s+(?:out|off|away)|i\s+am\s+(?:out|off|away)|ooo|out\s+of\s+office|holiday|vacation|pto|back\s+on|request|due|deadline|target|goal|lead|sla|meeting|mqls?|sqls?|last|yesterday|ago)\b", Options)]
    private static partial Regex SomethingElse();
}
