using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Budget;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>"Are we spending enough on marketing?": spend against revenue and the 4–8% B2B band, from the sentence or from recorded data.</summary>
public sealed partial class BudgetCommand(IMeasurementStore measurements) : IBotCommand
{
    public string Intent => "budget";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var e = understanding.Entities;
        var text = understanding.Text;

        // "we spend 2% of revenue on marketing": the share itself.
        if (e.Percent is { } share && Regex.IsMatch(text, @"of\s+(our\s+)?revenue|of\s+sales|of\s+turnover", RegexOptions.IgnoreCase))
        {
            var assessment = BudgetCheck.Assess(new Money(share, scope.Currency), new Money(100, scope.Currency));
            dc.Turn.Send(assessment.Explanation.Replace($" Reaching 4% means {assessment.GapToBand} more.", string.Empty, StringComparison.Ordinal) + $" ({BudgetCheck.Source}.)");
            return;
        }

        // The 4–8% band is a share of total company revenue. Recorded "revenue" is new business booked (what the
        // reverse funnel needs), so total revenue must come from the person; spend can come from the data.
        var (spend, revenue) = FromSentence(text, e, scope.Currency);
        var basis = new List<string>();
        if (revenue is null && scope.Workspace.AnnualRevenue is { } annual)
        {
            revenue = new Money(annual, scope.Currency);
            basis.Add("total revenue from the workspace settings");
        }

        var spendBasis = "as you said";
        if (spend is null)
        {
            spend = await SpendFromDataAsync(scope, dc.Turn.Today, cancellationToken);
            spendBasis = "spend from your check-ins and imports over the last year, annualised where the data is shorter";
            if (revenue is not null)
            {
                basis.Add(spendBasis);
            }
        }

        if (spend is null)
        {
            dc.Turn.Send("To check the budget I need marketing spend and total company revenue for the same year, e.g. \"we spend $400k a year on marketing and revenue is $10M\". " +
                         $"Most B2B companies spend 4–8% of revenue on marketing ({BudgetCheck.Source}).");
            return;
        }

        // Spend is known, total revenue is not: ask for it, and use the answer (saved in the settings by someone who may).
        if (revenue is null)
        {
            await dc.BeginDialogAsync(DialogIds.Budget, new BudgetState(spend.Value.Amount, spend.Value.Currency, spendBasis == "as you said" ? "spend as you said" : spendBasis), cancellationToken);
            return;
        }

        var (_, _, spendPer, revenuePer) = Read(text, e, scope.Currency);
        Answer(dc, spend.Value, revenue.Value, spendBasis == "as you said" ? spendPer : "year", basis.Count == 0 ? revenuePer : "year",
            basis.Count == 0 ? "from what you said" : string.Join("; ", basis));
    }

    /// <summary>
    /// Spend and revenue both said in one message, each annualised ("ok we spend 1.8m a year and revenue is 30m" as the
    /// answer to the check's question for revenue), or null when the message does not say both.
    /// </summary>
    public static (Money Spend, Money Revenue, string? SpendPer, string? RevenuePer)? BothSaid(string text, Conversations.Understanding.Entities e, string currency)
        => SpendLabels(text).Length > 0 && RevenueLabels(text).Length > 0 && Amounts(text, e).Length >= 2
           && Read(text, e, currency) is ({ } spend, { } revenue, var spendPer, var revenuePer) ? (spend, revenue, spendPer, revenuePer) : null;

    /// <summary>What <see cref="DialogContext.Recent"/> is right after a budget check answered: "what if it were 60k a month?" or "sorry, revenue is 8m" recomputes it.</summary>
    public const string RecentKind = "budget";

    /// <summary>
    /// The check's answer for yearly spend and revenue, remembered (with the period each was said per) so that the next
    /// message may change one of them (<see cref="FollowUp"/>).
    /// </summary>
    public static void Answer(DialogContext dc, Money spend, Money revenue, string? spendPer, string? revenuePer, string basis)
    {
        var result = BudgetCheck.Assess(spend, revenue);
        // The amounts are repeated in the currency they were said in (or the data's), so "€" never turns into "$" silently.
        dc.Turn.Send($"{result.Explanation} ({spend} spend against {revenue} revenue, {basis}; {BudgetCheck.Source}.)");
        dc.Recent = new RecentAction(RecentKind, "budget", new Dictionary<string, string>
        {
            ["spend"] = spend.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["revenue"] = revenue.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["currency"] = spend.Currency,
            ["spendPer"] = spendPer ?? "year",
            ["revenuePer"] = revenuePer ?? "year",
        });
    }

    /// <summary>
    /// Right after a budget answer, a message that changes one of its figures: "what if it were 60k a month?", "and if it
    /// was 100k a month?", "sorry, revenue is 8m not 10", "what if we spent 120k a month on the same 16m?". A figure named
    /// as spend or revenue replaces that one; a figure named as neither replaces the one nearer its size (a what-if on 45k a
    /// month is about spend, not a 9M revenue). A figure said with no period keeps the period its figure was said per. The
    /// spend and revenue for the year come back, or null when the message changes neither.
    /// </summary>
    public static (Money Spend, Money Revenue, string SpendPer, string RevenuePer)? FollowUp(string text, Conversations.Understanding.Entities e, RecentAction recent)
    {
        if (recent.Kind != RecentKind || !decimal.TryParse(recent.Value("spend"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var oldSpend)
            || !decimal.TryParse(recent.Value("revenue"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var oldRevenue))
        {
            return null;
        }

        var spendWords = SpendLabels(text).Length > 0;
        var revenueWords = RevenueLabels(text).Length > 0;
        var words = Word().Count(text);
        // "spend this week 19k" is a check-in of the week, not a what-if on the yearly figure.
        if ((!FollowUpCue().IsMatch(text) && !((spendWords || revenueWords) && words <= 8)) || NamedPeriod().IsMatch(text))
        {
            return null;
        }

        var amounts = Amounts(text, e);
        if (amounts.Length is 0 or > 2)
        {
            return null;
        }

        var currency = recent.Value("currency") ?? "USD";
        var code = CurrencyWords.Named(text) ?? currency;
        var spendPer = recent.Value("spendPer") ?? "year";
        var revenuePer = recent.Value("revenuePer") ?? "year";
        var periods = Periods(text, amounts.Select(a => a.Position).ToArray());
        var (spend, revenue, saidSpendPer, saidRevenuePer) = Read(text, e, code);

        if (amounts.Length == 1 && !spendWords && !revenueWords)
        {
            // Neither named: the figure nearer in size (as a year's worth, with the period it keeps) is the one changed.
            var asSpend = amounts[0].Amount * PerYear(periods[0] ?? spendPer);
            var asRevenue = amounts[0].Amount * PerYear(periods[0] ?? revenuePer);
            var spendGap = Math.Abs(Math.Log((double)(asSpend / Math.Max(oldSpend, 1m))));
            var revenueGap = Math.Abs(Math.Log((double)(asRevenue / Math.Max(oldRevenue, 1m))));
            return spendGap <= revenueGap
                ? (new Money(asSpend, code), new Money(oldRevenue, code), periods[0] ?? spendPer, revenuePer)
                : (new Money(oldSpend, code), new Money(asRevenue, code), spendPer, periods[0] ?? revenuePer);
        }

        // Read annualises a figure said per a period; one said with none keeps the period of the figure it replaces.
        var newSpend = spend is { } s ? new Money(saidSpendPer is null ? s.Amount * PerYear(spendPer) : s.Amount, code) : new Money(oldSpend, code);
        var newRevenue = revenue is { } r ? new Money(saidRevenuePer is null ? r.Amount * PerYear(revenuePer) : r.Amount, code) : new Money(oldRevenue, code);
        if (spend is null && revenue is null)
        {
            return null;
        }

        return (newSpend, newRevenue, spend is null ? spendPer : saidSpendPer ?? spendPer, revenue is null ? revenuePer : saidRevenuePer ?? revenuePer);
    }

    /// <summary>Whether a message changes a figure just given: a what-if or a correction ("oops, 13m not 30").</summary>
    internal static bool ChangesAFigure(string text) => FollowUpCue().IsMatch(text) && !NamedPeriod().IsMatch(text);

    [GeneratedRegex(@"\b(?:this|last|next|past)\s+(?:week|month|quarter|wk|mo)\b|\bweek\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedPeriod();

    /// <summary>Words that change a figure just given: a what-if or a correction.</summary>
    [GeneratedRegex(@"^\W*(?:and\s+|ok\s+|okay\s+|so\s+)?(?:what\s+if|what\s+about|how\s+about|if\b|suppose|say\b|assuming|actually|sorry|oops|no\b|nope|wait|correction|hmm|ah\b|make\s+(?:it|that))|\bnot\s+\d|\binstead\b|\bactually\b|\bwhat\s+if\b|\bi\s+meant\b|\bmy\s+bad\b|^\W*typo\b|\bmeant\s+[$€£]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpCue();

    /// <summary>
    /// Marketing spend and revenue both named, with two amounts: "we put €30k/month into marketing on €6m annual revenue",
    /// "marketing costs us 50k a month and revenue is 12 million a year". One amount of revenue alone is the reverse funnel's.
    /// </summary>
    /// <remarks>
    /// The amounts are the ones the check itself pairs (<see cref="Amounts"/>: "two hundred grand", "450k bucks", "9 mil"),
    /// and the labels are read through typos ("we spnd 450k bucks on mktg, total revnue 9 mil"), so what the check could
    /// answer is not lost to the check-in or the reverse funnel first.
    /// </remarks>
    /// <remarks>
    /// Without marketing named, spend and revenue each said per a period ("spend is about 90 grand a quarter, revenue around 6
    /// million a year") are the same check; a check-in says which week or month it was ("spend this week 19k, revenue 230k").
    /// </remarks>
    public static bool SetsSpendAgainstRevenue(string text, Conversations.Understanding.Entities e)
    {
        if (SpendLabels(text).Length == 0 || RevenueLabels(text).Length == 0)
        {
            return false;
        }

        var amounts = Amounts(text, e);
        return amounts.Length >= 2
            && (Marketing().IsMatch(text) || Periods(text, amounts.Select(a => a.Position).ToArray()).Count(p => p is not null) >= 2);
    }

    /// <summary>
    /// The share of revenue a message that sets marketing spend against revenue comes to, as the check says it ("6%"), or "no"
    /// when the message does not (<see cref="SetsSpendAgainstRevenue"/>): what a paraphrase table holds the reader to.
    /// </summary>
    public static string DescribeShare(string text, Conversations.Understanding.Entities e)
    {
        if (!SetsSpendAgainstRevenue(text, e) || FromSentence(text, e, "USD") is not ({ } spend, { Amount: > 0 } revenue))
        {
            return "no";
        }

        return Formatting.Percent(spend.Amount / revenue.Amount * 100m);
    }

    /// <summary>Where revenue is named: "revenue", "rev", "turnover", ..., or a word one typo from "revenue" ("revnue").</summary>
    private static int[] RevenueLabels(string text) => Labels(text, RevenueWord(), "revenue", "rev");

    /// <summary>Where spend is named: "spend", "budget", "into marketing", "runs us", ..., or a word one typo from "spend" or "spending" ("spnd").</summary>
    private static int[] SpendLabels(string text) => Labels(text, SpendWord(), "spend", "sp", "spending");

    /// <summary>The label's positions as written, and of words one typo away from it that keep its opening letters.</summary>
    private static int[] Labels(string text, Regex exact, string word, string opening, string? longer = null)
        => exact.Matches(text).Select(m => m.Index)
            .Concat(Word().Matches(text).Where(w => w.Length >= 4 && w.Value.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && !exact.IsMatch(w.Value)
                && (Conversations.Understanding.Lexicon.WithinOneEdit(w.Value.ToLowerInvariant(), word) || (longer is not null && Conversations.Understanding.Lexicon.WithinOneEdit(w.Value.ToLowerInvariant(), longer))))
                .Select(w => w.Index))
            .Order().ToArray();

    [GeneratedRegex(@"\b[a-z]+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:marketing|mktg|mkting|ads?|advertising)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marketing();

    /// <summary>
    /// The period the marketing spend and the revenue are each said per, as "spend/revenue" ("month/year"; "-" where none is
    /// said): what the budget check reads before it annualises, so a paraphrase table can hold it to account.
    /// </summary>
    public static string DescribePeriods(string text, Conversations.Understanding.Entities e)
    {
        var (_, _, spendPer, revenuePer) = Read(text, e, "USD");
        return $"{spendPer ?? "-"}/{revenuePer ?? "-"}";
    }

    /// <summary>
    /// The marketing spend and the revenue as they are said, before any period is applied ("spend/revenue", "-" where one is
    /// not said): the amounts the check pairs, so a paraphrase table can hold the amounts in words, grand, k, mil and bucks
    /// to account apart from the periods.
    /// </summary>
    public static string DescribeAmounts(string text, Conversations.Understanding.Entities e)
    {
        var (spend, revenue, spendPer, revenuePer) = Read(text, e, "USD");
        static string Said(Money? money, string? per) => money is { } m ? (m.Amount / PerYear(per)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "-";
        return $"{Said(spend, spendPer)}/{Said(revenue, revenuePer)}";
    }

    /// <summary>The amounts a sentence says, as the check reads them (words, grand, k, mil), for readers of one amount (<see cref="Workspaces.RevenueSaid"/>).</summary>
    internal static decimal[] AmountsSaid(string text, Conversations.Understanding.Entities e) => Amounts(text, e).Select(a => a.Amount).ToArray();

    /// <summary>
    /// The amounts of money in a sentence, where each starts: the model's amounts with a currency, and bare numbers from a
    /// thousand up.
    /// An amount with no currency sign or word to place it ("40k a month") sits where the same value was read as a number, so
    /// the period said after it is found; the number is then not counted twice.
    /// </summary>
    private static (decimal Amount, int Position)[] Amounts(string text, Conversations.Understanding.Entities e)
    {
        var numbers = e.NumberList.Where(n => n.Value >= 1_000).ToList();
        var amounts = new List<(decimal Amount, int Position)>();
        for (var i = 0; i < e.AmountList.Count; i++)
        {
            var position = Position(text, i);
            if (position >= text.Length && numbers.FindIndex(n => n.Value == e.AmountList[i].Amount) is var at and >= 0)
            {
                position = numbers[at].Span.Start;
                numbers.RemoveAt(at);
            }

            amounts.Add((e.AmountList[i].Amount, position));
        }

        amounts.AddRange(numbers.Select(n => (Amount: n.Value, Position: n.Span.Start)));

        // The number model reads "10 million a year" as a rate and leaves it out of the numbers: a figure with a scale the
        // models did not place is taken as it is written.
        foreach (Match m in ScaledFigure().Matches(text))
        {
            if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var scale = m.Groups["s"].Value.ToLowerInvariant() switch
            {
                "k" or "thousand" or "grand" => 1_000m,
                "bn" or "billion" => 1_000_000_000m,
                _ => 1_000_000m,
            };
            // "EUR 12m": the model may read 12 where the currency starts; the figure with its scale is the amount.
            amounts.RemoveAll(a => a.Amount == n && a.Position >= m.Index - 5 && a.Position < m.Index + m.Length);
            if (!amounts.Any(a => a.Amount == n * scale || Math.Abs(a.Position - m.Index) <= 2))
            {
                amounts.Add((n * scale, m.Index));
            }
        }

        // "two hundred and fifty grand", "five and a half million": the words' own value, in place of whatever the models
        // made of parts of them ("fifty grand", "half million").
        foreach (Match m in AmountInWords().Matches(text))
        {
            var words = text[m.Index..m.Groups["s"].Index];
            if (WordsValue(words) is not { } value || value <= 0)
            {
                continue;
            }

            var scale = m.Groups["s"].Value.ToLowerInvariant() switch
            {
                "thousand" or "grand" or "k" => 1_000m,
                "billion" => 1_000_000_000m,
                _ => 1_000_000m,
            };
            amounts.RemoveAll(a => a.Position >= m.Index && a.Position < m.Index + m.Length);
            amounts.Add((value * scale, m.Index));
        }

        return amounts.OrderBy(a => a.Position).ToArray();
    }

    [GeneratedRegex(@"(?<![\w.])(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<s>k|m|mn|mil|million|bn|billion|thousand|grand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaledFigure();

    private static (Money? Spend, Money? Revenue) FromSentence(string text, Conversations.Understanding.Entities e, string currency)
    {
        var (spend, revenue, _, _) = Read(text, e, currency);
        return (spend, revenue);
    }

    /// <summary>Spend and revenue from the sentence, each annualised, with the period each was said per (null when none).</summary>
    private static (Money? Spend, Money? Revenue, string? SpendPer, string? RevenuePer) Read(string text, Conversations.Understanding.Entities e, string currency)
    {
        // The currency the sentence names in words or signs ("90 grand a quarter in pounds sterling", "four hundred thousand
        // euros") before the model's: it gives slang like "grand" dollars when the currency is said further on.
        var code = CurrencyWords.Named(text) ?? (e.AmountList.Count > 0 ? e.AmountList[0].Currency ?? currency : currency);
        var amounts = Amounts(text, e);
        if (amounts.Length == 0)
        {
            return (null, null, null, null);
        }

        // "40k a month on marketing and revenue's around 9 mil a year": the band compares years, so an amount said per
        // month, quarter or week is annualised before it is paired.
        var periods = Periods(text, amounts.Select(a => a.Position).ToArray());
        amounts = amounts.Select((a, i) => (a.Amount * PerYear(periods[i]), a.Position)).ToArray();

        // Each amount belongs to the nearest of "revenue"/"sales" or "spend"/"budget"/"into marketing", closest pair
        // first, so "$600k into marketing on roughly $9M total revenue" gives the revenue word to $9M (the nearer one)
        // even though $600k comes first. A label in the amount's own clause comes before any other: in "marketing budget
        // is around 300k, company turnover roughly 4.5m" the turnover word is nearer 300k than its own 4.5m, but 300k is
        // the budget's. An amount left over takes the kind still missing.
        Money? spend = null;
        Money? revenue = null;
        string? spendPer = null;
        string? revenuePer = null;
        var revenueWords = RevenueLabels(text);
        var spendWords = SpendLabels(text);
        var clauseBreaks = ClauseBreak().Matches(text).Select(m => m.Index).ToArray();
        // A label right next to its amount, with nothing between them but the figure's own words and small ones ("600k
        // marketing spend vs 15m total revenue", "spending 1.5m on revenue of 10m", "revenue EUR 12m"), is that amount's
        // before any nearer label across a "vs" or "on".
        int Distance(int word, int amount) => Math.Abs(word - amount) + (Clause(clauseBreaks, word) == Clause(clauseBreaks, amount) ? 0 : text.Length)
            - (Adjacent(text, word, amount) ? 10 * text.Length : 0);
        var pairs = amounts.SelectMany((a, i) => revenueWords.Select(w => (Index: i, Revenue: true, Distance: Distance(w, a.Position)))
                .Concat(spendWords.Select(w => (Index: i, Revenue: false, Distance: Distance(w, a.Position)))))
            .OrderBy(p => p.Distance).ToArray();
        var taken = new bool[amounts.Length];
        foreach (var (index, isRevenue, _) in pairs)
        {
            if (taken[index] || (isRevenue ? revenue is not null : spend is not null))
            {
                continue;
            }

            taken[index] = true;
            if (isRevenue)
            {
                revenue = new Money(amounts[index].Amount, code);
                revenuePer = periods[index];
            }
            else
            {
                spend = new Money(amounts[index].Amount, code);
                spendPer = periods[index];
            }
        }

        for (var i = 0; i < amounts.Length; i++)
        {
            if (taken[i])
            {
                continue;
            }

            if (spend is null)
            {
                spend = new Money(amounts[i].Amount, code);
                spendPer = periods[i];
            }
            else if (revenue is null)
            {
                revenue = new Money(amounts[i].Amount, code);
                revenuePer = periods[i];
            }
        }

        // Unlabelled, or labelled only on one side: marketing spend is a share of revenue, so it is the smaller one.
        var labelledBoth = revenueWords.Length > 0 && spendWords.Length > 0;
        if (!labelledBoth && spend is { } s && revenue is { } r && s.Amount > r.Amount)
        {
            (spend, revenue, spendPer, revenuePer) = (r, s, revenuePer, spendPer);
        }

        return (spend, revenue, spendPer, revenuePer);
    }

    /// <summary>
    /// Whether only the figure's own words and small linking ones stand between a label and an amount: "revenue of 10m",
    /// "revenue's 4 mil", "marketing ran us about 75 grand", "600k marketing spend", "eighteen million in revenue".
    /// </summary>
    private static bool Adjacent(string text, int label, int amount)
    {
        string gap;
        if (label < amount)
        {
            // Past the label's first word: "revenue's", "costs us", "into marketing".
            var first = Regex.Match(text[label..], @"^\S+");
            var from = label + first.Length;
            gap = from <= amount ? text[from..amount] : string.Empty;
        }
        else
        {
            gap = text[amount..label];
        }

        if (gap.Length > 60 || Regex.IsMatch(gap, @",(?!\d)|[;!?]|\.(?!\d)|\s[-–—]\s|\bvs\b"))
        {
            return false;
        }

        var previous = string.Empty;
        foreach (Match token in GapToken().Matches(gap))
        {
            var t = token.Value.ToLowerInvariant();
            if (!(char.IsDigit(t[0]) || "$€£".Contains(t[0], StringComparison.Ordinal) || GapWords.Contains(t) || Units.ContainsKey(t)
                  || (t == "and" && previous is "hundred" or "thousand" or "five" or "one" or "two" or "three" or "four" or "six" or "seven" or "eight" or "nine" or "ten")))
            {
                return false;
            }

            previous = t;
        }

        return true;
    }

    [GeneratedRegex(@"\d[\d.,]*[a-z]*|[$€£]|[a-z]+(?:['’][a-z]+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapToken();

    /// <summary>The words that may stand between a label and its amount: the figure's scale, currency and period, and small linking words.</summary>
    private static readonly HashSet<string> GapWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "k", "m", "mn", "mil", "million", "bn", "billion", "thousand", "grand", "hundred", "half", "quid", "bucks", "euro", "euros", "eur", "pound", "pounds",
        "sterling", "gbp", "dollar", "dollars", "usd", "a", "an", "per", "each", "every", "month", "months", "mo", "quarter", "quarters", "week", "weeks",
        "year", "years", "yr", "annum", "monthly", "quarterly", "weekly", "yearly", "annual", "annually", "is", "was", "were", "are", "'s", "of", "at",
        "around", "about", "roughly", "approx", "approximately", "nearly", "almost", "some", "just", "under", "over", "close", "to", "like", "total",
        "company", "our", "the", "in", "marketing", "mktg", "mkting", "us", "currently", "now", "this", "last", "still", "only", "maybe", "probably",
    };

    /// <summary>The factor to a year for the amount at a position, looking no further than next (the older reading, kept for its tests).</summary>
    internal static decimal PerYear(string text, int position, int next) => PerYear(Periods(text[..next], [position])[0]);

    /// <summary>How many of a period make a year: 12 months, 4 quarters, 52 weeks; a year, or no period said, is 1.</summary>
    internal static decimal PerYear(string? period) => period switch
    {
        "month" => 12m,
        "quarter" => 4m,
        "week" => 52m,
        _ => 1m,
    };

    /// <summary>
    /// The period each amount is said per (week, month, quarter, year, or null), amounts given by where they start, in order.
    /// Said after the amount first, in its own clause and before the next amount ("40k a month", "€30k/month", "two hundred
    /// grand on marketing a year", "$25,000 monthly", "10M annual revenue"); else in front of it in its clause, after
    /// whatever the previous amount used ("monthly marketing spend ~45k", "annual turnover ~11M", "rev per quarter 2.5m").
    /// Only the word right after an amount may be the adjective ("annual"), so "480k on marketing against annual revenue of
    /// 10 million" leaves 480k without a period and gives the year to the revenue.
    /// </summary>
    internal static string?[] Periods(string text, int[] positions)
    {
        var periods = new string?[positions.Length];
        var used = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            var position = positions[i];
            var next = i + 1 < positions.Length ? positions[i + 1] : text.Length;
            var end = Math.Min(next, Math.Min(text.Length, position + 50));
            var after = position < end ? text[position..end] : string.Empty;
            var clauseEnd = ClauseBreak().Match(after);
            if (clauseEnd.Success && clauseEnd.Index > 0)
            {
                after = after[..clauseEnd.Index];
            }

            if (PeriodAfter().Match(after) is { Success: true } m)
            {
                periods[i] = PeriodName(m.Groups["p"].Value);
                used = position + m.Index + m.Length;
                continue;
            }

            var start = Math.Max(used, ClauseBreak().Matches(text[..position]).Select(b => b.Index + b.Length).DefaultIfEmpty(0).Max());
            var before = start < position ? text[start..position] : string.Empty;
            periods[i] = PeriodBefore().Matches(before).LastOrDefault() is { } b ? PeriodName(b.Groups["p"].Value) : null;
            used = Math.Max(used, position);
        }

        return periods;
    }

    private static string PeriodName(string said) => said.ToLowerInvariant() switch
    {
        var p when p.StartsWith('m') => "month",
        var p when p.StartsWith('q') => "quarter",
        var p when p.StartsWith('w') => "week",
        _ => "year",
    };

    /// <summary>A period said after an amount: "a/per/each/every month", "/mo", "monthly", "p.a.", or "annual" as the very next word.</summary>
    [GeneratedRegex(@"(?:\b(?:a|an|per|each|every)\s+|/\s*)(?<p>months?|mo|mnth|mth|quarters?|qtr|weeks?|wk|years?|yr|annum)\b|\b(?<p>monthly|quarterly|weekly|yearly|annually|p\.\s?a)\b|^\S+\s+(?<p>annual)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodAfter();

    /// <summary>A period said in front of an amount in its clause: "monthly marketing spend", "annual turnover", "per month is", "Q spend".</summary>
    [GeneratedRegex(@"(?:\b(?:a|an|per|each|every)\s+|/\s*)(?<p>month|mo|mnth|mth|quarter|qtr|week|wk|year|yr|annum)\b|\b(?<p>monthly|quarterly|weekly|yearly|annual|annually)\b|\b(?<p>q)\b(?!\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBefore();

    /// <summary>Which clause of the sentence a position is in: how many clause breaks come before it.</summary>
    private static int Clause(int[] breaks, int position) => breaks.Count(b => b < position);

    /// <summary>Where one clause ends: a comma, semicolon or dash between words, or "and"/"but"/"while"/"whereas".</summary>
    [GeneratedRegex(@",(?!\d)|;|\s[-–—]\s|\b(?:and|but|while|whereas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>Where the index-th amount with a currency is: its symbol ("€400k"), or the number before a currency word ("300k euros").</summary>
    private static int Position(string text, int index)
    {
        var mentions = CurrencyMention().Matches(text);
        return index < mentions.Count ? mentions[index].Index : text.Length;
    }

    // An amount in words starts at its first number word: "four hundred thousand euros", "ten million euros", "90 grand".
    [GeneratedRegex(@"[$€£¥₹]|\b(?:eur|gbp|usd)\s?(?=\d)|\d[\d.,]*\s*(?:k|m|bn|b|million|billion|thousand|mn)?\s*(?:euros?|eur|pounds?(?:\s+sterling)?|gbp|dollars?|usd|quid|bucks)\b|\b\d[\d.,]*\s*grand\b|\b(?:" + NumberWord + @")(?:[\s-]+(?:" + NumberWord + @"|and))*\s+(?:thousand|million|billion|grand|mil)\b(?:\s+(?:euros?|pounds?(?:\s+sterling)?|dollars?|quid|bucks)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyMention();

    private const string NumberWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|half";

    /// <summary>An amount in words with its scale: "two hundred and fifty grand", "five and a half million", "eighteen million", "a million".</summary>
    [GeneratedRegex(@"(?<!\bof\s+)\b(?:" + NumberWord + @")(?:[\s-]+(?:" + NumberWord + @"|and))*\s+(?<s>thousand|million|billion|grand|mil|k)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountInWords();

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Whether "a" is one: the only number word ("a million") or one hundred ("a hundred thousand").</summary>
    private static bool LastOrBeforeHundred(string words, string a)
    {
        var parts = Regex.Split(words.Trim().ToLowerInvariant(), @"[\s-]+").Where(w => w.Length > 0).ToArray();
        var at = Array.IndexOf(parts, a);
        return at == parts.Length - 1 || (at + 1 < parts.Length && parts[at + 1] is "hundred");
    }

    /// <summary>The value of the words before the scale: "two hundred and fifty" 250, "five and a half" 5.5, "a" 1; null when they make no number.</summary>
    private static decimal? WordsValue(string words)
    {
        decimal total = 0;
        decimal current = 0;
        var any = false;
        foreach (var w in Regex.Split(words.ToLowerInvariant(), @"[\s-]+").Where(w => w.Length > 0))
        {
            if (w == "and")
            {
                continue;
            }

            if (w == "half")
            {
                current += current == 0 && !any ? 0.5m : 0m;
                total += any ? 0.5m : 0m;
                any = true;
                continue;
            }

            if (w == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
                continue;
            }

            if (Units.TryGetValue(w, out var unit))
            {
                // "a half" after a number is the half, not one more; "a thirty million a year business" is thirty.
                if (w == "a" && (any || !LastOrBeforeHundred(words, w)))
                {
                    continue;
                }

                current += unit;
                any = true;
            }
            else
            {
                return null;
            }
        }

        return any ? total + current : null;
    }

    private async Task<Money?> SpendFromDataAsync(TurnScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(today.AddDays(-GoalPlanner.HistoryDays), today), [MetricKey.Spend], cancellationToken);
        var spend = GoalPlanner.RunRate(MetricKey.Spend, PeriodKind.Year, history, today, out _);
        return spend.HasData ? new Money(Math.Round(spend.Latest, 0), scope.Currency) : null;
    }

    [GeneratedRegex(@"\b(revenue|rev|sales|turnover|turn(?:ing)?\s+over|bookings|arr|bring(?:ing)?\s+in|make|making|made|bill|billing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueWord();

    [GeneratedRegex(@"\b(spend|spent|spending|budget|invest|put|putting|pour|pouring|allocat|costs?\s+us|costing\s+us|runs?\s+us|running\s+us|burn|burning|(?:in)?to\s+marketing\b|on\s+marketing\b|ran\s+us|marketing(?:'s|’s|\s+is|\s+was|\s+ran|\s+runs|\s+costs?)(?=\s))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendWord();
}
