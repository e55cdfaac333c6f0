using System.Globalization;

namespace AlignmentBot.Application.Import;

/// <summary>Values as CRMs and spreadsheets export them: "1,234.50", "$12k", "18%", "2024-03-05 14:22", "3/5/2024, 2:22 PM".</summary>
public static class CellParsers
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ",
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.fffzzz", "yyyy/MM/dd",
    ];

    public static bool TryNumber(string text, out decimal value)
    {
        var t = text.Trim().Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        var multiplier = 1m;
        if (t.EndsWith('%'))
        {
            t = t[..^1];
        }

        t = t.TrimStart('$', '€', '£', '¥', '₹').Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (t.Length > 1 && char.IsLetter(t[^1]))
        {
            (multiplier, t) = char.ToLowerInvariant(t[^1]) switch
            {
                'k' => (1_000m, t[..^1]),
                'm' => (1_000_000m, t[..^1]),
                'b' => (1_000_000_000m, t[..^1]),
                _ => (0m, t),
            };
        }

        if (multiplier != 0 && decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value *= multiplier;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Parses a timestamp; slash dates are month-first unless <paramref name="dayFirst"/>. Times without an offset are UTC.</summary>
    public static bool TryTimestamp(string text, bool dayFirst, out DateTimeOffset value)
    {
        var t = text.Trim();
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(t, IsoFormats, CultureInfo.InvariantCulture, styles, out value))
        {
            return true;
        }

        if (t.Contains('/', StringComparison.Ordinal))
        {
            var culture = CultureInfo.GetCultureInfo(dayFirst ? "en-GB" : "en-US");
            if (DateTimeOffset.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), culture, styles, out value))
            {
                return true;
            }
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, styles, out value);
    }

    public static bool TryDate(string text, bool dayFirst, out DateOnly value)
    {
        if (TryTimestamp(text, dayFirst, out var ts))
        {
            value = DateOnly.FromDateTime(ts.UtcDateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>True when any slash date in the column starts with a number above 12, i.e. the file is day-first.</summary>
    public static bool LooksDayFirst(IEnumerable<string> values)
        => values.Select(v => v.Trim()).Where(v => v.Contains('/', StringComparison.Ordinal))
            .Any(v => int.TryParse(v.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) && first > 12);
}
