using System.Text.RegularExpressions;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Turns a sentence into <see cref="Entities"/>: recognizers for numbers, percentages, amounts and dates; the
/// lexicon for metrics and directions; a few patterns for rate periods, "from X to Y" and record ids.
/// </summary>
public sealed partial class EntityExtractor(Recognizers recognizers, Lexicon lexicon)
{
    public const string MetricCategory = "metric";
    public const string DirectionCategory = "direction";

    public Entities Extract(string text, DateOnly today)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matches = lexicon.Match(tokens);
        var metrics = matches.Where(m => m.Category == MetricCategory).OrderBy(m => m.Entry.Weak).ThenBy(m => m.FirstToken).ToArray();

        // "we need 1505 MQLs a month", "get to 2030 leads": a four-digit number that counts something is a quantity,
        // even where the date model would read it as a year.
        var allNumbers = recognizers.Numbers(text);
        var dates = recognizers.Dates(text, today).Where(d => !CountsSomething(text, d, metrics, allNumbers)).ToArray();
        var percents = recognizers.Percentages(text).ToList();
        var amounts = recognizers.Amounts(text);
        var reference = Reference().Match(text);
        var referenceSpan = reference.Success ? new TextSpan(reference.Groups["id"].Index, reference.Groups["id"].Length) : (TextSpan?)null;

        var multiplier = Multiplier().Match(text);
        if (multiplier.Success && percents.Count == 0)
        {
            var word = multiplier.Groups["word"].Value.ToLowerInvariant();
            percents.Add((word switch { "triple" or "triples" or "tripling" => 200m, "halve" or "halving" or "cut in half" => 50m, _ => 100m }, new TextSpan(multiplier.Index, multiplier.Length)));
        }

        var occupied = dates.Where(d => d.Deadline is not null || d.RangeStart is not null || d.IsSchedule).Select(d => d.Span)
            .Concat(percents.Select(p => p.Span)).Concat(amounts.Select(a => a.Span)).ToList();
        foreach (Match range in NumberRange().Matches(text))
        {
            // "the 4-8% benchmark" is a range someone quotes, not a target.
            occupied.Add(new TextSpan(range.Index, range.Length));
        }

        if (referenceSpan is { } rs)
        {
            occupied.Add(rs);
        }

        var numbers = allNumbers
            .Where(n => !occupied.Any(o => o.Overlaps(n.Span)) && IsPlainNumber(text, n))
            // Targets are never negative here; "proposal - 150" is a dash, not a minus sign.
            .Select(n => n.Value < 0 ? n with { Value = -n.Value } : n)
            .ToArray();

        // "end of March, no sorry, end of April": a value said after a change of mind comes before one said earlier.
        var meant = SelfCorrection.LastAt(text);
        if (meant > 0)
        {
            dates = [.. dates.OrderBy(d => d.Span.Start >= meant ? 0 : 1)];
            percents = [.. percents.OrderBy(p => p.Span.Start >= meant ? 0 : 1)];
            amounts = [.. amounts.OrderBy(a => a.Span.Start >= meant ? 0 : 1)];
            numbers = [.. numbers.OrderBy(n => n.Span.Start >= meant ? 0 : 1)];
        }

        var directionMatch = matches.FirstOrDefault(m => m.Category == DirectionCategory);
        string? direction = directionMatch?.Value;
        if (multiplier.Success && direction is null)
        {
            direction = multiplier.Groups["word"].Value.StartsWith('h') || multiplier.Groups["word"].Value.StartsWith("cut", StringComparison.OrdinalIgnoreCase) ? "decrease" : "increase";
        }

        decimal? baseline = null;
        decimal? target = numbers.Length > 0 ? numbers[0].Value : null;
        var money = amounts.Count > 0 ? amounts[0].Money : null;
        decimal? percent = percents.Count > 0 ? percents[0].Percent : null;
        var fromTo = FromTo().Match(text);
        if (fromTo.Success && percents.Count >= 2)
        {
            // "from 88% to 92%": the second is the target.
            (baseline, percent) = (percents[0].Percent, percents[1].Percent);
            direction ??= percents[1].Percent > percents[0].Percent ? "increase" : "decrease";
        }
        else if (fromTo.Success)
        {
            var fromSpan = new TextSpan(fromTo.Groups["from"].Index, fromTo.Groups["from"].Length);
            var toSpan = new TextSpan(fromTo.Groups["to"].Index, fromTo.Groups["to"].Length);
            var fromMoney = amounts.FirstOrDefault(a => a.Span.Overlaps(fromSpan));
            var toMoney = amounts.FirstOrDefault(a => a.Span.Overlaps(toSpan));
            var fromNumber = numbers.FirstOrDefault(n => n.Span.Overlaps(fromSpan));
            var toNumber = numbers.FirstOrDefault(n => n.Span.Overlaps(toSpan));
            if (fromMoney.Money is not null && toMoney.Money is not null)
            {
                (baseline, money) = (fromMoney.Money.Amount, toMoney.Money);
            }
            else if (fromNumber is not null && toNumber is not null)
            {
                (baseline, target) = (fromNumber.Value, toNumber.Value);
            }
            else if (fromNumber is not null && toMoney.Money is not null)
            {
                (baseline, money) = (fromNumber.Value, toMoney.Money);
                target = numbers.FirstOrDefault(n => n != fromNumber)?.Value;
            }

            if (direction is null && baseline is { } b)
            {
                var to = money?.Amount ?? target;
                if (to is { } t && t != b)
                {
                    direction = t > b ? "increase" : "decrease";
                }
            }
        }

        var metric = metrics.FirstOrDefault();
        if (metric is null && percents.Count == 0)
        {
            // "what's up", "buy more paper": a direction of nothing measurable is not a direction.
            direction = null;
        }

        if (metric?.Entry.Inverts == true && direction is not null && directionMatch is not null)
        {
            // "reduce churn" is "increase retention".
            direction = direction == "increase" ? "decrease" : "increase";
        }

        return new Entities(
            Metric: metric?.Value,
            Target: target,
            Percent: percent,
            Money: money,
            Period: Period(text),
            Deadline: dates.FirstOrDefault(d => d.Deadline is not null)?.Deadline,
            Direction: direction,
            Baseline: baseline,
            Numbers: numbers,
            Amounts: amounts.Select(a => a.Money).ToArray(),
            Dates: dates,
            Metrics: metrics.Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray(),
            Reference: reference.Success ? reference.Groups["id"].Value : null);
    }

    /// <summary>"per month", "a quarter", "every single week", "monthly", "/mo", "this week", "last month": the period a number is counted over.</summary>
    public static string? Period(string text)
    {
        var rate = RatePeriod().Match(text);
        if (rate.Success)
        {
            return Normalize(rate.Groups["unit"].Value);
        }

        var adverb = AdverbPeriod().Match(text);
        if (adverb.Success)
        {
            return Normalize(adverb.Groups["unit"].Value);
        }

        var relative = RelativePeriod().Match(text);
        return relative.Success && !EndOfBefore().IsMatch(text[..relative.Index]) ? Normalize(relative.Groups["unit"].Value) : null;
    }

    private static string Normalize(string unit) => unit.ToLowerInvariant() switch
    {
        "week" or "wk" or "wek" or "weekly" or "w" => "week",
        "month" or "mo" or "mth" or "mnth" or "monht" or "monthly" or "m" => "month",
        "quarter" or "quater" or "qtr" or "q" or "quarterly" => "quarter",
        _ => "year",
    };

    // "Double our MQLs" is a multiplier, not the number 2; "Q3" and "B2B" are not numbers either.
    /// <summary>A bare four-digit "year" directly followed by a metric or a counted unit ("1505 MQLs", "2030 leads").</summary>
    private static bool CountsSomething(string text, DateMention date, IReadOnlyList<LexiconMatch> metrics, IReadOnlyList<NumberMention> numbers)
    {
        if (BareYear().IsMatch(date.Text) && IsCountAt(text, date.Span.End, metrics))
        {
            return true;
        }

        // "be at two hundred and thirty MQLs", "sitting at one hundred and eighty SQLs": the date model reads "at two" as
        // a clock time, but the number it cuts into runs on past it and counts something, so it is a target.
        return numbers.Any(n => n.Span.Overlaps(date.Span) && n.Span.End > date.Span.End && IsCountAt(text, n.Span.End, metrics));
    }

    /// <summary>Whether a unit ("a month", "hours") or a metric ("MQLs") follows right after <paramref name="end"/>.</summary>
    private static bool IsCountAt(string text, int end, IReadOnlyList<LexiconMatch> metrics) =>
        UnitAfter().IsMatch(text[end..])
        || metrics.Any(m => m.Span.Start > end && string.IsNullOrWhiteSpace(text[end..m.Span.Start]));

    private static bool IsPlainNumber(string text, NumberMention number)
    {
        var lower = number.Text.ToLowerInvariant();
        if (lower is "double" or "triple" or "half" or "twice" or "once" or "a dozen")
        {
            return false;
        }

        // "one" is usually a pronoun in chat ("a good one", "duplicate of one we had"), unless a unit follows ("one business day").
        if (lower == "one" && !UnitAfter().IsMatch(text[number.Span.End..]))
        {
            return false;
        }

        var before = number.Span.Start > 0 ? text[number.Span.Start - 1] : ' ';
        return !char.IsLetter(before);
    }

    [GeneratedRegex(@"(?<!\b(?:in|within)\s)\b(?:per|a|an|(?:each|every)(?:\s+single|\s+and\s+every)?)\s+(?<unit>week|wk|wek|month|mo|mth|mnth|monht|quarter|quater|qtr|year|yr|annum)\b|/\s?(?<unit>week|wk|month|mo|mth|quarter|qtr|q|year|yr|w|m)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatePeriod();

    [GeneratedRegex(@"\b(?<unit>weekly|monthly|quarterly|yearly|annually|annual)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdverbPeriod();

    [GeneratedRegex(@"\b(?:this|last|past|previous)\s+(?<unit>week|month|quarter|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:end\s+of\s+(?:the\s+)?)$|\bby\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfBefore();

    [GeneratedRegex(@"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?(?<from>[$€£¥]?\s?[\d.,]+\s?[kmb]?%?)\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+)?(?<to>[$€£¥]?\s?[\d.,]+\s?[kmb]?%?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\b(?:lead|id|contact|opportunity|opp|request)\s*(?:#|no\.?|number|id)?\s*#?\s*(?<id>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{1,30})\b|#(?<id>[A-Za-z0-9-]*\d[A-Za-z0-9-]*)|\b(?<id>(?:HS|SF|SFDC|LEAD|L)-\d+)\b|\b(?<id>[A-Za-z]{2,10}-\d{3,})\b|\b(?<id>00Q[A-Za-z0-9]{12,15})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s+(?:business\s+|working\s+|full\s+)?(?:day|days|hour|hours|week|weeks|month|months|quarter|quarters|year|years|lead|leads|mql|sql|opportunity|deal|person|rep)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"^\s*\d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*[-–]\s*\d+(?:\.\d+)?\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"\b(?<word>double|doubles|doubling|triple|triples|tripling|halve|halving|cut in half)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Multiplier();
}
