using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Microsoft.Recognizers.Text behind cheap lexical gates: a model runs only when the sentence could hold what it
/// finds (the DateTime model costs about 1 ms per new sentence, the others together about 0.5 ms).
/// Models are built once, when first needed (building the DateTime model compiles hundreds of patterns), and are safe
/// to share across threads.
/// </summary>
public sealed partial class Recognizers
{
    private readonly Lazy<NumberModel> _numberModel = new(() => (NumberModel)new NumberRecognizer(Culture.English).GetNumberModel());
    private readonly Lazy<PercentModel> _percentModel = new(() => (PercentModel)new NumberRecognizer(Culture.English).GetPercentageModel());
    private readonly Lazy<CurrencyModel> _currencyModel = new(() => (CurrencyModel)new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());
    private readonly Lazy<DateTimeModel> _dateModel = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    /// <summary>Runs every model once on phrases that load their lazy tables, so the first real turn is fast.</summary>
    public void WarmUp()
    {
        var reference = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Unspecified);
        _ = DateCues.Vocabulary;
        foreach (var text in new[]
        {
            "grow revenue 10% next year", "we need one hundred fifty qualified leads a month by end of Q3", "cost per lead down to $90 by June",
            "we spend 400k on marketing and revenue is €12.5M", "MQLs this week: 42", "due next Friday, costs $30,000", "in 6 months",
            "every Monday at 9", "within 90 days", "by the end of next quarter", "twenty-five percent", "£1,200", "by March 2027",
        })
        {
            _numberModel.Value.Parse(text);
            _percentModel.Value.Parse(text);
            _currencyModel.Value.Parse(text);
            _dateModel.Value.Parse(text, reference);
        }
    }

    public IReadOnlyList<NumberMention> Numbers(string text)
    {
        if (!MayHoldNumber(text))
        {
            return [];
        }

        var result = new List<NumberMention>();
        foreach (var r in _numberModel.Value.Parse(PeriodsMasked(text)))
        {
            if (TryDecimal(r.Resolution, "value", out var value))
            {
                // "11m", "2bn": the model reads "11" and leaves the scale written right after it (no space: "5 m" may be metres).
                var end = r.End + 1;
                if (end < text.Length && !r.Text.Any(char.IsLetter) && ScaleAfter().Match(text, end) is { Success: true } scale && scale.Index == end
                    && !char.IsWhiteSpace(text[end]) && scale.Groups["s"].Value.ToUpperInvariant() is not "K" and not "B")
                {
                    value *= Scale(scale.Groups["s"].Value);
                    result.Add(new NumberMention(value, new TextSpan(r.Start, end + scale.Length - r.Start), text[r.Start..(end + scale.Length)]));
                    continue;
                }

                // "three hundred k", "five mil", "1.2 mil", "four hundred grand": a scale said as a word after the number (after
                // digits "k" is read by the model itself, so only a number in words takes it here).
                if (end < text.Length && ScaleWordAfter().Match(text, end) is { Success: true } word && word.Index == end
                    && (r.Text.Any(char.IsLetter) || !word.Groups["s"].Value.Equals("k", StringComparison.OrdinalIgnoreCase)))
                {
                    value *= Scale(word.Groups["s"].Value);
                    result.Add(new NumberMention(value, new TextSpan(r.Start, end + word.Length - r.Start), text[r.Start..(end + word.Length)]));
                    continue;
                }

                result.Add(new NumberMention(value, new TextSpan(r.Start, r.End - r.Start + 1), r.Text));
            }
        }

        // "about 11m" the model may not read at all: a number with its scale stuck to it.
        foreach (Match m in ScaledNumber().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (!result.Any(n => n.Span.Overlaps(span)) && decimal.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                result.Add(new NumberMention(n * Scale(m.Groups["s"].Value), span, m.Value));
            }
        }

        // "31h", "30hrs": hours written onto the number, which the model does not read as one (with a space it does).
        foreach (Match m in HoursStuck().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Groups["n"].Length);
            if (!result.Any(n => n.Span.Overlaps(span)) && decimal.TryParse(m.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                result.Add(new NumberMention(n, span, m.Groups["n"].Value));
            }
        }

        // "two and a half thousand", "1 and a half k": a half said before the scale, which the model reads as two numbers.
        foreach (Match m in HalfBeforeScale().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (CountWord(m.Groups["n"].Value) is { } whole)
            {
                result.RemoveAll(n => n.Span.Overlaps(span));
                result.Add(new NumberMention((whole + 0.5m) * Scale(m.Groups["s"].Value), span, m.Value));
            }
        }

        // "a couple hundred", "a couple of thousand": two of the scale, which the model reads as the scale alone or not at all.
        foreach (Match m in CoupleOfScale().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            result.RemoveAll(n => n.Span.Overlaps(span));
            result.Add(new NumberMention(2m * Scale(m.Groups["s"].Value), span, m.Value));
        }

        // "one point one million": a decimal in words, which the model reads as two numbers or not at all.
        foreach (var (value, span, _) in DecimalsInWords(text))
        {
            result.RemoveAll(n => n.Span.Overlaps(span));
            result.Add(new NumberMention(value, span, text.Substring(span.Start, span.Length)));
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        return result;
    }

    public IReadOnlyList<(decimal Percent, TextSpan Span)> Percentages(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal) && !text.Contains("percent", StringComparison.OrdinalIgnoreCase) && !text.Contains("pct", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var result = new List<(decimal, TextSpan)>();
        foreach (var r in _percentModel.Value.Parse(text))
        {
            if (r.Resolution.TryGetValue("value", out var raw) && raw is string s && decimal.TryParse(s.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                result.Add((value, new TextSpan(r.Start, r.End - r.Start + 1)));
            }
        }

        return result;
    }

    public IReadOnlyList<(MoneyValue Money, TextSpan Span)> Amounts(string text)
    {
        if (!CurrencyHint().IsMatch(text))
        {
            return [];
        }

        var result = new List<(MoneyValue, TextSpan)>();
        foreach (var r in _currencyModel.Value.Parse(PeriodsMasked(text)))
        {
            if (!TryDecimal(r.Resolution, "value", out var value))
            {
                continue;
            }

            var iso = r.Resolution.TryGetValue("isoCurrency", out var code) && code is string c && c.Length == 3 ? c : CurrencyFromUnit(r.Resolution.TryGetValue("unit", out var unit) ? unit as string : null);
            var end = r.End + 1;

            // "£6m": the model reads "£6" and leaves the "m"; the scale written right after the amount belongs to it.
            if (end < text.Length && ScaleAfter().Match(text, end) is { Success: true } scale && scale.Index == end && !r.Text.Any(char.IsLetter))
            {
                value *= Scale(scale.Groups["s"].Value);
                end += scale.Length;
            }

            result.Add((new MoneyValue(value, iso), new TextSpan(r.Start, end - r.Start)));
        }

        // Slang the model does not read as money: "750 bucks" is $750, "2k quid" is £2,000.
        foreach (Match m in Slang().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (result.Any(a => a.Item2.Overlaps(span)) || !decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            result.Add((new MoneyValue(n * Scale(m.Groups["s"].Value), m.Groups["c"].Value.StartsWith('q') || m.Groups["c"].Value.StartsWith('Q') ? "GBP" : "USD"), span));
        }

        // "two hundred and fifty quid", "seven hundred fifty bucks", "eight hundred quids": any number the number model reads
        // (words included, "k" and "grand" after them too) with the slang word right after it.
        if (SlangWord().IsMatch(text))
        {
            foreach (var number in Numbers(text))
            {
                var after = SlangAfter().Match(text, number.Span.Start + number.Span.Length);
                var span = new TextSpan(number.Span.Start, number.Span.Length + after.Length);
                if (!after.Success || number.Value <= 0 || result.Any(a => a.Item2.Overlaps(span)))
                {
                    continue;
                }

                result.Add((new MoneyValue(number.Value, after.Groups["c"].Value.StartsWith('q') || after.Groups["c"].Value.StartsWith('Q') ? "GBP" : "USD"), span));
            }
        }

        // "about five grand", "2 grand", "a couple grand": thousands, said as slang the model does not read as money.
        foreach (Match m in Grand().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (result.Any(a => a.Item2.Overlaps(span)) || CountWord(m.Groups["n"].Value) is not { } n)
            {
                continue;
            }

            // "five grand in euros", "three grand in pounds sterling": the currency said after the slang is the amount's. "three
            // grand" alone says none, so the workspace's currency applies (as for "5k"); dollars would be invented.
            var after = CurrencyAfter().Match(text, m.Index + m.Length);
            var currency = after.Success ? CurrencyWord(after.Groups["c"].Value) : null;
            result.Add((new MoneyValue(n * 1_000m, currency), after.Success ? new TextSpan(m.Index, m.Length + after.Length) : span));
        }

        // "a couple hundred bucks", "a couple of thousand euros": two of the scale with its currency word after it.
        foreach (Match m in CoupleOfScale().Matches(text))
        {
            var after = CurrencyAfter().Match(text, m.Index + m.Length);
            var span = new TextSpan(m.Index, m.Length + (after.Success ? after.Length : 0));
            if (after.Success && !result.Any(a => a.Item2.Overlaps(span)))
            {
                result.Add((new MoneyValue(2m * Scale(m.Groups["s"].Value), CurrencyWord(after.Groups["c"].Value)), span));
            }
        }

        // "seven and a half grand in euros", "two and a half grand", "4 and a half k GBP": a half said before the scale is money
        // when "grand" says so or a currency is named right after it; its currency is the one named, else none (the
        // workspace's applies, never a dollar made up).
        foreach (Match m in HalfBeforeScale().Matches(text))
        {
            var after = CurrencyAfter().Match(text, m.Index + m.Length);
            var span = new TextSpan(m.Index, m.Length + (after.Success ? after.Length : 0));
            if ((after.Success || m.Groups["s"].Value.Equals("grand", StringComparison.OrdinalIgnoreCase)) && CountWord(m.Groups["n"].Value) is { } whole)
            {
                result.RemoveAll(a => a.Item2.Overlaps(span));
                result.Add((new MoneyValue((whole + 0.5m) * Scale(m.Groups["s"].Value), after.Success ? CurrencyWord(after.Groups["c"].Value) : null), span));
            }
        }

        // "900 EUR", "1,800 eur", "2k GBP", "1.5m pounds", "twelve hundred euros": any number the number model reads with a
        // currency word or code right after it, where the currency model read none there.
        foreach (var number in Numbers(text))
        {
            var after = CurrencyAfter().Match(text, number.Span.Start + number.Span.Length);
            var span = new TextSpan(number.Span.Start, number.Span.Length + after.Length);
            if (!after.Success || number.Value <= 0)
            {
                continue;
            }

            var code = CurrencyWord(after.Groups["c"].Value);
            var overlapping = result.FindIndex(a => a.Item2.Overlaps(span));
            if (overlapping < 0)
            {
                result.Add((new MoneyValue(number.Value, code), span));
            }
            else if (result[overlapping].Item1.Currency is null && result[overlapping].Item1.Amount == number.Value)
            {
                result[overlapping] = (new MoneyValue(number.Value, code), span);
            }
        }

        // "one point one million dollars": a decimal in words with its currency word after it.
        foreach (var (value, span, currency) in DecimalsInWords(text))
        {
            if (currency is not null)
            {
                result.RemoveAll(a => a.Item2.Overlaps(span));
                result.Add((new MoneyValue(value, currency), span));
            }
        }

        result.Sort((a, b) => a.Item2.Start.CompareTo(b.Item2.Start));
        return result;
    }

    /// <summary>
    /// Decimals said in words, "one point one million", "two point five mil", "three point two five k": the whole part, the
    /// digits after "point" one word each, and the scale; with the currency word said right after, if any ("… dollars").
    /// </summary>
    internal static IEnumerable<(decimal Value, TextSpan Span, string? Currency)> DecimalsInWords(string text)
    {
        if (!text.Contains("point", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (Match m in PointWords().Matches(text))
        {
            var whole = WordValue(m.Groups["i"].Value);
            var digits = string.Concat(m.Groups["d"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordValue));
            var value = decimal.Parse($"{whole}.{digits}", CultureInfo.InvariantCulture) * Scale(m.Groups["s"].Value);
            var currency = m.Groups["c"].Success ? CurrencyFromUnit(m.Groups["c"].Value.ToLowerInvariant().TrimEnd('s') switch { "buck" => "dollar", var c => c }) : null;
            yield return (value, new TextSpan(m.Index, m.Length), currency);
        }
    }

    /// <summary>One number word of a decimal said in words: "zero" and "oh" are 0, the rest as <see cref="SmallNumberWords"/> reads them.</summary>
    private static decimal WordValue(string word)
        => word.ToLowerInvariant() is "zero" or "oh" ? 0m : SmallNumberWords.Value(word) ?? 0m;

    [GeneratedRegex(@"\b(?<i>zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+point\s+(?<d>(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*)(?:\s+(?<s>million|mil|mill|thousand|k|grand|billion|bn))?(?:\s+(?<c>dollars?|euros?|pounds?|bucks))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointWords();

    /// <summary>A count in digits or in the words people use for one ("five", "a couple", "a"); null for anything else.</summary>
    private static decimal? CountWord(string word)
    {
        var w = Regex.Replace(word.Trim().ToLowerInvariant(), @"\s+", " ");
        if (decimal.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return w switch
        {
            "a" or "one" => 1, "two" or "a couple" or "a couple of" or "couple" or "couple of" => 2, "three" or "a few" => 3, "four" => 4, "five" => 5,
            "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20,
            "twenty-five" or "twenty five" => 25, "thirty" => 30, "forty" => 40, "fifty" => 50,
            _ => null,
        };
    }

    /// <summary>"a couple hundred", "couple of thousand": two of a scale ("a few hundred" says no number, so it is not read).</summary>
    [GeneratedRegex(@"(?<![\w.,$€£])(?:a\s+)?couple(?:\s+of)?\s+(?<s>hundred|thousand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoupleOfScale();

    /// <summary>"five grand", "a couple grand"; not "a grand opening", "a grand total of 40" (grand as an adjective).</summary>
    [GeneratedRegex(@"(?<![\w.,$€£])(?<n>\d+(?:\.\d+)?|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|twenty[\s-]five|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+grand\b(?!\s+(?:opening|re-?opening|total|prize|prizes|tour|finale|slam|piano|entrance|gesture|plan|scheme|scale|vision|launch|ceremony|celebration|event|jury|old|canyon|central|master|theft|final|stand|ballroom|hotel|hall)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grand();

    /// <summary>
    /// "$1.5 million a quarter", "$1M a quarter", "700 MQLs a quarter": "a quarter" there is the rate's period, which the
    /// period reader takes, but the number models read it as 0.25 (added to the amount, or as a number of its own, or
    /// the amount is lost). Blanked, same length so every span stays where it is; "a quarter of our leads" is a fraction.
    /// </summary>
    internal static string PeriodsMasked(string text) => AQuarter().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"\ba\s+quarter\b(?!\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AQuarter();

    /// <summary>What a scale written after a number multiplies it by: "k" a thousand, "m"/"mm"/"mn" a million, "b"/"bn" a billion; none 1.</summary>
    private static decimal Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "" => 1m,
        "hundred" => 100m,
        "k" or "grand" or "thousand" => 1_000m,
        "b" or "bn" or "billion" => 1_000_000_000m,
        _ => 1_000_000m,
    };

    [GeneratedRegex(@"(?<![\w.,$€£¥₹])(?<n>\d+(?:\.\d+)?)(?<s>m|mm|mn|bn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaledNumber();

    [GeneratedRegex(@"(?<![\w.,$€£¥₹:])(?<n>\d+(?:\.\d+)?)(?:h|hr|hrs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursStuck();

    // Also "9 mil", "9 mil a year": chat's "mil" is millions, which the date model may take for a time.
    [GeneratedRegex(@"^(?:about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?(?:m|mm|mn|bn|\s?mill?\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaledAmount();

    [GeneratedRegex(@"\G\s?(?<s>k|m|mm|mn|bn|b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleAfter();

    /// <summary>Chat's scale words, which the number model leaves after the number: "k" (after words), "mil", "mill", "grand".</summary>
    [GeneratedRegex(@"\G\s(?<s>k|mil|mill|grand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleWordAfter();

    [GeneratedRegex(@"(?<![\w.,$€£])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<s>[km])?\s+(?<c>bucks|quid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Slang();

    [GeneratedRegex(@"(?<![\w.,$€£])(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+and\s+a\s+half\s+(?<s>thousand|grand|k|million|mil|mill|billion|bn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HalfBeforeScale();

    [GeneratedRegex(@"\b(?:bucks|quids?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlangWord();

    /// <summary>The slang word for money said right after a number: "quid" (and chat's "quids") is pounds, "bucks" dollars.</summary>
    [GeneratedRegex(@"\G\s+(?<c>bucks|quids?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlangAfter();

    public IReadOnlyList<DateMention> Dates(string text, DateOnly today)
    {
        var spelled = DatePhrases.WithMonthsSpelled(text);
        return Dates(spelled, today, DatePhrases.MayHoldDate(spelled) && DateCues.MayHoldDate(spelled));
    }

    /// <param name="runModel">False reads only the phrases the model does not know; tests compare both ways.</param>
    internal IReadOnlyList<DateMention> Dates(string text, DateOnly today, bool runModel)
    {
        text = DatePhrases.WithMonthsSpelled(text);
        var result = new List<DateMention>();
        foreach (var phrase in DatePhrases.Custom(text, today))
        {
            result.Add(phrase);
        }

        if (!runModel)
        {
            return result;
        }

        foreach (var r in _dateModel.Value.Parse(text, today.ToDateTime(TimeOnly.MinValue)))
        {
            var span = new TextSpan(r.Start, r.End - r.Start + 1);

            // The model reads "this week 47 MQLs" as ISO week 47 ("week 47"); after "this"/"last" it is the week, then a number.
            var relative = DatePhrases.RelativeBefore(text, span.Start, r.Text);
            if (relative is { } phrase)
            {
                var (start, end) = Periods(phrase.Text, today);
                result.Add(new DateMention(phrase.Text, phrase.Span, null, start, end, false));
                continue;
            }

            // "about 11m", "2.5m": an amount with its scale, not a time ("11m" as eleven minutes).
            // "around 9 mil a year": the model may read "around 9" as a time; a scale right after it says it is an amount.
            if (result.Any(m => m.Span.Overlaps(span)) || ScaledAmount().IsMatch(r.Text)
                || (span.End < text.Length && ScaleWordAfter().Match(text, span.End) is { Success: true } scale && scale.Index == span.End && char.IsDigit(r.Text[^1])))
            {
                continue;
            }

            var mention = DatePhrases.Read(text, r, span, today);
            if (mention is not null)
            {
                result.Add(mention);
            }
        }

        return result;
    }

    /// <summary>The days of "this week", "last month", "this quarter" as of <paramref name="today"/> (weeks start on Monday).</summary>
    internal static (DateOnly Start, DateOnly End) Periods(string phrase, DateOnly today)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var back = words[0] is "last" or "past" or "previous" ? 1 : 0;
        DateOnly start;
        DateOnly end;
        switch (words[^1].TrimEnd('s'))
        {
            case "week":
                start = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * back);
                end = start.AddDays(6);
                break;
            case "month":
                start = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
                end = start.AddMonths(1).AddDays(-1);
                break;
            case "quarter":
                start = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3 * back);
                end = start.AddMonths(3).AddDays(-1);
                break;
            default:
                start = new DateOnly(today.Year - back, 1, 1);
                end = new DateOnly(today.Year - back, 12, 31);
                break;
        }

        return (start, end);
    }

    internal static bool MayHoldNumber(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return NumberWords().IsMatch(text);
    }

    private static bool TryDecimal(SortedDictionary<string, object> resolution, string key, out decimal value)
    {
        value = 0;
        return resolution.TryGetValue(key, out var raw) && raw is string s && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A currency named in a word or a code ("euros", "pounds sterling", "sterling", "quid", "gbp"), as its ISO code.</summary>
    internal static string CurrencyWord(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w.StartsWith("eur", StringComparison.Ordinal) ? "EUR"
            : w.StartsWith("pound", StringComparison.Ordinal) || w.StartsWith("sterling", StringComparison.Ordinal) || w.StartsWith("british", StringComparison.Ordinal) || w is "gbp" or "quid" ? "GBP"
            : "USD";
    }

    // Right after an amount: "in euros", " eur", " in pounds sterling", "in british pounds".
    [GeneratedRegex(@"\G\s+(?:in\s+)?(?<c>euros?|eur|british\s+pounds?|pounds?(?:\s+sterling)?|sterling|gbp|quid|dollars?|usd|bucks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAfter();

    private static string? CurrencyFromUnit(string? unit) => unit?.ToLowerInvariant() switch
    {
        null => null,
        "dollar" or "united states dollar" => "USD",
        "euro" => "EUR",
        "british pound" or "pound" or "pound sterling" => "GBP",
        "japanese yen" or "yen" => "JPY",
        "canadian dollar" => "CAD",
        "australian dollar" => "AUD",
        "swiss franc" => "CHF",
        "indian rupee" or "rupee" => "INR",
        _ => null,
    };

    [GeneratedRegex(@"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|double|triple)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWords();

    [GeneratedRegex(@"[$€£¥₹]|\b(usd|eur|gbp|jpy|cad|aud|chf|inr|dollars?|euros?|pounds?|bucks|quids?|grand|yen|rupees?|francs?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyHint();
}
