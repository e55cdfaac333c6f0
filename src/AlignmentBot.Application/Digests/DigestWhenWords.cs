using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// The weekly day and time a digest should land, said the way people say times: "every tuesday morning at ten", "wednesdays
/// at half past eight", "thursday 2 in the afternoon", "mondays at quarter to five", "Tue 10am", "noon on wednesdays". Three
/// cues in one message: the digest (or "weekly summary"), a weekday, and a time of day, read in words or digits with what
/// says which half of the day ("am", "pm", "morning", "in the afternoon", "evening"; with none, 7 to 11 is the morning and 1
/// to 6 the afternoon, office hours). A question, a stop, a reminder or a meeting is not a schedule. Built against
/// <c>Paraphrases/digest-when-words.*.txt</c>.
/// </summary>
public static partial class DigestWhenWords
{
    /// <summary>The day and time as ("tuesday", 10:00), or null.</summary>
    public static (DayOfWeek Day, TimeOnly Time)? Read(string? text)
    {
        // The digest named, or nothing but the schedule said ("tuesday mornings at ten", as an answer about it).
        if (string.IsNullOrWhiteSpace(text) || NotASchedule().IsMatch(text) || !(Digest().IsMatch(text) || OnlyASchedule(text)))
        {
            return null;
        }

        var day = Weekday().Match(text);
        if (!day.Success)
        {
            return null;
        }

        var time = Time(text);
        return time is null ? null : (Day(day.Groups["d"].Value), time.Value);
    }

    /// <summary>"tuesday 10:00", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text)
        => Read(text) is { } when ? string.Create(CultureInfo.InvariantCulture, $"{when.Day.ToString().ToLowerInvariant()} {when.Time:HH\\:mm}") : null;

    /// <summary>The first weekday the text names ("tuesdays", "thurs"), for readers that take a day alone (<see cref="DigestMove"/>).</summary>
    internal static DayOfWeek? DayIn(string text) => Weekday().Match(text) is { Success: true } d ? Day(d.Groups["d"].Value) : null;

    /// <summary>Every weekday the text names, in order ("mondays are chaos, tuesday instead": Monday, Tuesday).</summary>
    internal static IReadOnlyList<DayOfWeek> DaysIn(string text) => Weekday().Matches(text).Select(d => Day(d.Groups["d"].Value)).ToArray();

    /// <summary>The clock time the text names ("half ten", "8:30", "at ten", "4pm", "noon"), for readers that take a time alone.</summary>
    internal static TimeOnly? TimeIn(string text) => Time(text);

    /// <summary>Where the time <see cref="TimeIn"/> reads starts in the text, or -1.</summary>
    internal static int TimeAt(string text)
        => Noon().Match(text) is { Success: true } noon ? noon.Index : Clock().Match(text) is { Success: true } m ? m.Index : -1;

    private static TimeOnly? Time(string text)
    {
        if (Noon().IsMatch(text))
        {
            return new TimeOnly(12, 0);
        }

        var m = Clock().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var hour = Number(m.Groups["h"].Value);
        if (hour is null or < 1 or > 12)
        {
            return null;
        }

        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : m.Groups["mw"].Success ? MinuteWords(m.Groups["mw"].Value) : 0;
        var h = hour.Value;
        if (m.Groups["past"].Success)
        {
            minute = m.Groups["past"].Value.StartsWith("half", StringComparison.OrdinalIgnoreCase) ? 30 : 15;
        }
        else if (m.Groups["to"].Success)
        {
            minute = 45;
            h = h == 1 ? 12 : h - 1;
        }

        var after = text[(m.Index + m.Length)..];
        after = after[..Math.Min(after.Length, 30)];
        var before = text[..m.Index];
        var pm = PmAfter().IsMatch(m.Value + after) || PmBefore().IsMatch(before);
        var am = AmAfter().IsMatch(m.Value + after) || AmBefore().IsMatch(before);
        h %= 12;
        if (pm || (!am && h is >= 1 and <= 6))
        {
            h += 12;
        }

        return minute is >= 0 and < 60 ? new TimeOnly(h, minute) : null;
    }

    private static bool OnlyASchedule(string text)
        => ScheduleFiller().Replace(Clock().Replace(Noon().Replace(Weekday().Replace(text, " "), " "), " "), " ").Trim().Length == 0;

    [GeneratedRegex(@"\b(?:every|each|on|at|in|the|mornings?|afternoons?|evenings?|please|pls|am|pm|a\.m\.|p\.m\.|o['’]clock|weekly)\b|[^\w]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleFiller();

    private static int? Number(string word)
    {
        return Domain.Digests.HourWords.OnTheClock(word);
    }

    private static int MinuteWords(string words) => words.ToLowerInvariant().Replace('-', ' ') switch
    {
        "fifteen" => 15,
        "thirty" => 30,
        "forty five" => 45,
        "forty-five" => 45,
        _ => 0,
    };


    private const string HourWord = @"\d{1,2}|" + Domain.Digests.HourWords.Pattern;

    /// <summary>
    /// A time: "10am", "9:30", "half past eight", "half two", "quarter past nine", "quarter to five", "seven thirty", "at ten",
    /// "ten a.m.", "eight in the morning", "9 o'clock". A bare number counts only after "at" or right after the weekday.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<past>half|quarter)\s+(?:past\s+)?(?<h>" + HourWord + @")|(?<to>quarter)\s+to\s+(?<h>" + HourWord + @")|(?<h>\d{1,2})[:.](?<m>\d{2})(?:\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w))?|(?<h>" + HourWord + @")(?:\s*ish|\s+sharp|(?=\s+in\s+the\s+(?:morning|afternoon|evening)))|(?<h>" + HourWord + @")\s*(?<mw>fifteen|thirty|forty[\s-]five)\b(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|(?<h>" + HourWord + @")\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)|(?<=\b(?:at|@)\s+)(?<h>" + HourWord + @")|(?<=\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)[a-z]*s?\s+)(?<h>" + HourWord + @")(?=\s+(?:in\s+the|for|digest)\b))(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\bnoon\b|\bmidday\b|\blunch\s*time\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Noon();

    /// <summary>What follows a time and puts it after noon: "4pm", "5 in the evening", "2 in the afternoon".</summary>
    [GeneratedRegex(@"^[\w:.' ]*?(?:\d|\b[a-z]+)\s*(?:pm\b|p\.m\.|in\s+the\s+(?:afternoon|evening)|at\s+night)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmAfter();

    [GeneratedRegex(@"(?:afternoons?|evenings?)\s+(?:at\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PmBefore();

    /// <summary>What follows a time and puts it before noon: "10am", "ten a.m.", "eight in the morning".</summary>
    [GeneratedRegex(@"^[\w:.' ]*?(?:\d|\b[a-z]+)\s*(?:am\b|a\.m\.|in\s+the\s+morning)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmAfter();

    [GeneratedRegex(@"mornings?\s+(?:at\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmBefore();

    [GeneratedRegex(@"\b(?<d>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\bdigest\b|\bweekly\s+(?:summary|roundup|round-up|update)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Digest();

    /// <summary>A question about the digest, stopping it, sending it now, or thanks for one that went out: no schedule.</summary>
    [GeneratedRegex(@"^\s*(?:when|what|did|does|is|was|why|how)\b|\b(?:stop|don['’]?t|do\s+not|no\s+more|cancel|pause|now|useful|thanks|remind)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotASchedule();

    /// <summary>The day of a word the weekday pattern matched, so always a day.</summary>
    private static DayOfWeek Day(string word) => WeekdayWords.Named(word) ?? throw new ArgumentException($"not a weekday: {word}", nameof(word));
}
