using AlignmentBot.Application.Bot;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>Proposes a lead agreement, asking for the MQL commitment and the follow-up time if the sentence left them out.</summary>
public sealed class SlaDialog(SlaService service) : WaterfallDialog<SlaDraft>(DialogIds.Sla, DialogJsonContext.Default.SlaDraft)
{
    public override string Description => "the lead agreement we were drafting";

    public override int StateVersion => 1;

    /// <summary>
    /// At the follow-up question, hours as its reader takes them ("one business day", "could we do 12 hours?", "18") are
    /// the answer; any other number ("accept 1252") is not.
    /// </summary>
    public override AnswerFit Fit(DialogContext dc, string text)
        => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "hours"
           && HoursIn(dc.Turn, text) is not null
            ? AnswerFit.Strong
            : AnswerFit.None;

    /// <summary>The follow-up hours an answer gives: "24 hours", "one business day", "sixteen hours", or a bare "18".</summary>
    private static decimal? HoursIn(DialogTurn turn, string text)
        => FollowUpTime.Answer(text)
           ?? SlaParsing.Hours(text, turn.Entities.Read(text, turn.Today).NumberList)
           ?? (decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : null);

    /// <summary>From the sentence that proposed, or from terms already put together (a counter-proposal on top of the proposal it answers).</summary>
    protected override SlaDraft Start(object? options) => options switch
    {
        (string text, Entities e) => SlaParsing.Parse(text, e),
        SlaDraft draft => draft,
        _ => new SlaDraft(Guid.NewGuid()),
    };

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<SlaDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("leads", (step, ct) => step.State.Leads is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(NumberPrompt.DefaultId, new PromptOptions("How many MQLs a month should marketing commit to? For example 200.", Min: 1, Max: 1_000_000), ct)),
        ("leads.take", (step, ct) =>
        {
            if (step.Result is decimal leads)
            {
                step.State = step.State with { Leads = decimal.ToInt32(Math.Round(leads)), Period = step.State.Period ?? "month" };
            }

            return PromptFailed.Is(step.Result) ? GiveUpAsync(step, ct) : step.NextAsync(null, ct);
        }),
        ("hours", (step, ct) => step.State.FollowUpHours is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Within how many hours should sales follow up on each one? For example \"24 hours\" or \"one business day\".",
                [new("24 hours", "24 hours"), new("48 hours", "48 hours"), new("4 hours", "4 hours")]), ct)),
        ("hours.take", (step, ct) =>
        {
            if (step.Result is string answer)
            {
                var hours = HoursIn(step.Turn, answer);
                if (hours is null or <= 0)
                {
                    return step.RetryAsync($"I couldn't read a time in \"{answer}\".", "hours", ct);
                }

                step.State = step.State with { FollowUpHours = hours };
            }

            return PromptFailed.Is(step.Result) ? GiveUpAsync(step, ct) : step.NextAsync(null, ct);
        }),
        ("save", async (step, ct) =>
        {
            var scope = step.Turn.Get<TurnScope>();
            var proposed = step.State with { Period = step.State.Period ?? "month" };
            foreach (var reply in await service.ProposeAsync(scope, proposed, step.Turn.Now, ct))
            {
                step.Send(reply);
            }

            step.Context.Recent = Corrections.RecentCorrections.Remember(proposed);
            return await step.EndAsync(null, ct);
        }),
    ];

    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStep<SlaDraft> step, CancellationToken ct)
    {
        step.Send("Let's leave the agreement for now; nothing was proposed.");
        return step.EndAsync(null, ct);
    }
}
