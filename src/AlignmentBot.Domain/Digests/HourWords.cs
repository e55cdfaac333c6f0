namespace AlignmentBot.Domain.Digests;

/// <summary>
/// The hours of a clock said in words ("nine", "eleven", "twelve"), as a regex alternative and as a value, for the readers of
/// times of day (the digest's schedule, its move, its cadence, a reminder's correction) so they all hear the same hours. The
/// value is the hour's place on the clock face: "one" to "eleven" are 1 to 11 and "twelve" is 0, so a reader decides what
/// twelve means (noon with nothing else said, midnight with "am") the way it does for a 12 typed in digits.
/// </summary>
public static class HourWords
{
    private static readonly string[] Words = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

    /// <summary>A regex alternative for one hour in words (no digits, no group).</summary>
    public const string Pattern = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    /// <summary>The hour <paramref name="word"/> names, "one" to "eleven" as 1 to 11 and "twelve" as 0; null for anything else.</summary>
    public static int? Value(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        var i = Array.FindIndex(Words, w => w.Equals(word.Trim(), StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : i;
    }

    /// <summary>The hour as it is said on a clock: digits as written ("9", "14"), and a word as 1 to 12 ("twelve" is 12); null for anything else.</summary>
    public static int? OnTheClock(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        if (int.TryParse(word.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return Value(word) is { } h ? (h == 0 ? 12 : h) : null;
    }
}
