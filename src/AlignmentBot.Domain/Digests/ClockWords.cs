using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// Times of day said in words, turned into clock digits before any reader of times looks at them: "half nine" and "half
/// past nine" are 9:30, "quarter past ten" 10:15, "quarter to ten" 9:45, "at nine" at 9. One reader, so the digest's
/// schedule and a person's check-in reminders hear the same times. The hour and its minutes in words ("nine thirty", "ten fifteen") are
/// read too.
/// </summary>
public static partial class ClockWords
{
    public static string ToDigits(string text)
    {
        var t = Fraction().Replace(text, m =>
        {
            var hour = HourOf(m.Groups["h"].Value);
            var (h, minute) = m.Groups["what"].Value.ToLowerInvariant() switch
            {
                "half" => (hour, 30),
                _ when m.Groups["to"].Success => (hour == 1 ? 12 : hour - 1, 45),
                _ => (hour, 15),
            };
            return string.Create(CultureInfo.InvariantCulture, $"{h}:{minute:00}");
        });
        // "nine thirty", "ten fifteen", "eight forty-five": the hour and its minutes in words.
        t = HourAndMinutes().Replace(t, m => string.Create(CultureInfo.InvariantCulture, $"{HourOf(m.Groups["h"].Value)}:{MinutesOf(m.Groups["m"].Value):00}"));
        return AtWord().Replace(t, m => m.Groups["at"].Value + HourOf(m.Groups["h"].Value).ToString(CultureInfo.InvariantCulture));
    }

    // The hours come from the one shared table (HourWords), so every reader of times hears the same words; twelve is 12 here.
    private static int HourOf(string word) => HourWords.OnTheClock(word) ?? -1;

    private static int MinutesOf(string words) => words.ToLowerInvariant() switch
    {
        "fifteen" => 15,
        "thirty" => 30,
        _ => 45,
    };

    // "nine thirty", "ten fifteen", "eight forty-five", not "nine thirty-day trials" nor "two thirty minutes".
    [GeneratedRegex(@"\b(?<h>" + HourWords.Pattern + @")\s+(?<m>fifteen|thirty|forty[\s-]five)\b(?![\s-]*(?:days?|weeks?|months?|minutes?|mins?|hours?|hrs?|percent|%|k\b|people|leads|deals|mqls?|sqls?|accounts))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourAndMinutes();

    // An hour, then a word's end or "am"/"pm" straight after it ("half past 4pm").
    private const string HourWord = @"(?<h>1[0-2]|[1-9]|" + HourWords.Pattern + @")(?![\d:.])(?:(?=[ap]\.?m\b)|\b)";

    // "half nine" (British for 9:30), "half past 4", "quarter past ten", "a quarter to 10".
    [GeneratedRegex(@"\b(?:a\s+)?(?<what>half|quarter)\s+(?:past\s+|after\s+|(?<to>to|till|til)\s+)?" + HourWord, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    // "at nine", "around ten o'clock": an hour in words after a word that says a time follows.
    [GeneratedRegex(@"\b(?<at>(?:at|around|by)\s+)(?<h>" + HourWords.Pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtWord();
}
