using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Application.Dialogs.Privacy;

/// <summary>"Forget me" / "forget @person": says what would go and what stays, and forgets only after a yes.</summary>
public sealed class ForgetDialog(ForgetService service, PrivacyGate gate) : WaterfallDialog<ForgetState>(DialogIds.Forget, DialogJsonContext.Default.ForgetState)
{
    public override string Description => "forgetting someone";

    public override int StateVersion => 1;

    protected override ForgetState Start(object? options) => options as ForgetState ?? throw new ArgumentException("Say whom to forget.", nameof(options));

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<ForgetState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("ask", (step, ct) => step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions(ForgetService.Question(step.State.Name, step.State.Self),
            [new PromptChoice(step.State.Self ? "Yes, forget me" : $"Yes, forget {step.State.Name}", "yes"), new PromptChoice("No, keep everything", "no")]), ct)),
        ("forget", async (step, ct) =>
        {
            var scope = step.Turn.Get<TurnScope>();
            if (step.Result is not true)
            {
                step.Send("OK, I've kept everything as it was.");
                return await step.EndAsync(null, ct);
            }

            // The yes may come long after the question: whoever forgets someone else must still be allowed to.
            if (!step.State.Self && !gate.MayForgetOthers(scope))
            {
                step.Send(PrivacyGate.ForgetRefusal);
                return await step.EndAsync(null, ct);
            }

            var report = await service.ForgetAsync(scope.Workspace.Id, step.State.UserId, step.State.Name, ct);
            step.Send(ForgetService.Summary(report, step.State.Name, step.State.Self));
            if (step.State.Self)
            {
                step.Turn.Set(new ConversationForgotten());
            }

            return await step.EndAsync(null, ct);
        }),
    ];
}
