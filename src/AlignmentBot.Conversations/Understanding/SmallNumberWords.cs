namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Counts under a hundred said in words ("eighteen", "thirty-six", "twenty four", "a"), as a regex alternative and as a value,
/// for readers that match a number next to its unit ("eighteen hours") where the number model's spans are not at hand.
/// </summary>
public static class SmallNumberWords
{
    private static readonly string[] Units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>A regex alternative for one such count: tens with an optional unit ("forty-eight"), a teen, a unit, "a" or "an".</summary>
    public const string Pattern =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?"
        + @"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|an?)";

    /// <summary>The value of a count matched by <see cref="Pattern"/>; null for anything else.</summary>
    public static decimal? Value(string words)
    {
        var parts = words.Trim().ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            return null;
        }

        if (parts.Length == 1 && parts[0] is "a" or "an")
        {
            return 1;
        }

        var tens = Array.IndexOf(Tens, parts[0]);
        if (tens >= 0)
        {
            var unit = parts.Length == 2 ? Array.IndexOf(Units, parts[1]) : -1;
            return parts.Length == 2 && unit < 0 ? null : (tens + 2) * 10 + unit + 1;
        }

        if (parts.Length != 1)
        {
            return null;
        }

        var teen = Array.IndexOf(Teens, parts[0]);
        if (teen >= 0)
        {
            return 10 + teen;
        }

        var one = Array.IndexOf(Units, parts[0]);
        return one >= 0 ? one + 1 : null;
    }
}
