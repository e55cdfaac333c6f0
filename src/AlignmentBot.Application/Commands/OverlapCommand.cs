using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>"Do marketing and sales reach the same accounts?" from the imported account lists, against the published overlap benchmarks.</summary>
public sealed class OverlapCommand(IAccountListStore accountLists) : IBotCommand
{
    public const int MissedShown = 10;

    public string Intent => "overlap";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var (result, missing) = await AccountOverlap.ComputeAsync(accountLists, scope.Workspace, cancellationToken);
        // The overlap stays the topic for one turn: "which ones are we missing?" next is about its accounts (OverlapFollowUp).
        dc.Recent = Questions.OverlapFollowUp.Talked();
        if (result is null)
        {
            dc.Turn.Send(NoLists(missing));
            return;
        }

        var comparison = result.OverlapPercent is not { } percent
            ? "The target list is empty."
            : percent >= result.Benchmark.Percent
                ? $"That is at or above the {result.Benchmark.Label} of {Formatting.Percent(result.Benchmark.Percent)}."
                : $"That is below the {result.Benchmark.Label} of {Formatting.Percent(result.Benchmark.Percent)}: marketing is mostly talking to people sales isn't chasing.";
        // The industry's benchmark comes first; a region set for the workspace is named beside it ("we're an EMEA business").
        var regional = OverlapBenchmarks.For(Industry.Unknown, scope.Workspace.Region);
        if (scope.Workspace.Region != Region.Unknown && regional.Label != result.Benchmark.Label)
        {
            comparison += $" (The {regional.Label} is {Formatting.Percent(regional.Percent)}.)";
        }

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

    /// <summary>
    /// A question about the overlap's accounts right after it was shown: the target accounts marketing misses ("which ones?"),
    /// the accounts only on the speaker's side's list ("which ones are only on our list, not theirs?"), or how to import the
    /// lists. Read only; nothing changes.
    /// </summary>
    public async Task FollowUpAsync(DialogContext dc, Questions.OverlapFollowUpAsk ask, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var (result, missing) = await AccountOverlap.ComputeAsync(accountLists, scope.Workspace, cancellationToken);
        dc.Recent = Questions.OverlapFollowUp.Talked();
        if (ask == Questions.OverlapFollowUpAsk.Import)
        {
            dc.Turn.Send(result is null ? NoLists(missing) : ImportHow);
            return;
        }

        if (result is null)
        {
            dc.Turn.Send(NoLists(missing));
            return;
        }

        // "only on our list": marketing's own list is the accounts it reached that sales doesn't target; a seller's is the targets
        // marketing misses.
        if (ask == Questions.OverlapFollowUpAsk.Ours && scope.Actor.Function == Function.Marketing)
        {
            var only = await AccountOverlap.OnlyReachedAsync(accountLists, scope.Workspace, cancellationToken);
            dc.Turn.Send(only.Count == 0
                ? "Every account marketing reached is on sales' target list."
                : $"Accounts marketing reached that aren't on sales' target list: {only.Count} of {result.MarketingReached}. {Names(only)}");
            return;
        }

        dc.Turn.Send(result.MissedTargets.Count == 0
            ? $"Marketing reaches all of sales' {result.SalesTargets} target accounts."
            : $"Target accounts marketing misses: {result.MissedTargets.Count} of sales' {result.SalesTargets}. {Names(result.MissedTargets)}");
    }

    private const int NamesShown = 25;

    private const string ImportHow = "Import the account lists from a CSV export: " +
                                     "`dotnet run --project src/AlignmentBot.Host -- import accounts.csv --list sales_target` for sales' target accounts and `--list marketing_reached` for the accounts marketing reached. " +
                                     "Importing a list again replaces it.";

    private static string NoLists(string missing)
        => $"I need two account lists to answer that, and I don't have {missing} yet. Import them from a CSV export: " +
           "`dotnet run --project src/AlignmentBot.Host -- import accounts.csv --list sales_target` and `--list marketing_reached`. " +
           $"For reference, marketing and sales audiences overlap by {Formatting.Percent(OverlapBenchmarks.Average.Percent)} on average ({OverlapBenchmarks.Source}).";

    private static string Names(IReadOnlyList<string> accounts)
    {
        var shown = accounts.Take(NamesShown).ToArray();
        var more = accounts.Count - shown.Length;
        return (more > 0 ? $"The first {shown.Length}: " : string.Empty) + string.Join(", ", shown) + (more > 0 ? $", and {more} more." : ".");
    }
}
