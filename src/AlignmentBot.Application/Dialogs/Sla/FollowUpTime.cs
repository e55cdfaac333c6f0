using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>
/// How long sales has to follow up, said the way people say durations: "36h", "thirty hours", "a day and a half", "half a
/// day", "1.5 days", "two and a half days", "a couple of hours", "2d", "by the next day", or a bare "24" when the hours were
/// asked. "h" and "d" alone count only after digits ("36h", "2d"), so "and" is never "an d". One reader of a quantity (digits, a number word from <see cref="SmallNumberWords"/>, "a couple"), an optional
/// "and a half" before or after the unit, and the unit (hours, or days of 24 hours), rather than one pattern per phrasing.
/// </summary>
public static partial class FollowUpTime
{
    /// <summary>The answer to "within how many hours?": a duration, or a bare number, which is hours when hours were asked.</summary>
    public static decimal? Answer(string text)
        => decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var bare) ? (bare > 0 ? bare : null) : Hours(text);

    /// <summary>The hours the text gives, the first duration in it; null when it names none ("as fast as possible", "240 MQLs a month").</summary>
    public static decimal? Hours(string text)
    {
        var t = text.Replace('’', '\'').Trim();

        if (HalfOf().Match(t) is { Success: true } half)
        {
            return half.Groups["unit"].Value.StartsWith('d') ? 12m : 0.5m;
        }

        if (NextDay().IsMatch(t))
        {
            return 24m;
        }

        var m = Duration().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var amount = Quantity(m.Groups["n"].Value);
        if (amount is null)
        {
            return null;
        }

        if (m.Groups["half1"].Success || m.Groups["half2"].Success)
        {
            amount += 0.5m;
        }

        // "within 90 minutes" is an hour and a half; minutes count only after digits ("a few minutes" is no time agreed).
        return m.Groups["unit"].Value.StartsWith('h') ? amount : m.Groups["unit"].Value.StartsWith('m') ? Math.Round(amount!.Value / 60m, 2) : amount * 24;
    }

    /// <summary>Where the first duration sits in the text, to keep its number out of the lead count; empty when none.</summary>
    public static (int Start, int Length) Span(string text)
    {
        var m = Duration().Match(text);
        if (m.Success)
        {
            return (m.Index, m.Length);
        }

        var h = HalfOf().Match(text);
        return h.Success ? (h.Index, h.Length) : (0, 0);
    }

    /// <summary>Every duration in the text, in order, with where it sits.</summary>
    public static IEnumerable<(decimal Hours, int Start, int Length)> All(string text)
    {
        foreach (Match m in Duration().Matches(text))
        {
            if (Hours(m.Value) is { } hours)
            {
                yield return (hours, m.Index, m.Length);
            }
        }

        foreach (Match m in HalfOf().Matches(text))
        {
            if (!Duration().IsMatch(text[m.Index..Math.Min(text.Length, m.Index + m.Length)]))
            {
                yield return (m.Groups["unit"].Value.StartsWith('d') ? 12m : 0.5m, m.Index, m.Length);
            }
        }
    }

    private static decimal? Quantity(string words)
    {
        var w = Spaces().Replace(words.Trim().ToLowerInvariant(), " ");
        if (decimal.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        if (w.StartsWith("a couple", StringComparison.Ordinal) || w.StartsWith("couple", StringComparison.Ordinal))
        {
            return 2m;
        }

        if (w.StartsWith("a few", StringComparison.Ordinal))
        {
            return 3m;
        }

        return SmallNumberWords.Value(w);
    }

    [GeneratedRegex(@"(?<![\w.-])(?<n>\d+(?:\.\d+)?|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|" + SmallNumberWords.Pattern + @")(?<half1>\s+and\s+a\s+half)?[\s-]*(?:(?:full|whole|business|working)\s+)?(?<unit>(?<=\d\s?)[hd]|(?<=[\d\s-])(?:hrs?|hours?|days?)|(?<=\d[\s-]?)(?:mins?|minutes?))\b(?<half2>\s+and\s+(?:a\s+)?half\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\bhalf\s+(?:an?\s+)?(?<unit>day|hour)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfOf();

    [GeneratedRegex(@"\b(?:the\s+)?next\s+(?:business\s+|working\s+)?day\b|\bby\s+tomorrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextDay();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
