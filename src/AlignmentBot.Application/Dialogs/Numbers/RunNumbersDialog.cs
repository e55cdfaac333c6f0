using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Dialogs.Numbers;

/// <summary>"Is 150 SQLs a month realistic?" answered with the arithmetic; asks which target when the sentence named none.</summary>
public sealed class RunNumbersDialog(IMeasurementStore measurements) : WaterfallDialog<NumbersState>(DialogIds.RunNumbers, DialogJsonContext.Default.NumbersState)
{
    public override string Description => "running the numbers";

    public override int StateVersion => 1;

    protected override NumbersState Start(object? options) => new(options as string);

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<NumbersState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("answer", AnswerAsync),
        ("retry", RetryAsync),
    ];

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStep<NumbersState> step, CancellationToken ct)
    {
        if (await TryAnswerAsync(step, step.State.Text, ct))
        {
            return await step.EndAsync(null, ct);
        }

        return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Which target should I check? For example \"150 SQLs a month\" or \"$5M revenue next year\".", Expects: AnswerKind.Number), ct);
    }

    private async Task<DialogTurnResult> RetryAsync(WaterfallStep<NumbersState> step, CancellationToken ct)
    {
        if (step.Result is not string text || !await TryAnswerAsync(step, text, ct))
        {
            step.Send("I still couldn't find a target to check. Try \"is 150 SQLs a month realistic?\".");
        }

        return await step.EndAsync(null, ct);
    }

    private async Task<bool> TryAnswerAsync(WaterfallStep<NumbersState> step, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var scope = step.Turn.Get<TurnScope>();
        var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(step.Turn.Today.AddDays(-GoalPlanner.HistoryDays), step.Turn.Today), null, ct);
        var entities = step.Turn.Entities.Read(text, step.Turn.Today);

        // "wait, is 260 a month even realistic?" asked while defining an MQL goal is about MQLs.
        if (entities.Metric is null && step.Turn.Find<SideTripTopic>() is { } topic)
        {
            entities = entities with { Metric = topic.Metric, Metrics = [topic.Metric] };
        }

        var answer = NumbersAnswer.Build(entities, history, step.Turn.Today, scope.Currency, text);
        if (answer is null)
        {
            return false;
        }

        step.Send(answer);

        // "ok make that the goal" next is the card's first "Make it a goal" in words (RecentCorrections.FigureRun).
        if (answer.Card?.ActionList.FirstOrDefault(a => a.Verb == Verbs.GoalFromNumbers) is { Data: { } offered })
        {
            step.Context.Recent = Corrections.RecentCorrections.FigureRun(offered);
        }

        return true;
    }
}
