using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// The effort a request takes, said in digits or in words: "about ten hours of work", "a couple of days", "half a day",
/// "a day and a half", "three full days", "~2hrs". People say effort the way they say durations to each other, so the
/// reader is a count (the small-number words, "a couple", "a few", "half a"), a unit (hours; days of eight; weeks of five
/// days) and what may hang off them ("and a half", "-ish"), not one pattern per phrasing. A duration that is when the
/// work is due ("due in two days", "within 24 hours"), what already happened ("a couple of days ago"), how long is left
/// ("10 days till the launch"), the size of a thing ("the 2 day workshop") or asked about ("is that a week of work?") is
/// not what the work takes.
/// </summary>
public static partial class EffortWords
{
    /// <summary>The effort in hours, or null when the message says none.</summary>
    public static decimal? Hours(string text)
    {
        // A question about how long something takes is no estimate given.
        if (text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        foreach (Match m in Duration().Matches(text))
        {
            var before = text[..m.Index];
            var after = text[(m.Index + m.Length)..];
            if (NotEffortBefore().IsMatch(before) || NotEffortAfter().IsMatch(after))
            {
                continue;
            }

            var count = m.Groups["count"].Value;
            // "a day" counts only where an estimate is given ("about a day", "it's a full day's work", "a week of work"); "ten
            // emails a day" is a rate.
            if (count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                if (!EstimateOpens().IsMatch(before))
                {
                    continue;
                }
            }

            if (Count(count) is not { } n)
            {
                continue;
            }

            if (m.Groups["half"].Success)
            {
                n += 0.5m;
            }

            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            return n * (unit.StartsWith('w') ? 40 : unit.StartsWith('d') ? 8 : 1);
        }

        return null;
    }

    private static decimal? Count(string words)
    {
        var w = Spaces().Replace(words.Trim().ToLowerInvariant(), " ");
        if (decimal.TryParse(w, NumberStyles.Number, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        return w switch
        {
            "a couple" or "a couple of" or "couple" or "couple of" => 2,
            "a few" => 3,
            "half a" or "half an" => 0.5m,
            "one and a half" => 1.5m,
            _ => SmallNumberWords.Value(w),
        };
    }

    // A count, maybe "-ish" or "full", a unit, maybe "and a half": "ten hours", "a couple of days", "5h", "three full days",
    // "a day and a half", "four-ish hours", "one and a half days".
    [GeneratedRegex(@"(?<![\w.])(?<count>one\s+and\s+a\s+half|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|half\s+an?|\d+(?:\.\d+)?|" + SmallNumberWords.Pattern + @")(?:\s*-?\s*ish)?\s*(?:full\s+)?(?<unit>h|hrs?|hours?|days?|weeks?)\b(?:'s?)?(?<half>\s+and\s+a\s+half)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    // When it is due or since when: "in", "within", "after", "by", "for the next"; the size of a thing: "the 2 day workshop".
    [GeneratedRegex(@"\b(?:in|within|after|by|over\s+the\s+next|for\s+the\s+next|next|last|past|every|per|the)\s+(?:(?:about|roughly|around|like|just)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEffortBefore();

    // Time gone by or left: "two hours ago", "10 days till the launch", "3 days from now", "a week left".
    [GeneratedRegex(@"^\s*(?:ago|till|until|til|left|to\s+go|from\s+now|before\s+(?:the|we|it)|later|back|off|out\b|overdue|late)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEffortAfter();

    // Where "a day" / "an hour" is an estimate: at the start of the message or a clause, or after a hedge or "it's", "takes".
    [GeneratedRegex(@"(?:^|[,;:(\-–~]|\b(?:about|roughly|around|approx\.?|approximately|maybe|prob|probably|like|just|only|under|less\s+than|at\s+(?:least|most)|takes?|taking|need|needs|it'?s|is|be|effort))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EstimateOpens();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
