using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Application.Commands;

/// <summary>"Do marketing and sales reach the same accounts?" from the imported account lists, against the published overlap benchmarks.</summary>
public sealed class OverlapCommand(IAccountListStore accountLists) : IBotCommand
{
    public const int MissedShown = 10;

    public string Intent => "overlap";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var lists = await accountLists.ListAsync(scope.Workspace.Id, cancellationToken);
        var reached = lists.Where(l => l.Kind == AccountListKind.MarketingReached).ToArray();
        var targets = lists.Where(l => l.Kind == AccountListKind.SalesTarget).ToArray();
        if (reached.Length == 0 || targets.Length == 0)
        {
            var missing = reached.Length == 0 && targets.Length == 0 ? "either account list" : reached.Length == 0 ? "the accounts marketing reached" : "sales' target accounts";
            dc.Turn.Send($"I need two account lists to answer that, and I don't have {missing} yet. Import them from a CSV export: " +
                         "`dotnet run --project src/AlignmentBot.Host -- import accounts.csv --list sales_target` and `--list marketing_reached`. " +
                         $"For reference, marketing and sales audiences overlap by {Formatting.Percent(OverlapBenchmarks.Average.Percent)} on average ({OverlapBenchmarks.Source}).");
            return;
        }

        var result = AudienceOverlap.Compute(reached.SelectMany(l => l.Accounts), targets.SelectMany(l => l.Accounts), scope.Workspace.Industry, scope.Workspace.Region);
        var comparison = result.OverlapPercent is not { } percent
            ? "The target list is empty."
            : percent >= result.Benchmark.Percent
                ? $"That is at or above the {result.Benchmark.Label} of {Formatting.Percent(result.Benchmark.Percent)}."
                : $"That is below the {result.Benchmark.Label} of {Formatting.Percent(result.Benchmark.Percent)}: marketing is mostly talking to people sales isn't chasing.";
        var multiple = result.AudienceMultiple is { } m
            ? $" Marketing's audience is {Formatting.Ratio(m)} sales' list; the guideline is about {Formatting.Ratio(OverlapBenchmarks.AudienceMultipleGuideline)}, because only about 5% of buyers are in market at any time."
            : string.Empty;
        var headline = $"Marketing reaches {result.Shared} of sales' {result.SalesTargets} target accounts: {Formatting.Percent(result.OverlapPercent ?? 0)} overlap. {comparison}{multiple}";
        var missed = result.MissedTargets.Take(MissedShown).ToArray();
        var text = headline + (missed.Length == 0 ? string.Empty : $"\nTarget accounts marketing misses ({result.MissedTargets.Count}), first {missed.Length}: {string.Join(", ", missed)}.") +
                   $"\nSource of the benchmarks: {OverlapBenchmarks.Source}.";
        var blocks = new List<CardBlock>
        {
            new TextBlock(headline, result.AboveBenchmark ? TextStyle.Good : TextStyle.Warning),
            new FactsBlock(
            [
                new Fact("Sales target accounts", result.SalesTargets.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("Accounts marketing reached", result.MarketingReached.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("Both", result.Shared.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("Benchmark", $"{Formatting.Percent(result.Benchmark.Percent)} ({result.Benchmark.Label})"),
            ]),
        };
        if (missed.Length > 0)
        {
            blocks.Add(new TextBlock($"Missed target accounts (first {missed.Length} of {result.MissedTargets.Count}): " + string.Join(", ", missed), TextStyle.Subtle));
        }

        blocks.Add(new TextBlock("Benchmarks: " + OverlapBenchmarks.Source, TextStyle.Subtle));
        dc.Turn.Send(new OutgoingMessage(text, new Card("Audience overlap", blocks, null, "overlap")));
    }
}
