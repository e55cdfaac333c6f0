using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>One number of a check-in: its metric, its value in the metric's unit, and the period it is for.</summary>
public sealed record CheckInEntry(MetricKey Metric, decimal Value, DateRange Period);

/// <summary>
/// Every number of a check-in, each on its own metric and period, in the metric's unit: "last wk: 23 SQLs, avg follow-up
/// 31 hours. this wk so far 8 SQLs" (three entries over two weeks), "follow-up averaged about a day and a half last week"
/// (36 hours), "sqls wk of the 16th: 23 · this wk: 8", "mqls wtd 17, prev wk 55", "38 the week of the 9th, 45 last
/// week, 11 this week", and a figure inside a long message ("… the forecast call is at 3 … we're at 14 SQLs this week so
/// far …"). Read by parts, not one pattern per phrasing:
/// <list type="bullet">
/// <item>periods said: this week (this wk, current week, wtd, week to date, wk so far, for the week), last week (last/lst/
/// prev/previous/past wk, the week before or prior), two weeks ago (week before last, two weeks back), a week named by a
/// day in it (week of the 16th, wk of nov 9, w/c 16 nov), this and last month;</item>
/// <item>metrics named, every time they are named (the counts and times people check in: MQLs, SQLs, SALs, leads,
/// opportunities, deals won, follow-up time, sales cycle);</item>
/// <item>numbers: digits ("27hrs", "32h"), counts in words ("fifty-two"), and durations in days ("a day and a half",
/// "2 days", "1.75 days"), which are hours for an hours metric;</item>
/// <item>clauses (split at commas, colons, full stops, "and", "but", "vs", dashes, dots): a number takes the metric named
/// nearest to it in its clause (a duration an hours or days metric first), else the one named last before it; and the
/// period said in its clause (the n-th number the n-th period when the counts match), else the one said last before it,
/// else <c>fallback</c>. A clause that says a want ("should", "need", "aim") is no figure, nor is a number in a clause
/// that names neither a metric nor a period and says more than a word or two ("the call is at 3").</item>
/// </list>
/// Null when the line names money or a percentage (the check-in's other reader handles those), when no number finds a
/// metric, or when one metric gets two figures for one period.
/// </summary>
public static partial class CheckInEntries
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private sealed record Token(int Start, int End, decimal Value, bool Hours, bool Days);

    private sealed record Mention(int Start, int End, MetricKey Metric);

    private sealed record PeriodMention(int Start, int End, DateRange Period);

    public static IReadOnlyList<CheckInEntry>? Read(string? text, Entities entities, DateOnly today, DayOfWeek weekStart, DateRange fallback)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 600)
        {
            return null;
        }

        var t = text.Replace('’', '\'');
        if (t.IndexOfAny(['$', '€', '£', '¥', '₹', '%']) >= 0 || t.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var modelMetrics = entities.MetricList.Select(n => MetricCatalog.TryParse(n, out var key) ? key : (MetricKey?)null).OfType<MetricKey>().ToHashSet();
        if (modelMetrics.Any(m => MetricCatalog.Get(m).Unit is MetricUnit.Money or MetricUnit.Percent))
        {
            return null;
        }

        var periods = Periods(t, today, weekStart);
        var mentions = Mentions(t, modelMetrics);
        if (mentions.Count == 0)
        {
            return null;
        }

        var tokens = Tokens(t, entities.NumberList, periods);
        var clauses = CheckInCommand.Clauses(t, ClauseBreak());
        var result = new List<(int At, CheckInEntry Entry)>();
        MetricKey? carriedMetric = null;
        DateRange? carriedPeriod = null;
        foreach (var (from, to) in clauses)
        {
            var clauseText = t[from..Math.Min(to, t.Length)];
            var own = tokens.Where(n => n.Start >= from && n.Start < to).ToList();
            var named = mentions.Where(m => m.Start >= from && m.Start < to).ToList();
            var said = periods.Where(p => p.Start >= from && p.Start < to).ToList();
            if (Wanted().IsMatch(clauseText))
            {
                continue;
            }

            if (own.Count > 0 && named.Count == 0 && said.Count == 0 && Words(clauseText, own, from) > 2)
            {
                own.Clear();
            }

            var metrics = Assign(own, named);
            for (var i = 0; i < own.Count; i++)
            {
                var number = own[i];
                var metric = metrics[i] ?? carriedMetric ?? mentions.FirstOrDefault(m => m.Start > number.Start)?.Metric;
                if (metric is not { } key)
                {
                    continue;
                }

                // "got back to leads in half a day on average, follow-up wise": a duration is the time metric named anywhere in the line.
                if ((number.Days || number.Hours) && MetricCatalog.Get(key).Unit is not (MetricUnit.Hours or MetricUnit.Days)
                    && mentions.FirstOrDefault(m => MetricCatalog.Get(m.Metric).Unit is MetricUnit.Hours or MetricUnit.Days) is { } timed)
                {
                    key = timed.Metric;
                }

                var period = said.Count > 1 && said.Count == own.Count ? said[i].Period
                    : said.Count > 0 ? said.OrderBy(p => Math.Abs(p.Start - number.Start)).First().Period
                    : carriedPeriod ?? (periods.Select(p => p.Period).Distinct().ToArray() is [var single] ? single : fallback);
                var value = Value(number, key);
                if (value is { } v)
                {
                    result.Add((number.Start, new CheckInEntry(key, v, period)));
                }
            }

            if (named.Count > 0)
            {
                carriedMetric = named[^1].Metric;
            }
            else if (metrics.Count > 0 && result.Count > 0)
            {
                carriedMetric = result[^1].Entry.Metric;
            }

            if (said.Count > 0)
            {
                carriedPeriod = said[^1].Period;
            }
        }

        if (result.Count == 0 || result.GroupBy(r => (r.Entry.Metric, r.Entry.Period)).Any(g => g.Count() > 1))
        {
            return null;
        }

        return result.OrderBy(r => r.At).Select(r => r.Entry).ToArray();
    }

    /// <summary>
    /// "avg follow up 27hrs", "follow-up averaged about a day and a half last week", "follow up took 30h": the follow-up time
    /// reported as a figure that happened (an average, what it was or took), not terms ("within 24 hours") or a want.
    /// </summary>
    public static bool ReportsTime(string? text)
        => !string.IsNullOrWhiteSpace(text) && text.Length <= 300 && TimeReported().IsMatch(text) && !Wanted().IsMatch(text)
           && (Digits().Matches(text).Any(m => m.Groups["h"].Success) || DaysSaid().IsMatch(text));

    /// <summary>"follow_up_time 31 2026-11-16 | sql 23 2026-11-16": the entries as the paraphrase table writes them.</summary>
    public static string Describe(IReadOnlyList<CheckInEntry> entries)
        => string.Join(" | ", entries.OrderBy(e => e.Period.Start).ThenBy(e => MetricCatalog.NameOf(e.Metric), StringComparer.Ordinal)
            .Select(e => $"{MetricCatalog.NameOf(e.Metric)} {e.Value.ToString("0.##", CultureInfo.InvariantCulture)} {e.Period.Start:yyyy-MM-dd}"));

    /// <summary>The value in the metric's unit: a duration in days is 24 hours a day for an hours metric; a count is never a duration.</summary>
    private static decimal? Value(Token number, MetricKey metric) => MetricCatalog.Get(metric).Unit switch
    {
        MetricUnit.Hours => number.Days ? number.Value * 24 : number.Value,
        MetricUnit.Days => number.Hours ? null : number.Value,
        _ => number.Days || number.Hours ? null : number.Value,
    };

    /// <summary>
    /// The metric named in the clause for each number: pairs taken nearest first, one number to one naming (a duration
    /// with an hours or days metric before a count); a number left over takes its nearest naming.
    /// </summary>
    private static List<MetricKey?> Assign(IReadOnlyList<Token> numbers, IReadOnlyList<Mention> named)
    {
        var result = numbers.Select(_ => (MetricKey?)null).ToList();
        if (named.Count == 0)
        {
            return result;
        }

        int Gap(Token n, Mention m)
        {
            var gap = m.Start >= n.End ? m.Start - n.End : n.Start >= m.End ? n.Start - m.End + 1 : 0;
            var timed = MetricCatalog.Get(m.Metric).Unit is MetricUnit.Hours or MetricUnit.Days;
            return gap + ((n.Days || n.Hours) != timed ? 1000 : 0);
        }

        var pairs = numbers.SelectMany((n, i) => named.Select((m, j) => (i, j, Gap: Gap(n, m)))).OrderBy(p => p.Gap).ToList();
        var usedNamings = new HashSet<int>();
        foreach (var (i, j, _) in pairs)
        {
            if (result[i] is null && !usedNamings.Contains(j))
            {
                result[i] = named[j].Metric;
                usedNamings.Add(j);
            }
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            result[i] ??= named.OrderBy(m => Gap(numbers[i], m)).First().Metric;
        }

        return result;
    }

    /// <summary>How many words a clause says besides its numbers and their units.</summary>
    private static int Words(string clause, IReadOnlyList<Token> numbers, int from)
    {
        var chars = clause.ToCharArray();
        foreach (var n in numbers)
        {
            for (var i = Math.Max(0, n.Start - from); i < Math.Min(chars.Length, n.End - from); i++)
            {
                chars[i] = ' ';
            }
        }

        return WordRun().Matches(new string(chars)).Count(m => !Filler().IsMatch(m.Value));
    }

    private static List<Mention> Mentions(string t, HashSet<MetricKey> modelMetrics)
    {
        var result = new List<Mention>();
        foreach (Match m in MetricSaid().Matches(t))
        {
            var key = m.Groups["mql"].Success ? MetricKey.Mql
                : m.Groups["sql"].Success ? MetricKey.Sql
                : m.Groups["sal"].Success ? MetricKey.Sal
                : m.Groups["fu"].Success ? MetricKey.FollowUpTime
                : m.Groups["cycle"].Success ? MetricKey.SalesCycle
                : m.Groups["opps"].Success ? MetricKey.Opportunities
                : m.Groups["won"].Success ? MetricKey.DealsWon
                : MetricKey.Leads;

            // "leads" alone is the metric only when the model heard leads too ("got back to leads in a day" is follow-up talk).
            if (key == MetricKey.Leads && !modelMetrics.Contains(MetricKey.Leads))
            {
                continue;
            }

            result.Add(new Mention(m.Index, m.Index + m.Length, key));
        }

        return result;
    }

    private static List<Token> Tokens(string t, IReadOnlyList<NumberMention> numbers, IReadOnlyList<PeriodMention> periods)
    {
        var result = new List<Token>();
        bool Free(int start, int end) => !result.Any(r => start < r.End && r.Start < end) && !periods.Any(p => start < p.End && p.Start < end);

        foreach (Match m in DaysSaid().Matches(t))
        {
            if (!Free(m.Index, m.Index + m.Length))
            {
                continue;
            }

            decimal count = m.Groups["halfday"].Success ? 0.5m
                : m.Groups["n"].Success ? decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
                : m.Groups["w"].Value.ToLowerInvariant() is "a" or "an" or "one" ? 1 : SmallNumberWords.Value(m.Groups["w"].Value) ?? 0;
            if (m.Groups["half"].Success || m.Groups["half2"].Success)
            {
                count += 0.5m;
            }

            if (count > 0)
            {
                result.Add(new Token(m.Index, m.Index + m.Length, count, false, true));
            }
        }

        foreach (Match m in Digits().Matches(t))
        {
            if (Free(m.Index, m.Index + m.Length) && decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                result.Add(new Token(m.Index, m.Index + m.Length, value, m.Groups["h"].Success, false));
            }
        }

        foreach (var n in numbers.Where(n => n.Span.Start >= 0 && n.Span.End <= t.Length && n.Text.Any(char.IsLetter) && !OneOrA().IsMatch(n.Text)))
        {
            if (Free(n.Span.Start, n.Span.End))
            {
                result.Add(new Token(n.Span.Start, n.Span.End, n.Value, HoursAfter().IsMatch(t[n.Span.End..]), false));
            }
        }

        foreach (Match m in CountWords().Matches(t))
        {
            if (!OneOrA().IsMatch(m.Value) && Free(m.Index, m.Index + m.Length) && SmallNumberWords.Value(m.Value) is { } value)
            {
                result.Add(new Token(m.Index, m.Index + m.Length, value, HoursAfter().IsMatch(t[(m.Index + m.Length)..]), false));
            }
        }

        return result.OrderBy(r => r.Start).ToList();
    }

    private static List<PeriodMention> Periods(string t, DateOnly today, DayOfWeek weekStart)
    {
        var result = new List<PeriodMention>();
        var thisWeek = Domain.Common.Periods.Containing(today, PeriodKind.Week, weekStart);
        DateRange WeeksBack(int n) => Domain.Common.Periods.Containing(thisWeek.Start.AddDays(-7 * n), PeriodKind.Week, weekStart);
        foreach (Match m in PeriodSaid().Matches(t))
        {
            DateRange? period = m.Groups["two"].Success ? WeeksBack(2)
                : m.Groups["last"].Success ? WeeksBack(1)
                : m.Groups["this"].Success ? thisWeek
                : m.Groups["thismonth"].Success ? Domain.Common.Periods.Containing(today, PeriodKind.Month)
                : m.Groups["lastmonth"].Success ? Domain.Common.Periods.Containing(Domain.Common.Periods.Containing(today, PeriodKind.Month).Start.AddDays(-1), PeriodKind.Month)
                : WeekOf(m, today, weekStart);
            if (period is { } p)
            {
                result.Add(new PeriodMention(m.Index, m.Index + m.Length, p));
            }
        }

        return result;
    }

    /// <summary>"week of the 16th", "wk of nov 9", "w/c 16 nov": the week holding that day, this month's or the last one's when no month is said, never ahead of today.</summary>
    private static DateRange? WeekOf(Match m, DateOnly today, DayOfWeek weekStart)
    {
        var dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        var monthText = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
        DateOnly date;
        if (monthText.Length >= 3)
        {
            var month = Array.FindIndex(MonthNames, n => monthText.StartsWith(n, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month == 0 || day > DateTime.DaysInMonth(today.Year, month))
            {
                return null;
            }

            date = new DateOnly(today.Year, month, day);
            if (date > today.AddDays(7))
            {
                date = date.AddYears(-1);
            }
        }
        else
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            var month = day <= today.Day + 6 ? first : first.AddMonths(-1);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                return null;
            }

            date = new DateOnly(month.Year, month.Month, day);
        }

        return Domain.Common.Periods.Containing(date, PeriodKind.Week, weekStart);
    }

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Wk = @"(?:week|wk|wek)s?";

    [GeneratedRegex(
        @"\b(?:(?<two>(?:the\s+)?" + Wk + @"\s+before\s+(?:the\s+)?last(?:\s+" + Wk + @")?|(?:two|2)\s+" + Wk + @"\s+(?:ago|back|before)|(?:two|2)\s+" + Wk + @"\s+prior)"
        + @"|(?<last>(?:last|lst|prev|previous|past|prior)\s+" + Wk + @"|(?:the\s+)?" + Wk + @"\s+(?:before|prior)|(?:a|one|1)\s+" + Wk + @"\s+ago)"
        + @"|(?<this>(?:this|current|ths)\s+" + Wk + @"|wtd|" + Wk + @"\s+to\s+date|" + Wk + @"\s+so\s+far|for\s+the\s+" + Wk + @"(?!\s+(?:of|before|prior|starting|beginning|commencing)))"
        + @"|(?<thismonth>(?:this|current)\s+(?:month|mnth|mo)|mtd|month\s+to\s+date)"
        + @"|(?<lastmonth>(?:last|prev|previous|past)\s+(?:month|mnth|mo))"
        + @"|(?<weekof>(?:(?:the\s+)?" + Wk + @"\s+(?:of|starting|beginning|commencing)|w/?c|w/?b)\s+(?:the\s+)?(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?<m1>" + Month + @"))?|(?<m2>" + Month + @")\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?))"
        + @")(?![\w])", Options)]
    private static partial Regex PeriodSaid();

    [GeneratedRegex(
        @"(?<![\w-])(?:(?<mql>marketing[\s-]+qualified\s+leads?|mqls?)|(?<sql>sales[\s-]+qualified\s+leads?|sqls?)|(?<sal>sales[\s-]+accepted\s+leads?|accepted\s+leads|sals?)"
        + @"|(?<fu>(?:lead\s+)?follow[\s-]?ups?(?:\s+times?)?|response\s+times?|speed\s+to\s+lead)|(?<cycle>sales\s+cycles?|cycle\s+times?|days\s+to\s+close)"
        + @"|(?<opps>opportunit(?:y|ies)|opps?)|(?<won>deals\s+won|deals\s+closed|closed\s+deals|new\s+customers)|(?<leads>(?:raw\s+|new\s+)?leads|inquir(?:y|ies)))(?![\w-])", Options)]
    private static partial Regex MetricSaid();

    [GeneratedRegex(
        @"(?<![\w.])(?:(?<n>\d+(?:\.\d+)?)|(?<w>an?|one|" + SmallNumberWords.Pattern + @"))(?<half>\s+and\s+a\s+half)?\s*(?:full\s+)?(?:days?|d(?=\s|$|[,.;]))(?<half2>\s+and\s+a\s+half)?(?![\w])"
        + @"|(?<halfday>\bhalf\s+a\s+day\b)", Options)]
    private static partial Regex DaysSaidCore();

    private static Regex DaysSaid() => DaysSaidCore();

    /// <summary>Digits, with an hours unit glued or after ("27hrs", "32h", "31 hours"); not a date's day ("16th") or a clock time ("3:30", "3pm").</summary>
    [GeneratedRegex(@"(?<![\w.:/])(?<n>\d+(?:\.\d+)?)(?!\.\d|:\d|\s*(?:st|nd|rd|th|am|pm)\b|/\d)(?<h>\s*(?:h|hr|hrs|hour|hours)\b)?", Options)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:avg|average[ds]?|averaging|mean|median)\b[^.;!?]{0,25}\bfollow[\s-]?ups?\b|\bfollow[\s-]?ups?\b(?:\s+times?)?[^.;!?]{0,25}\b(?:avg|average[ds]?|averaging|was|were|ran|running|took|taking|came\s+in\s+at|is\s+at)\b", Options)]
    private static partial Regex TimeReported();

    [GeneratedRegex(@"^\s*(?:h|hr|hrs|hour|hours)\b", Options)]
    private static partial Regex HoursAfter();

    [GeneratedRegex(@"(?<![\w-])" + SmallNumberWords.Pattern + @"(?![\w-])", Options)]
    private static partial Regex CountWords();

    [GeneratedRegex(@"^\s*(?:one|an?)\s*$", Options)]
    private static partial Regex OneOrA();

    [GeneratedRegex(@"[a-z']+", Options)]
    private static partial Regex WordRun();

    [GeneratedRegex(@"^(?:h|hr|hrs|hours?|days?|so|far|ok|oh|and|then|at|about|around|roughly|approx|~|is|was|were|we|are|on|total|in|for|the)$", Options)]
    private static partial Regex Filler();

    [GeneratedRegex(@"[,;\n|·•]|:(?=\s)|\.(?=\s|$)|\s[-–—/→]\s|\b(?:and|but|vs|versus|n|while|whereas|then|plus)\b|&", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>A want, a target or an instruction not to: "should pick up", "we need 60", "let's aim for", "don't log".</summary>
    [GeneratedRegex(@"\b(?:aim|aiming|target|goal|need|needs|want|wants|hope|hoping|should|could|must|let'?s|don'?t|do\s+not|never|under|within|below)\b", Options)]
    private static partial Regex Wanted();
}
