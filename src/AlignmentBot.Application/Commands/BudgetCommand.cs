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

        var result = BudgetCheck.Assess(spend.Value, revenue.Value);
        // The amounts are repeated in the currency they were said in (or the data's), so "€" never turns into "$" silently.
        dc.Turn.Send($"{result.Explanation} ({spend.Value} spend against {revenue.Value} revenue, {(basis.Count == 0 ? "from what you said" : string.Join("; ", basis))}; {BudgetCheck.Source}.)");
    }

    /// <summary>
    /// Marketing spend and revenue both named, with two amounts: "we put €30k/month into marketing on €6m annual revenue",
    /// "marketing costs us 50k a month and revenue is 12 million a year". One amount of revenue alone is the reverse funnel's.
    /// </summary>
    public static bool SetsSpendAgainstRevenue(string text, Conversations.Understanding.Entities e)
        => SpendWord().IsMatch(text) && RevenueWord().IsMatch(text) && Marketing().IsMatch(text)
           && e.AmountList.Count + e.NumberList.Count(n => n.Value >= 1_000 && !e.AmountList.Any(a => a.Amount == n.Value)) >= 2;

    [GeneratedRegex(@"\b(?:marketing|mktg|mkting|ads?|advertising)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marketing();

    private static (Money? Spend, Money? Revenue) FromSentence(string text, Conversations.Understanding.Entities e, string currency)
    {
        // The currency the sentence names in words or signs ("90 grand a quarter in pounds sterling", "four hundred thousand
        // euros") before the model's: it gives slang like "grand" dollars when the currency is said further on.
        var code = CurrencyWords.Named(text) ?? (e.AmountList.Count > 0 ? e.AmountList[0].Currency ?? currency : currency);
        var amounts = e.AmountList.Select((a, i) => (a.Amount, Position: Position(text, i)))
            .Concat(e.NumberList.Where(n => n.Value >= 1_000).Select(n => (Amount: n.Value, Position: n.Span.Start)))
            .OrderBy(a => a.Position).ToArray();
        if (amounts.Length == 0)
        {
            return (null, null);
        }

        // "40k a month on marketing and revenue's around 9 mil a year": the band compares years, so an amount said per
        // month, quarter or week is annualised before it is paired.
        amounts = amounts.Select((a, i) => (a.Amount * PerYear(text, a.Position, i + 1 < amounts.Length ? amounts[i + 1].Position : text.Length), a.Position)).ToArray();

        // Each amount belongs to the nearest of "revenue"/"sales" or "spend"/"budget"/"into marketing", closest pair
        // first, so "$600k into marketing on roughly $9M total revenue" gives the revenue word to $9M (the nearer one)
        // even though $600k comes first. A label in the amount's own clause comes before any other: in "marketing budget
        // is around 300k, company turnover roughly 4.5m" the turnover word is nearer 300k than its own 4.5m, but 300k is
        // the budget's. An amount left over takes the kind still missing.
        Money? spend = null;
        Money? revenue = null;
        var revenueWords = RevenueWord().Matches(text).Select(m => m.Index).ToArray();
        var spendWords = SpendWord().Matches(text).Select(m => m.Index).ToArray();
        var clauseBreaks = ClauseBreak().Matches(text).Select(m => m.Index).ToArray();
        int Distance(int word, int amount) => Math.Abs(word - amount) + (Clause(clauseBreaks, word) == Clause(clauseBreaks, amount) ? 0 : text.Length);
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
            }
            else
            {
                spend = new Money(amounts[index].Amount, code);
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
            }
            else
            {
                revenue ??= new Money(amounts[i].Amount, code);
            }
        }

        // Unlabelled, or labelled only on one side: marketing spend is a share of revenue, so it is the smaller one.
        var labelledBoth = revenueWords.Length > 0 && spendWords.Length > 0;
        if (!labelledBoth && spend is { } s && revenue is { } r && s.Amount > r.Amount)
        {
            (spend, revenue) = (r, s);
        }

        return (spend, revenue);
    }

    /// <summary>
    /// How many of the period said right after an amount make a year: 12 for "40k a month" or "€30k/month", 4 for "a
    /// quarter", 52 for "a week", 1 when none is said (or "a year") before the next amount or the clause ends.
    /// </summary>
    internal static decimal PerYear(string text, int position, int next)
    {
        var end = Math.Min(next, Math.Min(text.Length, position + 40));
        var after = position < end ? text[position..end] : string.Empty;
        var clauseEnd = ClauseBreak().Match(after);
        if (clauseEnd.Success && clauseEnd.Index > 0)
        {
            after = after[..clauseEnd.Index];
        }

        return AmountPeriod().Match(after) is not { Success: true } m ? 1m
            : m.Groups["p"].Value.ToLowerInvariant() switch
            {
                var p when p.StartsWith("mo", StringComparison.Ordinal) || p.StartsWith("mth", StringComparison.Ordinal) => 12m,
                var p when p.StartsWith('q') => 4m,
                var p when p.StartsWith('w') => 52m,
                _ => 1m,
            };
    }

    [GeneratedRegex(@"(?:\b(?:a|an|per|each|every)\s+|/\s*)(?<p>month|mo|mth|quarter|qtr|week|wk|year|yr|annum)\b|\b(?<p>monthly|quarterly|weekly|yearly|annually)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPeriod();

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

    private const string NumberWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a";

    private async Task<Money?> SpendFromDataAsync(TurnScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(today.AddDays(-GoalPlanner.HistoryDays), today), [MetricKey.Spend], cancellationToken);
        var spend = GoalPlanner.RunRate(MetricKey.Spend, PeriodKind.Year, history, today, out _);
        return spend.HasData ? new Money(Math.Round(spend.Latest, 0), scope.Currency) : null;
    }

    [GeneratedRegex(@"\b(revenue|rev|sales|turnover|bookings|arr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueWord();

    [GeneratedRegex(@"\b(spend|spent|spending|budget|invest|put|putting|pour|pouring|allocat|costs?\s+us|costing\s+us|(?:in)?to\s+marketing\b|on\s+marketing\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendWord();
}
