using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Budget;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Budget;

/// <summary>
/// The budget check's one question: total company revenue for the year, which the 4–8% band is a share of (recorded revenue
/// is new business only). The answer is used at once; someone who may change the workspace settings has it saved there as
/// the total annual revenue, so the next check does not ask; for anyone else it is used for this answer only.
/// </summary>
public sealed class BudgetDialog(WorkspaceSettingsService settings) : WaterfallDialog<BudgetState>(DialogIds.Budget, DialogJsonContext.Default.BudgetState)
{
    public const string Question = "What is total company revenue for the year?";

    public override string Description => "the budget check";

    public override int StateVersion => 1;

    protected override BudgetState Start(object? options)
        => options as BudgetState ?? throw new ArgumentException("The budget check starts from the spend it has.", nameof(options));

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<BudgetState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("revenue", AskRevenueAsync),
        ("revenue.take", TakeRevenueAsync),
    ];

    private static Task<DialogTurnResult> AskRevenueAsync(WaterfallStep<BudgetState> step, CancellationToken ct)
    {
        var spend = new Money(step.State.Spend, step.State.Currency);
        var question = $"Marketing spend is about {spend} a year ({step.State.SpendBasis}). {Question} (I only track new business, and the 4–8% benchmark is a share of all revenue.)";
        return step.PromptAsync(MoneyPrompt.DefaultId, new PromptOptions(question, Min: 1, Currency: step.State.Currency), ct);
    }

    private async Task<DialogTurnResult> TakeRevenueAsync(WaterfallStep<BudgetState> step, CancellationToken ct)
    {
        if (step.Result is not MoneyValue revenue)
        {
            step.Send("Let's leave the budget check for now. Ask again with both figures, e.g. \"we spend $400k a year on marketing and revenue is $10M\".");
            return await step.EndAsync(null, ct);
        }

        var state = step.State;

        // "ok we spend 1.8m a year and revenue is 30m": both figures in the answer, the spend said instead of the data's.
        if (step.Turn.Text is { } text && Commands.BudgetCommand.BothSaid(text, step.Turn.Entities.Read(text, step.Turn.Today), state.Currency) is { } both)
        {
            Commands.BudgetCommand.Answer(step.Context, both.Spend, both.Revenue, both.SpendPer, both.RevenuePer, "from what you said");
            return await step.EndAsync(null, ct);
        }

        var result = BudgetCheck.Assess(new Money(state.Spend, state.Currency), new Money(revenue.Amount, revenue.Currency ?? state.Currency));
        step.Send($"{result.Explanation} ({result.Spend} spend against {result.Revenue} revenue: {state.SpendBasis}; total revenue as you said; {BudgetCheck.Source}.)");

        var scope = step.Turn.Get<TurnScope>();
        var said = new Money(revenue.Amount, revenue.Currency ?? state.Currency);
        step.Context.Recent = new RecentAction(Commands.BudgetCommand.RecentKind, "budget", new Dictionary<string, string>
        {
            ["spend"] = state.Spend.ToString(CultureInfo.InvariantCulture),
            ["revenue"] = said.Amount.ToString(CultureInfo.InvariantCulture),
            ["currency"] = said.Currency,
            ["spendPer"] = "year",
            ["revenuePer"] = "year",
        });
        if (scope.Workspace.AnnualRevenue is null && PermissionGate.Check(scope, PermissionAction.ManageWorkspace).Allowed)
        {
            var change = await settings.SetAsync(scope.Workspace, WorkspaceSettings.AnnualRevenue, said.Amount.ToString(CultureInfo.InvariantCulture), ct);
            step.Send(change.Changed is not null
                ? $"I've saved {said} as the workspace's total annual revenue, so the next budget check won't ask. Change it any time: \"our annual revenue is {said}\"."
                : $"I used {said} for this answer only: {change.Error}");
        }
        else
        {
            step.Send($"I used {said} for this answer only. An admin can save it in the workspace settings: \"our annual revenue is {said}\".");
        }

        return await step.EndAsync(null, ct);
    }
}
