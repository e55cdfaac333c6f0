using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Commands;

/// <summary>One figure of a check-in for several periods: the number, and which period it is for (0 this one, -1 the last).</summary>
public sealed record PeriodFigure(decimal Value, int Back, PeriodKind Kind);

/// <summary>
/// A check-in for two periods in one line, each with its own figure: "mqls were fifty-one last week and we're at 19 so far
/// this week", "18 this week and 52 last", "sqls last wk: 22. this wk: 7", "log 33 sqls for last week and 11 for this one".
/// Read by parts, not one pattern per phrasing: the periods said ("last week", "this wk", "so far this month", and a
/// bare "last" or "this one" borrowing the unit of the other); the numbers (the language model's, words included, and
/// digits glued to a unit, "27h"); each number goes to a period in its clause (split at commas, "and", "but", "vs",
/// dashes, slashes, full stops), in order when a clause holds as many of each. Not a question, a want or a target ("we did
/// 51 last week, let's aim for 60 this week"), nor a figure denied; fewer than two periods, or a number no period takes,
/// is not this (one period covers every number, as <see cref="CheckInCommand"/> reads it).
/// </summary>
public static partial class TwoPeriodCheckIn
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Each figure with its period, in the order said, or null when the line is not a check-in for two periods.</summary>
    public static IReadOnlyList<PeriodFigure>? Read(string? text, IReadOnlyList<NumberMention> numbers)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        var t = text.Replace('’', '\'');
        if (t.Contains('?', StringComparison.Ordinal) || Wanted().IsMatch(t))
        {
            return null;
        }

        var periods = new List<(int Index, int Back, PeriodKind? Kind)>();
        foreach (Match m in PeriodSaid().Matches(t))
        {
            var back = m.Groups["rel"].Value.ToLowerInvariant() is "this" or "current" ? 0 : -1;
            PeriodKind? kind = m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant().StartsWith('m') ? PeriodKind.Month : PeriodKind.Week : null;
            periods.Add((m.Index, back, kind));
        }

        // "18 this week and 52 last": a period said without its unit takes the one the other period was said with.
        var units = periods.Where(p => p.Kind is not null).Select(p => p.Kind!.Value).Distinct().ToArray();
        if (units.Length != 1 || periods.Select(p => p.Back).Distinct().Count() < 2)
        {
            return null;
        }

        var found = periods.Select(p => (p.Index, p.Back)).ToList();
        var figures = Figures(t, numbers);
        var clauses = CheckInCommand.Clauses(t, ClauseBreak());
        var result = new List<(int Index, PeriodFigure Figure)>();
        foreach (var (from, to) in clauses)
        {
            var own = figures.Where(f => f.Index >= from && f.Index < to).ToList();
            var said = found.Where(p => p.Index >= from && p.Index < to).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            if (said.Count == 0 || (own.Count > 1 && own.Count != said.Count))
            {
                return null;
            }

            // As many numbers as periods: the n-th for the n-th ("last week 40 this week 12", "40 last week 12 this week").
            for (var i = 0; i < own.Count; i++)
            {
                var period = own.Count == said.Count ? said[i] : said.OrderBy(p => Math.Abs(p.Index - own[i].Index)).First();
                result.Add((own[i].Index, new PeriodFigure(own[i].Value, period.Back, units[0])));
            }
        }

        return result.Count >= 2 && result.Select(r => r.Figure.Back).Distinct().Count() >= 2
            ? result.OrderBy(r => r.Index).Select(r => r.Figure).ToArray()
            : null;
    }

    /// <summary>The dates a figure is for, counted from <paramref name="today"/>.</summary>
    public static DateRange Range(PeriodFigure figure, DateOnly today, DayOfWeek weekStart)
    {
        var current = Periods.Containing(today, figure.Kind, weekStart);
        return figure.Back == 0 ? current : Periods.Containing(current.Start.AddDays(-1), figure.Kind, weekStart);
    }

    /// <summary>"51 last-week | 19 this-week": the figures as the paraphrase table writes them.</summary>
    public static string Describe(IReadOnlyList<PeriodFigure> figures)
        => string.Join(" | ", figures.Select(f => $"{f.Value.ToString("0.##", CultureInfo.InvariantCulture)} {(f.Back == 0 ? "this" : "last")}-{(f.Kind == PeriodKind.Month ? "month" : "week")}"));

    /// <summary>
    /// The numbers said, each where it starts: digits ("27h" too), a count in words ("fifty-two"), and the model's other
    /// numbers in words ("two hundred"). Not "one" or "a", which name things ("this one") more than they count them.
    /// </summary>
    private static List<(int Index, decimal Value)> Figures(string t, IReadOnlyList<NumberMention> numbers)
    {
        var result = new List<(int Index, decimal Value, int End)>();
        void Add(int index, int length, decimal? value)
        {
            if (value is { } v && !result.Any(r => index < r.End && r.Index < index + length))
            {
                result.Add((index, v, index + length));
            }
        }

        foreach (Match m in Digits().Matches(t))
        {
            Add(m.Index, m.Length, decimal.TryParse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null);
        }

        foreach (var n in numbers.Where(n => n.Span.Start >= 0 && n.Span.End <= t.Length && n.Text.Any(char.IsLetter) && !OneOrA().IsMatch(n.Text)))
        {
            Add(n.Span.Start, n.Span.End - n.Span.Start, n.Value);
        }

        foreach (Match m in CountWords().Matches(t))
        {
            Add(m.Index, m.Length, OneOrA().IsMatch(m.Value) ? null : SmallNumberWords.Value(m.Value));
        }

        return result.OrderBy(r => r.Index).Select(r => (r.Index, r.Value)).ToList();
    }

    /// <summary>"last week", "lst wk", "so far this month", "previous week", and a bare "last" or "this one" (no unit).</summary>
    [GeneratedRegex(@"\b(?<rel>this|current|last|lst|past|previous|prev)\b(?:\s+(?<unit>week|wk|wek|month|mnth|mo)s?\b|(?=\s+one\b)|(?=\s*(?:[.,;!)]|$)))", Options)]
    private static partial Regex PeriodSaid();

    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?", Options)]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<![\w-])" + SmallNumberWords.Pattern + @"(?![\w-])", Options)]
    private static partial Regex CountWords();

    [GeneratedRegex(@"^\s*(?:one|an?)\s*$", Options)]
    private static partial Regex OneOrA();

    [GeneratedRegex(@"[,;\n|·•]|\.(?=\s|$)|\s[-–—/→]\s|\b(?:and|but|vs|versus|n|while|whereas)\b|&", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>A want, a target or a question rather than figures that happened: "let's aim for 60 this week", "how many …", "don't log …".</summary>
    [GeneratedRegex(@"\b(?:aim|aiming|target|goal|need|want|hope|hoping|should|could|can\s+we|let'?s\s+(?:get|hit|do|push)|how\s+many|compare|don'?t|do\s+not|never)\b", Options)]
    private static partial Regex Wanted();
}
