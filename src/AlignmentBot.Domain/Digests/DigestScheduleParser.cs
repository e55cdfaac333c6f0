using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// Reads the schedule out of what people say in chat: "every Monday at 9", "Friday 4pm", "every two weeks on
/// Tuesday at 08:30", "every other Monday", "move our digest to Thursday 10:30 CET". Whatever the phrase
/// leaves out comes from <see cref="DigestScheduleDefaults"/>.
/// </summary>
/// <remarks>
/// A bare hour is read as a working hour: "at 9" is 09:00, "at 4" is 16:00 (1–6 without am/pm are afternoon
/// hours, 7–11 morning hours). "am"/"pm", "in the morning"/"in the afternoon" and 24-hour times override that.
/// </remarks>
public static partial class DigestScheduleParser
{
    private static readonly (string[] Names, DayOfWeek Day)[] DayNames =
    [
        (["monday", "mon"], DayOfWeek.Monday),
        (["tuesday", "tue", "tues"], DayOfWeek.Tuesday),
        (["wednesday", "wed", "weds"], DayOfWeek.Wednesday),
        (["thursday", "thu", "thur", "thurs"], DayOfWeek.Thursday),
        (["friday", "fri"], DayOfWeek.Friday),
        (["saturday", "sat"], DayOfWeek.Saturday),
        (["sunday", "sun"], DayOfWeek.Sunday),
    ];

    private static readonly HashSet<string> IanaAreas = new(StringComparer.Ordinal)
        { "Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc" };

    public static DigestScheduleParse Parse(string? text, DigestScheduleDefaults defaults)
    {
        var original = text ?? string.Empty;
        var t = " " + Normalize(original) + " ";

        var (zoneId, hasZone, zoneProblem) = ReadTimeZone(original, t, defaults.TimeZone);
        if (zoneProblem is not null)
        {
            return Failed(zoneProblem);
        }

        if (Unsupported().Match(t) is { Success: true } unsupported)
        {
            return Failed($"I can post the digest once a week or once every two weeks, not \"{unsupported.Value.Trim()}\".");
        }

        var everyWeeks = defaults.EveryWeeks;
        var hasCadence = false;
        if (EveryTwoWeeks().IsMatch(t))
        {
            (everyWeeks, hasCadence) = (2, true);
        }
        else if (EveryWeek().IsMatch(t))
        {
            (everyWeeks, hasCadence) = (1, true);
        }

        var days = DayNames.Where(d => d.Names.Any(n => Regex.IsMatch(t, $@"\b{n}s?\b", RegexOptions.CultureInvariant))).Select(d => d.Day).Distinct().ToArray();
        if (days.Length > 1)
        {
            return Failed($"The digest goes out on one day: pick one of {string.Join(" or ", days)}.");
        }

        var (time, hasTime, timeProblem) = ReadTime(t);
        if (timeProblem is not null)
        {
            return Failed(timeProblem);
        }

        var schedule = new DigestSchedule(days.Length == 1 ? days[0] : defaults.DefaultDay, time ?? defaults.DefaultTime, zoneId, everyWeeks, defaults.WeekStart);
        return new DigestScheduleParse(schedule, days.Length == 1, hasTime, hasCadence, hasZone);

        DigestScheduleParse Failed(string problem) => new(null, false, false, false, false, problem);
    }

    private static (TimeOnly? Time, bool Found, string? Problem) ReadTime(string t)
    {
        if (NoonOrMidnight().Match(t) is { Success: true } named)
        {
            return (named.Groups[1].Value == "midnight" ? new TimeOnly(0, 0) : new TimeOnly(12, 0), true, null);
        }

        var match = ClockTime().Match(t);
        if (!match.Success)
        {
            match = HourWithMeridiem().Match(t);
        }

        if (!match.Success)
        {
            match = BareHour().Match(t);
        }

        if (!match.Success)
        {
            return (null, false, null);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Success ? match.Groups["ampm"].Value[0] : (char?)null;
        meridiem ??= t.Contains(" in the morning ", StringComparison.Ordinal) ? 'a'
            : t.Contains(" in the afternoon ", StringComparison.Ordinal) || t.Contains(" in the evening ", StringComparison.Ordinal) ? 'p'
            : null;

        if (minute > 59 || hour > 23 || (meridiem is not null && (hour is 0 or > 12)))
        {
            return (null, false, $"\"{match.Value.Trim()}\" is not a time of day.");
        }

        hour = meridiem switch
        {
            'a' => hour == 12 ? 0 : hour,
            'p' => hour == 12 ? 12 : hour + 12,

            // A bare "at 4" or "4:30" in a work context means the afternoon; "04:30" and "16:00" say exactly what they mean.
            _ when match.Groups["h"].Value.Length == 1 && hour is >= 1 and <= 6 => hour + 12,
            _ => hour,
        };
        return (new TimeOnly(hour, minute), true, null);
    }

    private static (string Zone, bool Found, string? Problem) ReadTimeZone(string original, string normalized, string fallback)
    {
        if (IanaZone().Match(original) is { Success: true } iana && IanaAreas.Contains(iana.Value.Split('/')[0]))
        {
            return DigestTimeZones.Normalize(iana.Value) is { } id
                ? (id, true, null)
                : (fallback, false, $"I don't know the time zone \"{iana.Value}\". Use an IANA name such as Europe/Berlin or America/New_York.");
        }

        foreach (var name in DigestTimeZones.KnownAbbreviations.OrderByDescending(n => n.Length))
        {
            if (normalized.Contains($" {name} ", StringComparison.Ordinal) || normalized.Contains($" {name} time ", StringComparison.Ordinal))
            {
                return (DigestTimeZones.Normalize(name)!, true, null);
            }
        }

        return (fallback, false, null);
    }

    private static string Normalize(string text)
    {
        var lower = ClockWords.ToDigits(text).ToLowerInvariant().Replace("a.m.", "am", StringComparison.Ordinal).Replace("p.m.", "pm", StringComparison.Ordinal)
            .Replace("o'clock", string.Empty, StringComparison.Ordinal).Replace("o’clock", string.Empty, StringComparison.Ordinal);
        lower = lower.Replace(". ", " ", StringComparison.Ordinal);
        var chars = lower.Select(c => char.IsLetterOrDigit(c) || c is ':' or '.' or '/' or '-' ? c : ' ').ToArray();
        return Whitespace().Replace(new string(chars), " ").Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"\b(every\s+(other|second|2nd|two|2)\s+weeks?|every\s+other|every\s+second|bi-?weekly|fortnightly|every\s+fortnight|twice\s+a\s+month)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryTwoWeeks();

    // "every Monday" is weekly too (checked after "every other Monday").
    [GeneratedRegex(@"\b(weekly|every\s+week|each\s+week|once\s+a\s+week|(every|each)\s+(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryWeek();

    [GeneratedRegex(@"\b(daily|every\s+day|each\s+day|every\s+morning|monthly|every\s+month|each\s+month|quarterly|every\s+(three|3|four|4)\s+weeks)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Unsupported();

    [GeneratedRegex(@"\b(noon|midday|midnight)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoonOrMidnight();

    // 09:30, 9.30, 8h30, 16:00, 4:15pm
    [GeneratedRegex(@"(?<![\d/-])(?<h>\d{1,2})(?<sep>[:.h])(?<m>\d{2})(?!\d)\s*(?<ampm>am|pm)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    // 9am, 4 pm
    [GeneratedRegex(@"(?<![\d/:.-])(?<h>\d{1,2})\s*(?<ampm>am|pm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HourWithMeridiem();

    // "at 9", "at 16" — never "every 2 weeks"
    [GeneratedRegex(@"\b(at|by|around)\s+(?<h>\d{1,2})(?!\s*(weeks?|days?|[:.\d]))\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareHour();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+(/[A-Z][A-Za-z_]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IanaZone();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
