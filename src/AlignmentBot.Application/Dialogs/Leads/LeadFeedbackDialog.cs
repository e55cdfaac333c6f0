using AlignmentBot.Application.Bot;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>"Reject lead 4512, no budget", "the lead from Acme was a bad fit": finds the lead, settles the decision and a normalised reason, records it.</summary>
public sealed class LeadFeedbackDialog(LeadFeedbackService service) : WaterfallDialog<LeadFeedbackDraft>(DialogIds.LeadFeedback, DialogJsonContext.Default.LeadFeedbackDraft)
{
    public static IReadOnlyList<PromptChoice> ReasonChoices { get; } = Enum.GetValues<RejectionReason>()
        .Select(r => new PromptChoice(char.ToUpperInvariant(RejectionReasons.Label(r)[0]) + RejectionReasons.Label(r)[1..], r.ToString(), [RejectionReasons.Label(r)])).ToArray();

    public override string Description => "the lead feedback we were recording";

    public override int StateVersion => 1;

    protected override LeadFeedbackDraft Start(object? options)
    {
        var (text, entities) = options is (string t, Entities e) ? (t, e) : (string.Empty, Entities.None);
        var reason = RejectionReasons.Normalize(text);
        return new LeadFeedbackDraft(text, entities.Reference, LeadParsing.Company(text), null, LeadParsing.Decision(text), reason == RejectionReason.Other ? null : reason.ToString());
    }

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<LeadFeedbackDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("find", FindAsync),
        ("find.take", TakeLeadAsync),
        ("decide", (step, ct) => step.State.Decision is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions($"Accept or reject lead {step.State.ExternalId}?", [new("Accept", "accept"), new("Reject", "reject")]), ct)),
        ("decide.take", (step, ct) =>
        {
            if (step.Result is string decision)
            {
                step.State = step.State with { Decision = decision };
            }

            return PromptFailed.Is(step.Result) ? GiveUpAsync(step, ct) : step.NextAsync(null, ct);
        }),
        ("reason", (step, ct) => step.State.Decision != "reject" || step.State.Reason is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions("Why was it rejected?", ReasonChoices), ct)),
        ("save", SaveAsync),
    ];

    private async Task<DialogTurnResult> FindAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var draft = step.State;
        var found = await service.FindAsync(scope, draft.Reference, draft.Company, step.Turn.Now, ct);
        switch (found.Count)
        {
            case 1:
                step.State = draft with { ExternalId = found[0].ExternalId, Company = found[0].Company };
                return await step.NextAsync(null, ct);
            case > 1:
                return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions($"Which {draft.Company} lead?",
                    found.Select(l => new PromptChoice($"{l.ExternalId}: {l.Contact ?? l.Company} ({Formatting.Date(DateOnly.FromDateTime(l.CreatedAt.UtcDateTime))})", l.ExternalId)).ToArray()), ct);
            default:
                if (draft.Reference is not null || draft.Company is not null)
                {
                    // Not imported yet: record it anyway, so the feedback is not lost.
                    step.State = draft with { ExternalId = draft.Reference ?? $"chat-{draft.Company!.ToLowerInvariant().Replace(' ', '-')}" };
                    step.Send($"I don't have lead {draft.Reference ?? draft.Company} from an import, so I'll record it as a new lead.");
                    return await step.NextAsync(null, ct);
                }

                var pending = await service.PendingAsync(scope, step.Turn.Now, ct);
                return pending.Count == 0
                    ? await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Which lead? Give its id (e.g. 4512) or the company."), ct)
                    : await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions("Which lead? These are waiting for a decision (or type an id or company):",
                        pending.Take(6).Select(l => new PromptChoice($"{l.ExternalId}: {l.Company ?? l.Contact}", l.ExternalId, l.Company is null ? null : [l.Company])).ToArray(), MaxAttempts: 2), ct);
        }
    }

    private async Task<DialogTurnResult> TakeLeadAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        if (step.State.ExternalId is not null)
        {
            return await step.NextAsync(null, ct);
        }

        if (step.Result is not string answer)
        {
            return await GiveUpAsync(step, ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        var reference = step.Turn.Entities.Read(answer, step.Turn.Today).Reference ?? (answer.Any(char.IsDigit) && !answer.Contains(' ', StringComparison.Ordinal) ? answer : null);
        var found = await service.FindAsync(scope, reference ?? answer, reference is null ? answer : null, step.Turn.Now, ct);
        step.State = step.State with { ExternalId = found.Count > 0 ? found[0].ExternalId : reference ?? answer, Company = found.Count > 0 ? found[0].Company : reference is null ? answer : null };
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return await GiveUpAsync(step, ct);
        }

        var draft = step.State;
        var reason = step.Result is string chosen && Enum.TryParse<RejectionReason>(chosen, out var r) ? r
            : Enum.TryParse<RejectionReason>(draft.Reason, out var parsed) ? parsed : (RejectionReason?)null;
        var scope = step.Turn.Get<TurnScope>();
        step.Send(await service.RecordAsync(scope, draft.ExternalId!, draft.Company, draft.Decision == "accept", reason, draft.Decision == "reject" ? draft.Text : null,
            step.Turn.Now, step.Turn.Today, ct));
        return await step.EndAsync(null, ct);
    }

    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStep<LeadFeedbackDraft> step, CancellationToken ct)
    {
        step.Send("Let's leave that lead for now; nothing was recorded.");
        return step.EndAsync(null, ct);
    }
}
