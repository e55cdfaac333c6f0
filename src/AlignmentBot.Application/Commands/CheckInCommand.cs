using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "MQLs this week: 42", "checking in: 45 MQLs, 18 SQLs", "spend this month so far is $18,400": records each number
/// for the period named (this week by default) and says how it compares with the goal on that metric. Each number may be
/// reported by the function whose work it measures, by the functions and owners of the goals it feeds, and by admins.
/// </summary>
public sealed partial class CheckInCommand(IMeasurementStore measurements, ScorecardService scorecards, IGoalStore goals, PermissionGate gate) : IBotCommand
{
    public string Intent => "check_in";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();

        // "MQLs next week will be about 60": a week or month that has not started yet is a forecast, and nothing is recorded.
        if (FuturePeriod().IsMatch(understanding.Text) && !PastOrCurrentPeriod().IsMatch(understanding.Text))
        {
            dc.Turn.Send("That period hasn't started yet, so there's nothing to record. Check the number in once it's under way (\"MQLs this week: 42\").");
            return;
        }

        // "follow-up this week was 90 minutes on average": hours are kept, so minutes are read as hours (1.5).
        if (MinutesSaid().IsMatch(understanding.Text))
        {
            var inHours = MinutesSaid().Replace(understanding.Text, m => (decimal.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) / 60m)
                .ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " hours");
            understanding = understanding with { Text = inHours, Entities = dc.Turn.Entities.Read(inHours, dc.Turn.Today) };
        }

        var pairs = Pairs(understanding.Text, understanding.Entities);

        // Every number on its own metric and period, in the metric's unit ("last wk: 23 SQLs, avg follow-up 31 hours. this wk so
        // far 8 SQLs", "follow-up averaged a day and a half last week"); null for money and percentages, read by pairs below.
        var said = Period(understanding.Entities, dc.Turn.Today, scope.Workspace.WeekStart);
        var read = CheckInEntries.Read(understanding.Text, understanding.Entities, dc.Turn.Today, scope.Workspace.WeekStart, said);

        // Who may check a number in is told before how to write it: a marketer's "follow-up time this week was 30h" is
        // sales' number, and hearing who checks it in helps more than an example of the format.
        var named = understanding.Entities.MetricList.Select(n => MetricCatalog.TryParse(n, out var key) ? key : (MetricKey?)null).OfType<MetricKey>();
        var open = await goals.ListAsync(scope.Workspace.Id, cancellationToken);
        foreach (var metric in pairs.Select(p => p.Metric).Concat(read?.Select(e => e.Metric) ?? []).Concat(pairs.Count == 0 && read is null ? named : []).Distinct())
        {
            if (!await gate.AllowsAsync(dc.Turn, Domain.Permissions.PermissionAction.CheckIn, GoalPermissions.CheckIn(metric, open), cancellationToken))
            {
                return;
            }
        }

        // "I want to check in MQLs for last week": one metric and no number yet, so the number is asked for and the answer,
        // a bare "49", is taken as that metric's figure for that period (RecentCorrections).
        if (read is null && pairs.Count == 0 && named.Distinct().ToArray() is [var only] && !understanding.Text.Contains('?', StringComparison.Ordinal))
        {
            var asked = Period(understanding.Entities, dc.Turn.Today, scope.Workspace.WeekStart);
            dc.Turn.Send(AskFor(only, asked));
            dc.Recent = Corrections.RecentCheckIn.Asking(only, asked);
            return;
        }

        // "checking in: 45": one figure and no metric, said as a check-in, so which metric it is for is asked; "MQLs" next records
        // it (RecentCorrections). A bare "250" with nothing open is not one: it gets the example below.
        if (read is null && pairs.Count == 0 && !named.Any() && understanding.Text.Contains("check", StringComparison.OrdinalIgnoreCase)
            && understanding.Entities.NumberList is [var figure] && understanding.Entities.Money is null
            && understanding.Entities.Percent is null && !understanding.Text.Contains('?', StringComparison.Ordinal))
        {
            var forPeriod = Period(understanding.Entities, dc.Turn.Today, scope.Workspace.WeekStart);
            dc.Turn.Send(AskMetricFor(figure.Value, forPeriod));
            dc.Recent = Corrections.RecentCheckIn.AskingMetric(figure.Value, forPeriod);
            return;
        }

        if (read is null && pairs.Count == 0)
        {
            dc.Turn.Send("I couldn't tell which number goes with which metric. Write it like \"MQLs this week: 42\" or \"leads last week 210, SQLs 18\".");
            return;
        }

        var entries = read?.Select(e => (e.Metric, e.Value, e.Period)).ToArray()
            ?? ByPeriod(understanding.Text, understanding.Entities, pairs)
            ?? OneMetricByPeriod(understanding.Text, understanding.Entities, pairs, dc.Turn.Today, scope.Workspace.WeekStart)
            ?? pairs.Select(p => (p.Metric, p.Value, Period: said)).ToArray();

        // What each number replaces, so "undo that" can put it back (the last period said, when there were two).
        var period = entries[^1].Period;
        var before = await measurements.ListAsync(scope.Workspace.Id, period, entries.Select(p => p.Metric).Distinct().ToArray(), cancellationToken);
        var recorded = entries.Select(p => new Measurement(Guid.NewGuid(), scope.Workspace.Id, p.Metric, p.Value, p.Period, MeasurementSource.CheckIn, Breakdown.None,
            dc.Turn.Now, scope.Person.DisplayName)).ToArray();
        await measurements.AddAsync(scope.Workspace.Id, recorded, cancellationToken);
        dc.Recent = Corrections.RecentCheckIn.Remember(entries.Where(p => p.Period == period).Select(p => p.Metric).ToArray(), period, before);

        var view = await scorecards.BuildAsync(scope.Workspace.Id, cancellationToken);
        var lines = new List<string>
        {
            "Recorded " + string.Join("; ", entries.GroupBy(p => p.Period).Select(g =>
                $"{string.Join(", ", g.Select(p => MetricFormat.Quantity(p.Metric, p.Value, scope.Currency)))} for {Describe(g.Key)}")) + ".",
        };
        foreach (var line in view.Scorecard.Lines.Where(l => entries.Any(p => MetricCalculator.Inputs(l.Goal.Metric).Contains(p.Metric))))
        {
            lines.Add($"• {line.Goal.Title(scope.Currency)}: {PaceLabels.Text(line.Pace)}. {line.Explanation}");
        }

        if (lines.Count == 1)
        {
            lines.Add("No goal tracks these metrics yet; say \"we need more …\" to set one.");
        }

        dc.Turn.Send(string.Join("\n", lines));
    }

    /// <summary>Each metric with the number nearest to it ("45 MQLs, 18 SQLs", "MQLs: 42", "spend $18,400").</summary>
    internal static IReadOnlyList<(MetricKey Metric, decimal Value)> Pairs(string text, Entities entities)
    {
        var metrics = new List<(MetricKey Metric, int Position)>();
        foreach (var name in entities.MetricList)
        {
            if (MetricCatalog.TryParse(name, out var key))
            {
                var at = FindWord(text, key);
                metrics.Add((key, at < 0 ? int.MaxValue : at));
            }
        }

        foreach (Match m in InternalMetric().Matches(text))
        {
            var key = m.Groups["spend"].Success ? MetricKey.Spend : MetricKey.DealsWon;
            if (metrics.All(x => x.Metric != key))
            {
                metrics.Add((key, m.Index));
            }
        }

        var values = entities.NumberList.Select(n => (Value: n.Value, Position: n.Span.Start, End: n.Span.End, Money: false))
            .Concat(AmountPositions(text, entities).Select(a => (a.Value, a.Position, End: a.Position + 1, a.Money)))
            .Concat(entities.Percent is { } p ? [(p, text.IndexOf('%', StringComparison.Ordinal), text.IndexOf('%', StringComparison.Ordinal) + 1, false)] : [])
            .OrderBy(v => v.Position).ToList();
        var result = new List<(MetricKey, decimal)>();
        foreach (var (metric, position) in metrics.OrderBy(m => m.Position))
        {
            var unit = MetricCatalog.Get(metric).Unit;

            // "follow-up averaged a day and a half", "2 days to get back to them": hours said in days.
            if (unit == MetricUnit.Hours && DaysSaid().Match(text) is { Success: true } days)
            {
                values.RemoveAll(v => v.Position >= days.Index && v.Position < days.Index + days.Length);
                result.Add((metric, Hours(days)));
                continue;
            }

            var candidates = values.Where(v => unit != MetricUnit.Money || v.Money || !values.Any(x => x.Money)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // The gap between the number and the metric word, not between their starts: "forty-five MQLs and 18 SQLs" is a
            // long number right before its metric; a number written before its metric wins a tie ("45 MQLs, 18 SQLs").
            var metricEnd = position == int.MaxValue ? position : WordEnd(text, position);
            var nearest = candidates.OrderBy(v => v.End <= position ? position - v.End : Math.Max(0, v.Position - metricEnd))
                .ThenBy(v => v.End <= position ? 0 : 1).First();
            values.Remove(nearest);
            result.Add((metric, nearest.Value));
        }

        return result;
    }

    /// <summary>
    /// "SQLs for last week were 22, and 9 so far this week", "MQLs last week 53, this week 12 so far, and SQLs last week
    /// were 21": numbers for two or more periods in one message. Each number is read in its clause: the metric named
    /// there (else the one named last before it) and the period said there (else the one said last before it), so a
    /// clause that names only a period and a number carries the metric on, and one that names a metric carries the period.
    /// Null when the message names one period, or a number finds no metric or period, so one period covers every number.
    /// </summary>
    internal static IReadOnlyList<(MetricKey Metric, decimal Value, DateRange Period)>? ByPeriod(string text, Entities entities, IReadOnlyList<(MetricKey Metric, decimal Value)> pairs)
    {
        var ranges = entities.DateList.Where(d => d is { RangeStart: not null, RangeEnd: not null }).OrderBy(d => d.Span.Start).ToList();
        if (ranges.DistinctBy(d => (d.RangeStart, d.RangeEnd)).Count() < 2)
        {
            return null;
        }

        // With one metric its place does not matter: every number is its.
        var named = pairs.Select(p => p.Metric).Distinct().ToArray();
        var metrics = named.Select(m => (Metric: m, Position: named.Length == 1 ? 0 : FindWord(text, m))).OrderBy(m => m.Position).ToArray();
        if (metrics.Length == 0 || metrics.Any(m => m.Position < 0))
        {
            return null;
        }

        var clauses = Clauses(text);
        var result = new List<(MetricKey, decimal, DateRange)>();
        foreach (var number in entities.NumberList.OrderBy(n => n.Span.Start))
        {
            var (from, to) = clauses.First(c => number.Span.Start >= c.Start && number.Span.Start < c.End);
            var metric = metrics.Where(m => m.Position < to).Select(m => (MetricKey?)m.Metric).LastOrDefault() ?? metrics[0].Metric;
            var period = InOrder(entities.NumberList, ranges, number, from, to)
                ?? ranges.Where(r => r.Span.Start >= from && r.Span.Start < to).OrderBy(r => Math.Abs(r.Span.Start - number.Span.Start)).FirstOrDefault()
                ?? ranges.LastOrDefault(r => r.Span.Start < from);
            if (period is null)
            {
                return null;
            }

            result.Add((metric, number.Value, new DateRange(period.RangeStart!.Value, period.RangeEnd!.Value)));
        }

        return result.Count < 2 ? null : result;
    }

    /// <summary>
    /// "mqls were fifty-one last week and we're at 19 so far this week", "18 this week and 52 last": one metric's figures for
    /// this period and the last, read by <see cref="TwoPeriodCheckIn"/> when the model's dates do not give each number its own.
    /// </summary>
    private static IReadOnlyList<(MetricKey Metric, decimal Value, DateRange Period)>? OneMetricByPeriod(string text, Entities entities,
        IReadOnlyList<(MetricKey Metric, decimal Value)> pairs, DateOnly today, DayOfWeek weekStart)
        => pairs.Select(p => p.Metric).Distinct().ToArray() is [var metric] && TwoPeriodCheckIn.Read(text, entities.NumberList) is { } figures
            ? figures.Select(f => (metric, f.Value, TwoPeriodCheckIn.Range(f, today, weekStart))).ToArray()
            : null;

    /// <summary>
    /// Inside one clause with as many numbers as periods ("last week 40 this week 12", "40 last week 12 this week"), the
    /// n-th number is for the n-th period, whichever comes first: the nearest period would give 40 to "this week" in the
    /// first. Null when the clause holds more numbers than periods or the other way round.
    /// </summary>
    private static DateMention? InOrder(IReadOnlyList<NumberMention> numbers, IReadOnlyList<DateMention> ranges, NumberMention number, int from, int to)
    {
        var clauseNumbers = numbers.Where(n => n.Span.Start >= from && n.Span.Start < to).OrderBy(n => n.Span.Start).ToList();
        var clausePeriods = ranges.Where(r => r.Span.Start >= from && r.Span.Start < to).ToList();
        return clauseNumbers.Count > 1 && clauseNumbers.Count == clausePeriods.Count ? clausePeriods[clauseNumbers.IndexOf(number)] : null;
    }

    /// <summary>The clauses of a message: split at commas, semicolons, bars, dashes and slashes between words, "and", "but" and "&amp;".</summary>
    private static IReadOnlyList<(int Start, int End)> Clauses(string text) => Clauses(text, ClauseBreak());

    /// <summary>The clauses of a message between the matches of <paramref name="breaks"/>, each as its start and end (the last one past the text's end).</summary>
    internal static IReadOnlyList<(int Start, int End)> Clauses(string text, Regex breaks)
    {
        var result = new List<(int, int)>();
        var from = 0;
        foreach (Match m in breaks.Matches(text))
        {
            result.Add((from, m.Index));
            from = m.Index + m.Length;
        }

        result.Add((from, text.Length + 1));
        return result;
    }

    private static IEnumerable<(decimal Value, int Position, bool Money)> AmountPositions(string text, Entities entities)
    {
        var from = 0;
        foreach (var amount in entities.AmountList)
        {
            var at = text.IndexOfAny(['$', '€', '£', '¥', '₹'], from);
            yield return (amount.Amount, at < 0 ? from : at, true);
            from = at < 0 ? from : at + 1;
        }
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where the metric is named: its plural, wire name, label or another name people use ("follow-up time"), also
    /// without a trailing "time" or "rate" ("follow-up was 33 hrs"); -1 when none is in the text.
    /// </summary>
    private static int FindWord(string text, MetricKey key)
    {
        var lower = text.ToLowerInvariant();
        var names = new[] { MetricCatalog.Get(key).Plural, MetricCatalog.NameOf(key), MetricCatalog.Get(key).Label }.Concat(MetricCatalog.AliasesOf(key))
            .Select(w => w.ToLowerInvariant()).SelectMany(w => new[] { w, NameTail().Replace(w, string.Empty) });
        var candidates = names.Where(w => w.Length > 1)
            .Select(w => w.Contains(' ', StringComparison.Ordinal) || w.Length > 3 ? lower.IndexOf(w.TrimEnd('s'), StringComparison.Ordinal) : WholeWordAt(lower, w))
            .Where(i => i >= 0).ToArray();
        return candidates.Length == 0 ? -1 : candidates.Min();
    }

    /// <summary>Where a short name ("cpl", "arr") stands as a word of its own, plural or not; -1 when it does not.</summary>
    private static int WholeWordAt(string lower, string name)
        => Regex.Match(lower, $@"(?<![a-z]){Regex.Escape(name)}s?(?![a-z])", RegexOptions.CultureInvariant) is { Success: true } m ? m.Index : -1;

    /// <summary>Hours from a duration said in days anywhere in the text ("more like a day and a half" 36), or null when none is said.</summary>
    internal static decimal? HoursInDays(string text) => DaysSaid().Match(text) is { Success: true } days ? Hours(days) : null;

    /// <summary>Hours from a duration said in days: "a day and a half" 36, "2 days" 48, "half a day" 12.</summary>
    private static decimal Hours(Match days)
    {
        if (days.Groups["halfday"].Success)
        {
            return 12;
        }

        var count = days.Groups["n"].Success
            ? decimal.Parse(days.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : days.Groups["w"].Value.ToLowerInvariant() switch { "two" => 2, "three" => 3, _ => 1 };
        return (count + (days.Groups["half"].Success ? 0.5m : 0)) * 24;
    }

    /// <summary>The period a check-in's words name (this week when none), as the check-in itself reads it.</summary>
    internal static DateRange PeriodOf(Entities entities, DateOnly today, DayOfWeek weekStart) => Period(entities, today, weekStart);

    /// <summary>
    /// "spend this wk $18.2k", "and spend 17k" right after a check-in: spend said for a week or month (or next to a check-in
    /// just made), with no revenue beside it, is checked in, not set against revenue in the budget check. Not a question.
    /// </summary>
    internal static bool SpendCheckedIn(string text, Entities entities, bool afterCheckIn)
        => !Questions.QuestionAnswers.IsQuestion(text) && SpendNamed().IsMatch(text) && !RevenueNamed().IsMatch(text)
            && (entities.Money is not null || entities.NumberList.Count > 0)
            && (SpendPeriod().IsMatch(text) || afterCheckIn && AndToo().IsMatch(text));

    [GeneratedRegex(@"\b(?:spend|spent|spnd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendNamed();

    [GeneratedRegex(@"\bnext\s+(?:week|wk|month|mnth|mo|quarter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FuturePeriod();

    [GeneratedRegex(@"\b(?:this|last|lst|past|previous|prev)\s+(?:week|wk|month|mnth|mo|quarter)\b|\bso\s+far\b|\bweek\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastOrCurrentPeriod();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*(?:minutes|mins?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesSaid();

    [GeneratedRegex(@"\b(?:revenue|turnover|sales\s+of|a\s+year|per\s+year|annual|yearly|/yr|budget|enough|too\s+much|benchmark)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueNamed();

    [GeneratedRegex(@"\b(?:this|last|lst|past|previous|prev)\s+(?:week|wk|month|mnth|mo)\b|\bso\s+far\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendPeriod();

    [GeneratedRegex(@"^\s*(?:(?:ok|oh|and|also|plus)\b[\s,]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndToo();

    private static DateRange Period(Entities entities, DateOnly today, DayOfWeek weekStart)
    {
        if (entities.ReportedRange is { RangeStart: { } start, RangeEnd: { } end })
        {
            return new DateRange(start, end);
        }

        return entities.Period switch
        {
            "month" => Periods.Containing(today, PeriodKind.Month),
            "quarter" => Periods.Containing(today, PeriodKind.Quarter),
            _ => Periods.Containing(today, PeriodKind.Week, weekStart),
        };
    }

    /// <summary>The question for a check-in figure's metric ("Which metric is the 45 for the week of 23 Nov 2026: …?").</summary>
    internal static string AskMetricFor(decimal figure, DateRange period)
        => $"Which metric is the {figure.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} for {Describe(period)}: MQLs, SQLs, leads, spend or another? Just the name is fine.";

    /// <summary>The question for a check-in's number ("How many MQLs for the week of 16 Nov 2026? Just the number is fine.").</summary>
    internal static string AskFor(MetricKey metric, DateRange period)
    {
        var definition = MetricCatalog.Get(metric);
        return definition.Unit switch
        {
            MetricUnit.Count => $"How many {definition.Plural} for {Describe(period)}? Just the number is fine.",
            _ => $"What was {definition.Label.ToLowerInvariant()} for {Describe(period)}? Just the figure is fine.",
        };
    }

    internal static string Describe(DateRange period) => period.Days switch
    {
        7 => $"the week of {Formatting.Date(period.Start)}",
        1 => Formatting.Date(period.Start),
        _ => $"{Formatting.Date(period.Start)} to {Formatting.Date(period.End)}",
    };

    [GeneratedRegex(@"[,;\n|·•]|\s[-–—/]\s|\b(?:and|but)\b|&", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\s+(?:time|rate)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameTail();

    [GeneratedRegex(@"\b(?:(?<n>\d+(?:\.\d+)?)|(?<w>an?|one|two|three))\s*(?:full\s+)?days?\b(?<half>\s+and\s+a\s+half)?|\b(?<halfday>half\s+a\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysSaid();

    [GeneratedRegex(@"\b(?<spend>spend|spent|spending|spnd|marketing spend)\b|\b(?<deals>deals|deals won|new customers|won)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalMetric();
}
