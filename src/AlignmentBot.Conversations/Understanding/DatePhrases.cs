using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Reads DateTime-model results as deadlines, reported ranges or schedules:
/// <list type="bullet">
/// <item>a calendar range ("Q3", "next year", "by June") is due on its last day, the next one that has not ended;</item>
/// <item>"this week", "last month" name the days a number covers, unless "by (the) end of" precedes them;</item>
/// <item>a recurring or clock time ("every Monday at 9", "Friday 4pm") is a schedule, never a deadline;</item>
/// <item>"year end", "EOQ", "end of month" are read here because the model does not know them.</item>
/// </list>
/// </summary>
internal static partial class DatePhrases
{
    public static bool MayHoldDate(string text) => DateHint().IsMatch(text);

    // Only the long month names: "march" and "april" are one edit from "match" and "aprils", which are no months.
    private static readonly string[] LongMonths = ["january", "february", "august", "september", "october", "november", "december"];

    /// <summary>
    /// "feburary", "janaury", "septmber": a word one edit (a letter added, dropped, changed or two swapped) from a long month
    /// name, spelt right, so every date reader hears the month. The text keeps its length (the month's name when the typo is
    /// as long, else its three-letter form and spaces), so the spans found in it are the original's.
    /// </summary>
    public static string WithMonthsSpelled(string text)
        => LongWord().Replace(text, m =>
        {
            var word = m.Value.ToLowerInvariant();
            if (Array.IndexOf(LongMonths, word) >= 0 || LongMonths.FirstOrDefault(month => Lexicon.WithinOneEdit(word, month)) is not { } month)
            {
                return m.Value;
            }

            return month.Length == word.Length ? month : month[..3].PadRight(word.Length);
        });

    /// <summary>"this week" when the model matched "week 47" right after "this"; null otherwise.</summary>
    public static (string Text, TextSpan Span)? RelativeBefore(string text, int start, string matched)
    {
        var unit = UnitThenNumber().Match(matched);
        var before = RelativeWordBefore().Match(text[..start]);
        if (!unit.Success || !before.Success)
        {
            return null;
        }

        var phrase = text.Substring(before.Index, start - before.Index + unit.Groups["unit"].Length);
        return (phrase, new TextSpan(before.Index, phrase.Length));
    }

    public static IEnumerable<DateMention> Custom(string text, DateOnly today)
    {
        // "EOY 2027", "end of 2027", "EOY next year": the year said with its end is the one meant, not this year's end.
        var yearEnds = YearEnd.Mentions(text, today).ToList();
        foreach (var yearEnd in yearEnds)
        {
            yield return yearEnd;
        }

        bool InYearEnd(Match m) => yearEnds.Any(y => y.Span.Overlaps(new TextSpan(m.Index, m.Length)));
        foreach (Match m in EndOfPeriod().Matches(text))
        {
            if (InYearEnd(m))
            {
                continue;
            }

            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var end = unit switch
            {
                "year" or "y" => new DateOnly(today.Year, 12, 31),
                "quarter" or "q" => QuarterEnd(today),
                _ => new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1),
            };
            yield return new DateMention(m.Value, new TextSpan(m.Index, m.Length), end, null, null, false);
        }

        // "mid-2028", "mid '28", "mid next year": the middle of that year, due at the end of June. "end of june '28", "sept '27",
        // "march ’28": a month with a short year is that month of that year (the model reads the month alone, this coming one).
        // "until end of june", "through the end of june 2027": due when that month ends (the model reads a range up to it).
        foreach (Match m in MidOrMonthOfShortYear().Matches(text))
        {
            if (InYearEnd(m))
            {
                continue;
            }

            var year = m.Groups["through"].Success && !m.Groups["y"].Success ? today.Year
                : m.Groups["next"].Success ? today.Year + 1
                : m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                : 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
            var month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : 6;
            var due = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
            if (m.Groups["through"].Success && !m.Groups["y"].Success && due < today)
            {
                due = new DateOnly(year + 1, month, 1).AddMonths(1).AddDays(-1);
            }

            if (due > today)
            {
                yield return new DateMention(m.Value, new TextSpan(m.Index, m.Length), due, null, null, false);
            }
        }

        // Chat's "tmr", "2moro" and the common misspellings of "tomorrow", which the model does not know: tomorrow. ("tmrw" it
        // reads, once the date hint lets it run.)
        foreach (Match m in TomorrowShorthand().Matches(text))
        {
            yield return new DateMention(m.Value, new TextSpan(m.Index, m.Length), today.AddDays(1), null, null, false);
        }

        // "by the 15th", "due the 9th": a day of the month with no month is the next such day from today (this month's
        // if it is still ahead, else the next month that has it). Only after a due cue, so "the 3rd lead" is no date.
        foreach (Match m in DayOfMonthOnly().Matches(text))
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                continue;
            }

            var month = new DateOnly(today.Year, today.Month, 1);
            while (day > DateTime.DaysInMonth(month.Year, month.Month) || new DateOnly(month.Year, month.Month, day) < today)
            {
                month = month.AddMonths(1);
            }

            var at = m.Groups["day"];
            yield return new DateMention(at.Value, new TextSpan(at.Index, at.Length), new DateOnly(month.Year, month.Month, day), null, null, false);
        }

        // "through Q2 2027", "until Q3", "EOQ2": due when that quarter ends (the model reads "through Q2" as up to its start,
        // and does not know "EOQ2"). Without a year, the next such quarter's end on or after today.
        foreach (Match m in ThroughQuarter().Matches(text))
        {
            var quarter = m.Groups["n"].Value[0] - '0';
            var year = m.Groups["y"].Success ? 2000 + int.Parse(m.Groups["y"].Value[^2..], CultureInfo.InvariantCulture) : today.Year;
            var end = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
            if (!m.Groups["y"].Success && end < today)
            {
                end = end.AddYears(1);
            }

            yield return new DateMention(m.Value, new TextSpan(m.Index, m.Length), end, null, null, false);
        }

        // "through next year" and "by the end of next month" are due when that period ends (the model reads it as up to the start of next year); chat's
        // "nxt yr", "this wk" are the same periods as "next year", "this week".
        foreach (Match m in RelativePeriod().Matches(text))
        {
            if (InYearEnd(m))
            {
                continue;
            }

            var through = m.Groups["through"].Success;
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            var shorthand = rel == "nxt" || unitWord is "yr" or "qtr" or "mnth" or "mo" or "wk" or "wek";
            if (!through && !shorthand)
            {
                continue;
            }

            var unit = unitWord switch
            {
                "year" or "yr" => "year",
                "quarter" or "qtr" => "quarter",
                "month" or "mnth" or "mo" => "month",
                _ => "week",
            };
            var span = new TextSpan(m.Index, m.Length);
            if (rel is "next" or "nxt")
            {
                var (_, end) = Recognizers.Periods("this " + unit, today);
                var next = unit switch
                {
                    "year" => new DateOnly(end.Year + 1, 12, 31),
                    "quarter" => QuarterEnd(end.AddDays(1)),
                    "month" => new DateOnly(end.Year, end.Month, 1).AddMonths(2).AddDays(-1),
                    _ => end.AddDays(7),
                };
                yield return new DateMention(m.Value, span, next, null, null, false);
            }
            else
            {
                // "how many mqls came thru last wk?": a period already gone, said with "thru", is that period (a range), never a
                // deadline in the past; "end of last month" stays the day it ends.
                var (start, end) = Recognizers.Periods($"{rel} {unit}", today);
                var whole = rel == "last" && m.Groups["through"].Value.ToLowerInvariant() is "thru" or "through" or "throughout" or "all of";
                yield return through && !whole ? new DateMention(m.Value, span, end, null, null, false) : new DateMention(m.Value, span, null, start, end, false);
            }
        }
    }

    public static DateMention? Read(string text, ModelResult result, TextSpan span, DateOnly today)
    {
        var type = result.TypeName;
        if (result.Resolution is null)
        {
            return null;
        }

        if (type.EndsWith(".set", StringComparison.Ordinal))
        {
            // "each month" (timex P1M) is a rate, read by the period patterns; the model sometimes stretches it over
            // the number before it ("5,000 accounts reached each month"), so it must not hide that number.
            // "every Monday at 9" (XXXX-WXX-1T09) is a schedule.
            var timex = result.Resolution.TryGetValue("values", out var setValues) && setValues is List<Dictionary<string, string>> sv && sv.Count > 0 && sv[0].TryGetValue("timex", out var t) ? t ?? string.Empty : string.Empty;
            if (!timex.StartsWith('P'))
            {
                return new DateMention(result.Text, span, null, null, null, true);
            }

            // Keep only "every two weeks" / "each month" itself.
            var lowerSet = result.Text.ToLowerInvariant();
            var cue = new[] { "every ", "each ", "per " }.Select(c => lowerSet.IndexOf(c, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            return cue < 0 ? null : new DateMention(result.Text[cue..], new TextSpan(span.Start + cue, span.Length - cue), null, null, null, true);
        }

        if (IsDurationFromNow(result))
        {
            // "within 24 hours", "within one business day": how long, not when. The number stays a number.
            return null;
        }

        if (type.EndsWith(".datetime", StringComparison.Ordinal) || type.EndsWith(".time", StringComparison.Ordinal) || type.EndsWith(".datetimerange", StringComparison.Ordinal) || type.EndsWith(".timerange", StringComparison.Ordinal))
        {
            return new DateMention(result.Text, span, null, null, null, true);
        }

        if (!result.Resolution.TryGetValue("values", out var raw) || raw is not List<Dictionary<string, string>> values || values.Count == 0)
        {
            return null;
        }

        if (type.EndsWith(".date", StringComparison.Ordinal))
        {
            var dates = values.Select(v => ParseDate(v, "value")).Where(d => d is not null).Select(d => d!.Value).ToArray();
            if (dates.Length == 0)
            {
                return null;
            }

            // A past single day ("yesterday") is what a number covers; a future one is a due date. Today is neither
            // ("what's for lunch today") unless something is due by it.
            var dueToday = DueCue().IsMatch(text[..span.Start]);
            var future = dates.Where(d => d > today || (d == today && dueToday)).Order().FirstOrDefault();

            // "by Monday" said on a Monday is next Monday: a weekday named without "today" is never today itself.
            if (future == today && WeekdayName().IsMatch(result.Text) && !result.Text.Contains("today", StringComparison.OrdinalIgnoreCase))
            {
                future = today.AddDays(7);
            }

            return future != default
                ? new DateMention(result.Text, span, future, null, null, false)
                : new DateMention(result.Text, span, null, dates.Max(), dates.Max(), false);
        }

        if (!type.EndsWith(".daterange", StringComparison.Ordinal))
        {
            return null;
        }

        var lower = result.Text.ToLowerInvariant();
        var before = text[..span.Start].ToLowerInvariant();
        var endOfPrefix = EndOfBefore().IsMatch(before);
        var relativeReport = lower.StartsWith("this ", StringComparison.Ordinal) || lower.StartsWith("last ", StringComparison.Ordinal)
            || lower.StartsWith("past ", StringComparison.Ordinal) || lower.StartsWith("previous ", StringComparison.Ordinal)
            || lower.StartsWith("the week", StringComparison.Ordinal) || lower.StartsWith("week of", StringComparison.Ordinal)
            || lower is "the month" or "the quarter" or "the year";

        var candidates = values.Select(v => Candidate(v)).Where(c => c is not null).Select(c => c!.Value).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        // "end of june 2028", "late march, 2028": the model reads the part of the month without the year said right after it
        // (timex XXXX-06), and would pick the next June; the year said is the one meant.
        if (YearRightAfter().Match(text, span.Start + span.Length) is { Success: true } year
            && values.All(v => v.TryGetValue("timex", out var tx) && tx is not null && tx.Contains("XXXX", StringComparison.Ordinal)))
        {
            var said = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
            var last = candidates[0].Last;
            var monthEnd = last.AddDays(1).Day == 1;
            var moved = monthEnd ? new DateOnly(said, last.Month, 1).AddMonths(1).AddDays(-1) : new DateOnly(said, last.Month, Math.Min(last.Day, DateTime.DaysInMonth(said, last.Month)));
            var whole = new TextSpan(span.Start, year.Index + year.Length - span.Start);
            return new DateMention(text.Substring(whole.Start, whole.Length), whole, moved >= today ? moved : null, moved >= today ? null : new DateOnly(said, last.Month, 1), moved >= today ? null : moved, false);
        }

        if (relativeReport && !endOfPrefix)
        {
            // The range a check-in covers: the most recent candidate that has started.
            var started = candidates.Where(c => c.Start is { } s && s <= today).OrderByDescending(c => c.Start).FirstOrDefault();
            var pick = started.Start is not null ? started : candidates[0];
            return new DateMention(result.Text, span, null, pick.Start, pick.Last, false);
        }

        var due = candidates.Where(c => c.Last >= today).OrderBy(c => c.Last).Select(c => (DateOnly?)c.Last).FirstOrDefault();
        if (due == today && WeekdayName().IsMatch(result.Text))
        {
            // "by Monday" said on a Monday: next Monday, as for a single day.
            due = today.AddDays(7);
        }

        return due is null ? new DateMention(result.Text, span, null, candidates[^1].Start, candidates[^1].Last, false) : new DateMention(result.Text, span, due, null, null, false);
    }

    private static bool IsDurationFromNow(ModelResult result)
        => result.Resolution is not null && result.Resolution.TryGetValue("values", out var raw) && raw is List<Dictionary<string, string>> values &&
           values.Any(v => v.TryGetValue("timex", out var timex) && (timex.Contains(",PT", StringComparison.Ordinal) || timex.Contains("BD)", StringComparison.Ordinal)));

    private static (DateOnly? Start, DateOnly Last)? Candidate(Dictionary<string, string> value)
    {
        value.TryGetValue("timex", out var timex);
        value.TryGetValue("Mod", out var mod);
        var start = ParseDate(value, "start");
        var end = ParseDate(value, "end");
        timex ??= string.Empty;

        // "(2027-07-01,2027-10-01,P3M)": a calendar range ends the day before its exclusive end;
        // "within 90 days" (PnD / PnW) is due on the day it names.
        var range = RangeTimex().Match(timex);
        if (range.Success)
        {
            var unit = range.Groups["unit"].Value;
            var startYear = start?.Year ?? end?.Year;
            var rangeStart = ParseTimexDate(range.Groups["start"].Value, startYear);
            var rangeEnd = ParseTimexDate(range.Groups["end"].Value, startYear);
            if (rangeStart is { } from && rangeEnd is { } to && to <= from)
            {
                // Q4 is "(XXXX-10-01,XXXX-01-01)": its exclusive end is in the following year.
                rangeEnd = to.AddYears(1);
            }

            if (mod is "before" && end is { } beforeEnd && rangeStart is { } rs && rangeEnd is { } re)
            {
                // "by Q2": the model gives the quarter's start as the end; shift the whole quarter to that year.
                var shift = beforeEnd.Year - rs.Year;
                rangeStart = rs.AddYears(shift);
                rangeEnd = re.AddYears(shift);
            }

            if (rangeEnd is { } exclusiveEnd)
            {
                return (rangeStart, unit is "D" or "W" ? exclusiveEnd : exclusiveEnd.AddDays(-1));
            }
        }

        // "by December" / "by March 2027": a month timex is due at the month's end.
        var month = MonthTimex().Match(timex);
        if (month.Success && (start ?? end) is { } anchor)
        {
            var year = mod is "before" && end is { } e ? e.Year : anchor.Year;
            var first = new DateOnly(year, int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture), 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }

        // "by the end of the year" (timex "2026", before-end) and "in 2027".
        if (YearTimex().IsMatch(timex))
        {
            var year = int.Parse(timex, CultureInfo.InvariantCulture);
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (mod is "before" or "before-end" && end is { } point)
        {
            // "by Friday", "by June 15th": due that day.
            return (null, point);
        }

        if (start is { } s && end is { } x)
        {
            return (s, x.AddDays(-1));
        }

        return null;
    }

    private static DateOnly? ParseTimexDate(string text, int? year)
    {
        if (text.StartsWith("XXXX", StringComparison.Ordinal))
        {
            if (year is null)
            {
                return null;
            }

            text = year.Value.ToString("0000", CultureInfo.InvariantCulture) + text[4..];
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static DateOnly? ParseDate(Dictionary<string, string> value, string key)
        => value.TryGetValue(key, out var text) && text.Length >= 10 &&
           DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly QuarterEnd(DateOnly day)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return first.AddMonths(3).AddDays(-1);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    [GeneratedRegex(@"\bmid(?:dle\s+of)?[\s-]*(?:(?<y>20\d\d)\b|['’](?<yy>\d\d)\b|(?<next>next\s+year)\b)|(?:\b(?:the\s+)?end\s+of\s+)?\b(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*['’](?<yy>\d\d)\b|\b(?<through>through|thru|until|till|til)\s+(?:the\s+)?end\s+of\s+(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:,?\s+(?<y>20\d\d)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MidOrMonthOfShortYear();

    [GeneratedRegex(@"\b[A-Za-z]{6,10}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongWord();

    [GeneratedRegex(@"\b(?:tmr|tmw|tmrow|2moro|2morrow|2morow|tomoz|tomorow|tommorow|tommorrow|tomorrw|tomrrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TomorrowShorthand();

    [GeneratedRegex(@"\b(?:by|due|before|until|till|til|on|for|no\s+later\s+than)\s+(?<day>the\s+(?<d>[0-3]?\d)(?:st|nd|rd|th))\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this|next|last|month|week|quarter|year|lead|one|time|place|request|goal|of\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonthOnly();

    [GeneratedRegex(@"\b(?:(?:through|thru|throughout|until|till|til)\s+(?:the\s+end\s+of\s+)?|eo)q(?<n>[1-4])(?:\s*(?<y>20\d\d|'\d\d))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThroughQuarter();

    [GeneratedRegex(@"(?:\b(?<through>through|thru|throughout|all\s+of|for\s+the\s+rest\s+of|until\s+the\s+end\s+of|end\s+of)\s+(?:the\s+)?)?\b(?<rel>next|nxt|this|last)\s+(?<unit>year|yr|quarter|qtr|month|mnth|mo|week|wk|wek)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"^(?<unit>week|month|quarter)\s+\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitThenNumber();

    [GeneratedRegex(@"\b(?:this|last|past|previous)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWordBefore();

    [GeneratedRegex(@"\b(by|due|before|until|till|no later than)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueCue();

    [GeneratedRegex(@"\b(end\s+of\s+(the\s+)?|by\s+(the\s+)?end\s+of\s+)$|\bby\s+$|\bend\s+of\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfBefore();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<unit>year|quarter|month)[\s-]+end|end\s+of\s+(?:the\s+)?(?<unit>year|quarter|month)(?!\s*\d)|eo(?<unit>y|q|m))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfPeriod();

    [GeneratedRegex(@"^\((?<start>[^,]+),(?<end>[^,]+),P\d+(?<unit>[DWMY])\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"\G,?\s+(?<y>20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRightAfter();

    [GeneratedRegex(@"^(?:\d{4}|XXXX)-(?<month>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearTimex();

    [GeneratedRegex(@"^\s*(?:on\s+|by\s+|due\s+|this\s+|until\s+|before\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayName();

    [GeneratedRegex(@"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tmrw|tmr|tmw|tmrow|2moro|2morrow|2morow|tomoz|tomorow|tommorow|tommorrow|tomorrw|tomrrow|yesterday|tonight|week|weeks|month|months|quarter|quarters|year|years|day|days|weekend|q[1-4]|h[12]|fy|noon|midnight|morning|afternoon|evening|am|pm|weekly|monthly|quarterly|yearly|annually|daily|biweekly|fortnight|fortnightly|hour|hours|now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();
}
