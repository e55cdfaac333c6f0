using System.Text.Json;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Funnel;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// Vague ask → measurable goal. Fills metric, target, period, baseline, deadline and owner from the first
/// sentence and asks only for what is missing; runs the numbers (run-rate feasibility, or the reverse funnel that
/// translates a revenue goal into MQLs per quarter); saves only after the person confirms the summary. Who may set the
/// goal is checked as soon as its metric says whose goal it is (except for someone whose role request waits for an admin,
/// who may draft), and again when it is saved.
/// </summary>
public sealed class GoalDialog(IGoalStore goals, IMeasurementStore measurements, IWorkspaceStore workspaces, PersonResolver people, PermissionGate gate, IRoleRequestStore roleRequests, IAccountListStore accountLists, ILogger<GoalDialog> logger)
    : WaterfallDialog<GoalDraft>(DialogIds.Goal, DialogJsonContext.Default.GoalDraft), IRevisableDialog
{
    private const int MaxTargetAttempts = 3;

    public override string Description => "the goal we were defining";

    // 3: the challenge steps come before the owner, so a frame saved at an older step index cannot resume safely.
    public override int StateVersion => 3;

    /// <summary>The metric of the draft, for a side trip that leaves it unsaid.</summary>
    public override string? Topic(DialogContext dc)
        => dc.RootFrame is { } root && root.DialogId == Id ? root.State.Deserialize(StateType)?.Metric : null;

    /// <summary>
    /// How well a message answers the waiting question as this dialog reads it: an owner named in a sentence at the owner
    /// question ("Priya will own it"), or a correction of the draft (corrections count as answers).
    /// </summary>
    public override AnswerFit Fit(DialogContext dc, string text)
    {
        if (dc.RootFrame is not { } root || root.DialogId != Id || StepName(root.Step) is not { } at)
        {
            return AnswerFit.None;
        }

        if (at == "owner" && GoalWords.Owner(text) is not null)
        {
            return AnswerFit.Strong;
        }

        if (at == "confirm" && KeepsOnlyTheParent(root.State.Deserialize(StateType), text))
        {
            return AnswerFit.Strong;
        }

        return DraftCorrections.Fit(text, dc.Turn.Entities.Read(text, dc.Turn.Today), atCard: at == "confirm" && ReferenceEquals(dc.ActiveDialog, this));
    }

    protected override GoalDraft Start(object? options)
    {
        var o = options as GoalDialogOptions;
        if (o?.Draft is { } filled)
        {
            return filled;
        }

        var draft = new GoalDraft(o?.AskedAs ?? string.Empty, Guid.NewGuid(), Guid.NewGuid());
        if (o is null)
        {
            return draft;
        }

        var e = Inverted(o.AskedAs, o.Entities);
        var known = MetricCatalog.TryParse(e.Metric, out var metric);

        // "30 new customers a quarter", "25 new clients", "12 new logos": deals won, a number the entity reader has no word for.
        // "…they liked the pipeline story…, so let's make it official: thirty new logos every quarter": a money number named in
        // the story around the goal is not what is counted when new logos are counted and no amount of money is said.
        if ((!known || MetricCatalog.Get(metric).Unit == MetricUnit.Money && e.Money is null && e.Percent is null) && DealsWonWords.Counts(o.AskedAs))
        {
            (known, metric) = (true, MetricKey.DealsWon);
        }

        // "we need way more leads": with no number, "leads" may mean MQLs, SQLs or raw leads, so which one is asked.
        if (known && metric == MetricKey.Leads && e.Target is null && e.Money is null && e.Percent is null && GoalWords.SaysLeadsLoosely(o.AskedAs))
        {
            known = false;
        }

        return Fill(draft with
        {
            Metric = known ? MetricCatalog.NameOf(metric) : null,
            Deadline = e.Deadline,
            // "we should never do fewer than 200 MQLs a month": a floor keeps the number up, whatever "fewer" says on its own.
            Direction = GoalWords.SaysFloor(o.AskedAs) ? "increase" : e.Direction,
            Baseline = e.Baseline,
            BaselineSource = e.Baseline is null ? null : "as you said",
            // "…, Priya's running point on it", "… by end of Q2 — Priya": an owner named in passing as well as in a set phrase.
            OwnerSaid = o.Owner ?? GoalWords.Owner(o.AskedAs) ?? OwnerInPassing.Read(o.AskedAs),
            // "seventy euros": a currency said in words the money model leaves without one.
            Currency = e.Money?.Currency ?? (e.Money is not null || e.Target is not null ? CurrencyWords.Named(o.AskedAs) : null),
        }, e.Target, e.Money?.Amount, e.Percent, e.Period, e.Deadline);
    }

    /// <summary>"Reduce churn to 5%" is retention 95%: churn percentages are read as retention, higher is better.</summary>
    private static Conversations.Understanding.Entities Inverted(string text, Conversations.Understanding.Entities e)
        => e.Metric == MetricCatalog.NameOf(MetricKey.Retention) && GoalWords.MentionsChurn(text) && e.Percent is { } churn
            ? e with { Percent = 100 - churn, Baseline = e.Baseline is { } b ? 100 - b : null, Direction = "increase" }
            : e;

    /// <summary>
    /// A correction or a fuller answer at any step: reads target, deadline, owner, metric and period from the text, updates
    /// the draft and carries on from the first question still open (the summary again at the confirm card).
    /// </summary>
    public async Task<bool> ReviseAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (dc.RootFrame is not { } root || root.DialogId != Id || StepName(root.Step) is not { } at)
        {
            return false;
        }

        var draft = root.State.Deserialize(StateType);

        // Asked which number, an answer that names one in a sentence ("MQLs: 260 per month by the end of Q2, owner: me") is
        // read as an opening sentence would be, whether or not the choice list recognises the whole of it.
        // After a change of mind ("SQLs - no sorry, MQLs") the metric said last is the one meant.
        if (draft is { Metric: null } && at == "metric" && dc.Turn.Submission is null && Opening(text, dc.Turn).Entities.Metric is { } named
            && MetricCatalog.TryParse(named, out _) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1)
        {
            dc.PopToRoot();
            SetState(dc, Absorb(draft with { Metric = named }, text, dc.Turn, sameMetricOnly: true));
            await RunStepAsync(dc, "metric", cancellationToken);
            return true;
        }

        if (draft?.Metric is null || at is "metric" or "target" or "baseline" or "change.take" or "challenge.take" || at == "confirm" && dc.ActiveDialog != this)
        {
            return false;
        }

        // "just the revenue goal, Marco will set his own" answers the card; the name in it is not a new owner.
        if (at == "confirm" && KeepsOnlyTheParent(draft, text))
        {
            return false;
        }

        var today = dc.Turn.Today;
        var e = Inverted(text, dc.Turn.Entities.Read(text, today));
        var correcting = GoalWords.IsCorrection(text);
        var atCard = at == "confirm";
        var revised = draft;

        // Another metric ("sorry, I meant SQLs not MQLs"): the first one named that is not the current one.
        var otherMetric = e.MetricList.FirstOrDefault(m => m != draft.Metric && MetricCatalog.TryParse(m, out _));
        if (otherMetric is not null && (correcting || atCard))
        {
            revised = revised with { Metric = otherMetric, Direction = null, Numbers = null, SuggestedTarget = null, Child = null };
            revised = ClearDataBaseline(revised);
            if (!MetricCatalog.Get(Key(revised)).IsFlow)
            {
                revised = revised with { Period = null };
            }
        }

        // A new target: any number at the card, or a number said as a correction elsewhere ("oh and make it 250").
        var unit = MetricCatalog.Get(Key(revised)).Unit;
        // "make that two fifty": the short hundreds are one number, not the "two" before them.
        decimal? number = unit switch
        {
            MetricUnit.Money => e.Money?.Amount ?? GoalOpening.ShortHundreds(text) ?? e.Target,
            MetricUnit.Percent => e.Percent ?? e.Target,
            _ => GoalOpening.ShortHundreds(text) ?? e.Target,
        };
        if (number is { } n && (atCard || correcting) && at != "baseline")
        {
            revised = revised with { Target = n, GrowthPercent = null, Direction = e.Direction, Numbers = null, SuggestedTarget = null, TargetAttempts = 0 };
        }

        // "in euros, not dollars", "oh that's in euros btw": the currency of an amount corrected at the card, the amount kept.
        if (atCard && unit == MetricUnit.Money && CurrencyWords.Named(GoalCardCorrection.WithoutNegated(text)) is { } currency
            && currency != (revised.Currency ?? dc.Turn.Get<TurnScope>().Currency))
        {
            revised = revised with { Currency = currency };
        }

        // A rate period ("per quarter, not per month") for a count.
        if (e.Period is { } period && period != revised.Period && MetricCatalog.Get(Key(revised)).IsFlow && (atCard || correcting || at == "period"))
        {
            revised = ClearDataBaseline(revised with { Period = period });
        }

        if (e.Deadline is { } deadline && deadline > today && deadline != revised.Deadline)
        {
            revised = revised with { Deadline = deadline };

            // Asked whether "$3M" is a rate, a deadline said instead ("end of March, no sorry, end of April") makes it a total to
            // reach by then, as "2,000 leads by June" said at the start is.
            if (at == "period" && revised.Period is null && e.Period is null && revised.Target is not null && revised.GrowthPercent is null && MetricCatalog.Get(Key(revised)).IsFlow)
            {
                revised = revised with { Period = "total" };
            }
        }

        // An owner: named in a phrase ("owner: Priya"), or the whole answer to "who owns this goal?".
        var owner = GoalWords.Owner(text);
        if (owner is null && at == "owner")
        {
            // "Alex, no wait, me": the answer is what follows the change of mind.
            var first = PersonResolver.NameSaid(text);
            var match = await people.ResolveAsync(dc.Turn.Get<TurnScope>(), first, dc.Turn.Activity.Mentions, cancellationToken);
            owner = first.ToLowerInvariant() is "me" or "myself" or "i do" or "i will" or "i" or "i'll own it" ? GoalWords.Me
                : match.Kind != PersonMatchKind.NotFound || GoalWords.LooksLikeName(first) ? first : null;
        }

        // At the card, a new owner in one's own words ("eh let alex own it actually", "no, put Priya on it"), when the name is someone's.
        if (owner is null && atCard && GoalCardCorrection.OwnerSaid(text) is { } handedTo
            && (handedTo == GoalWords.Me || await people.ResolveAsync(dc.Turn.Get<TurnScope>(), handedTo, dc.Turn.Activity.Mentions, cancellationToken) is { Kind: PersonMatchKind.Found or PersonMatchKind.Ambiguous }))
        {
            owner = handedTo;
        }

        if (owner is not null)
        {
            revised = revised with { OwnerSaid = owner, OwnerName = null, OwnerId = null };
        }

        if (revised == draft)
        {
            return false;
        }

        dc.PopToRoot();
        SetState(dc, revised);
        var changed = Changes(draft, revised);
        if (changed.Length > 0 && (atCard || at != StepOf(changed)))
        {
            dc.Turn.Send($"Noted: {changed}.");
        }

        await RunStepAsync(dc, "metric", cancellationToken);
        return true;
    }

    private static string StepOf(string changes) => changes.Split(' ')[0];

    private static string Changes(GoalDraft before, GoalDraft after)
    {
        var parts = new List<string>();
        if (after.Metric != before.Metric)
        {
            parts.Add($"metric {MetricCatalog.Get(Key(after)).Label}");
        }

        if (after.Target != before.Target && after.Target is { } t)
        {
            parts.Add($"target {Formatting.Number(t)}");
        }

        if (after.Period != before.Period && after.Period is { } p)
        {
            parts.Add(p == "total" ? "period in total" : $"period per {p}");
        }

        if (after.Deadline != before.Deadline && after.Deadline is { } d)
        {
            parts.Add($"deadline {Formatting.Date(d)}");
        }

        if (after.OwnerSaid is { } o && o != before.OwnerSaid)
        {
            parts.Add(o == GoalWords.Me ? "owner you" : $"owner {o}");
        }

        return string.Join(", ", parts);
    }

    private static GoalDraft ClearDataBaseline(GoalDraft draft)
        => draft.BaselineSource == "as you said" ? draft : draft with { Baseline = null, BaselineSource = null };

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<GoalDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("metric", AskMetricAsync),
        ("metric.take", TakeMetricAsync),
        ("allowed", CheckAllowedAsync),
        ("target", AskTargetAsync),
        ("target.take", TakeTargetAsync),
        ("period", AskPeriodAsync),
        ("period.take", TakePeriodAsync),
        ("baseline", AskBaselineAsync),
        ("baseline.take", TakeBaselineAsync),
        ("deadline", AskDeadlineAsync),
        ("deadline.take", TakeDeadlineAsync),
        ("challenge", ChallengeAsync),
        ("challenge.take", TakeChallengeAsync),
        ("owner", AskOwnerAsync),
        ("owner.take", TakeOwnerAsync),
        ("owner.pick", PickOwnerAsync),
        ("numbers", RunNumbersAsync),
        ("confirm", ShowSummaryAsync),
        ("confirm.take", TakeConfirmationAsync),
        ("change.take", TakeChangeAsync),
    ];

    private static Task<DialogTurnResult> AskMetricAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var missing = (draft.Metric is null ? 1 : 0) + (draft.Target is null && draft.GrowthPercent is null ? 1 : 0) + (draft.Deadline is null ? 1 : 0);
        if (missing >= 2)
        {
            step.Send(GoalForm.Offer());
        }

        return draft.Metric is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions("Which number should this goal move?", MetricQuestions.MetricChoices), ct);
    }

    private static Task<DialogTurnResult> TakeMetricAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return GiveUpAsync(step, ct);
        }

        if (step.Result is string metric)
        {
            step.State = step.Turn.Submission is null ? Absorb(step.State with { Metric = metric }, step.Turn.Text, step.Turn, sameMetricOnly: true) : step.State with { Metric = metric };
            step.State = OpeningFigure(step.State, step.Turn);
        }

        return step.NextAsync(null, ct);
    }

    /// <summary>
    /// The figure the opening message already said, once the metric it was for is answered: "mwls 245 a month by end of june"
    /// then "MQLs" is 245 a month, "$1.1 million a quarter by end of next year" then "revenue" is $1.1M a quarter; nothing said
    /// is asked again. Taken only when its shape fits the metric's unit (an amount for money, a percentage for a rate, a
    /// count with its period for a count), so other numbers in the opening ("ran 3 hours", "we spend $20k") are never a target.
    /// </summary>
    private static GoalDraft OpeningFigure(GoalDraft draft, DialogTurn turn)
    {
        if (draft.Target is not null || draft.GrowthPercent is not null || string.IsNullOrWhiteSpace(draft.AskedAs) || !MetricCatalog.TryParse(draft.Metric, out var key))
        {
            return draft;
        }

        var e = Inverted(draft.AskedAs, Opening(draft.AskedAs, turn).Entities);
        var fits = MetricCatalog.Get(key).Unit switch
        {
            MetricUnit.Money => e.Money is not null && e.Percent is null,
            MetricUnit.Percent => e.Percent is not null && e.Money is null,
            MetricUnit.Count => e.Target is not null && e.Period is not null && e.Money is null && e.Percent is null,
            _ => false,
        };
        return fits ? Absorb(draft, draft.AskedAs, turn, sameMetricOnly: true) : draft;
    }

    /// <summary>
    /// An answer is read like an opening sentence: "MQLs, 245 a month by end of June, I'll own it" at the metric question
    /// fills the target, rate, deadline and owner too, so none of them is asked again. A metric named in the answer to
    /// the target question ("MQLs, 250 a month" after "we need more leads") is the metric meant. Only what is still
    /// missing is filled; changing what is known is a correction's job (<see cref="ReviseAsync"/>).
    /// </summary>
    private static GoalDraft Absorb(GoalDraft draft, string? text, DialogTurn turn, bool sameMetricOnly)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return draft;
        }

        var said = Opening(text, turn);
        var e = Inverted(text, said.Entities);
        // The metric said before the number ("MQLs, 250 a month"), not "250 leads a month" said loosely for MQLs.
        var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        var lead = firstDigit > 0 ? turn.Entities.Read(text[..firstDigit], turn.Today).Metric : null;
        if (!sameMetricOnly && lead is { } named && named != draft.Metric && MetricCatalog.TryParse(named, out var other))
        {
            draft = draft with { Metric = named, Period = MetricCatalog.Get(other).IsFlow ? draft.Period : null, Baseline = null, BaselineSource = null };
        }

        if (draft.Target is null && draft.GrowthPercent is null)
        {
            draft = Fill(draft, e.Target, e.Money?.Amount, e.Percent, e.Period, e.Deadline);
        }

        draft = draft with
        {
            Period = draft.Period ?? (MetricCatalog.TryParse(draft.Metric, out var m) && MetricCatalog.Get(m).IsFlow ? e.Period : null),
            Deadline = draft.Deadline ?? (e.Deadline is { } d && d > turn.Today ? d : null),
            Direction = draft.Direction ?? e.Direction,
            Currency = draft.Currency ?? e.Money?.Currency,
        };
        return draft.OwnerName is null && draft.OwnerSaid is null && said.Owner is { } owner ? draft with { OwnerSaid = owner } : draft;
    }

    /// <summary>An answer read as an opening sentence is (<see cref="GoalOpening"/>): the last-said value of each slot.</summary>
    private static GoalSaid Opening(string text, DialogTurn turn) => GoalOpening.Read(text, said => turn.Entities.Read(said, turn.Today));

    private async Task<DialogTurnResult> CheckAllowedAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        // Someone whose role is only claimed (a request waiting for an admin) may draft: drafting changes nothing, and the
        // permission is checked where the goal is saved, whose refusal says who can confirm it.
        var scope = step.Turn.Get<TurnScope>();
        if (await RoleClaims.PendingAsync(roleRequests, scope, ct))
        {
            return await step.NextAsync(null, ct);
        }

        var (action, resource) = GoalPermissions.Define(AudienceFor(Key(step.State)));
        if (!await gate.AllowsAsync(step.Turn, action, resource, ct))
        {
            return await step.EndAsync(null, ct);
        }

        return await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskTargetAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        if (draft.Target is not null || draft.GrowthPercent is not null)
        {
            return step.NextAsync(null, ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        return step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(MetricQuestions.TargetQuestion(Key(draft), scope.Currency), Expects: AnswerKind.Number), ct);
    }

    private async Task<DialogTurnResult> TakeTargetAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return await GiveUpAsync(step, ct);
        }

        if (step.Result is not string answer)
        {
            return await step.NextAsync(null, ct);
        }

        // "could we actually get to 110 SQLs a month by march?", "is 95 realistic?": asked at the target question, whether a
        // figure can be reached is a question, never the target. It is answered with the numbers and the target asked again.
        if (RealismQuestion.Is(answer) && RealismQuestion.Count(answer) is { } asked && MetricCatalog.Get(Key(step.State)).IsFlow)
        {
            var said = step.Turn.Entities.Read(answer, step.Turn.Today);
            var numbers = "I can't judge that figure without data for this number yet.";
            if (Periods.TryParse(said.Period ?? step.State.Period ?? "month", out var period)
                && GoalPlanner.Check(Key(step.State), asked, period, await HistoryAsync(step.Turn.Get<TurnScope>(), step.Turn.Today, ct), step.Turn.Today) is { Verdict: not Feasibility.Unknown } assessment)
            {
                numbers = assessment.Explanation;
            }

            return await step.RetryAsync(new OutgoingMessage(numbers + "\n\nSo what should the target be?"), "target", ct);
        }

        // "230, hmm no, 235 a month": the number after the change of mind is the answer.
        if (Conversations.Understanding.SelfCorrection.Tail(answer) is { Length: > 0 } meant
            && step.Turn.Entities.Read(meant, step.Turn.Today) is { } second && (second.Target ?? second.Money?.Amount ?? second.Percent) is not null)
        {
            answer = meant;
        }

        var e = step.Turn.Entities.Read(answer, step.Turn.Today);
        var filled = Absorb(step.State, answer, step.Turn, sameMetricOnly: false);
        if (filled.Target is null && filled.GrowthPercent is null)
        {
            var attempts = step.State.TargetAttempts + 1;
            step.State = step.State with { TargetAttempts = attempts };
            return attempts >= MaxTargetAttempts
                ? await GiveUpAsync(step, ct)
                : await step.RetryAsync($"I couldn't find a number in \"{answer}\".", "target", ct);
        }

        step.State = filled with { Direction = filled.Direction ?? e.Direction };
        return await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskPeriodAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var definition = MetricCatalog.Get(Key(draft));
        if (!definition.IsFlow || draft.Period is not null)
        {
            return step.NextAsync(null, ct);
        }

        // "Grow revenue 10%" is a yearly growth unless said otherwise.
        if (draft.GrowthPercent is not null)
        {
            step.State = draft with { Period = "year" };
            return step.NextAsync(null, ct);
        }

        var target = MetricFormat.Value(definition.Key, draft.Target!.Value, draft.Currency ?? step.Turn.Get<TurnScope>().Currency);
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions($"Is {target} a rate, or a total to reach by the deadline?", MetricQuestions.PeriodChoices), ct);
    }

    private static Task<DialogTurnResult> TakePeriodAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return GiveUpAsync(step, ct);
        }

        if (step.Result is string period)
        {
            step.State = step.State with { Period = period };
        }

        return step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> AskBaselineAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var scope = step.Turn.Get<TurnScope>();
        // Changing the baseline means the person wants to give it, not take the data's.
        if (draft.Baseline is null && !draft.BaselineSkipped && !draft.AskBaseline)
        {
            var history = await HistoryAsync(scope, step.Turn.Today, ct);
            var (value, source) = GoalPlanner.Baseline(Key(draft), draft.Period, history, step.Turn.Today);
            // The overlap is not measured week by week: it is computed from the imported account lists, and the goal starts
            // from the figure the overlap look-up shows.
            if (value is null && Key(draft) == MetricKey.Overlap && await Commands.AccountOverlap.TodayAsync(accountLists, scope.Workspace, ct) is { } overlap)
            {
                (value, source) = (overlap, "today's overlap of the account lists");
            }

            if (value is not null)
            {
                draft = draft with { Baseline = value, BaselineSource = source };
                step.State = draft;
            }
        }

        // A growth percentage needs a starting point; anything else can do without one. Where the data has none and the opening
        // sentence already said the whole goal (its way, "down to 45 days", "shave", "up to 60%", and its deadline), asking
        // would stall a draft that is complete; a goal still being built up ("we need more MQLs", then its target) is asked,
        // since today's figure is what the realism check and the pace run on.
        if (draft.Baseline is not null || draft.BaselineSkipped || (draft.Period == "total" && draft.GrowthPercent is null && !draft.AskBaseline)
            || (draft.Direction is not null && draft.Deadline is not null && draft.GrowthPercent is null && !draft.AskBaseline))
        {
            return await step.NextAsync(null, ct);
        }

        var metric = Key(draft);
        var prompt = MetricCatalog.Get(metric).Unit switch
        {
            MetricUnit.Money => MoneyPrompt.DefaultId,
            MetricUnit.Percent => PercentagePrompt.DefaultId,
            _ => NumberPrompt.DefaultId,
        };
        return await step.PromptAsync(prompt, new PromptOptions(MetricQuestions.BaselineQuestion(metric, draft.Period), Min: 0, Skippable: draft.GrowthPercent is null, Currency: scope.Currency), ct);
    }

    private static Task<DialogTurnResult> TakeBaselineAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        if (PromptFailed.Is(step.Result))
        {
            return GiveUpAsync(step, ct);
        }

        draft = step.Result switch
        {
            PromptSkipped => draft with { BaselineSkipped = true },
            decimal number => draft with { Baseline = number, BaselineSource = "as you said" },
            Conversations.Understanding.MoneyValue money => draft with { Baseline = money.Amount, BaselineSource = "as you said" },
            _ => draft,
        };

        // Now the target can be worked out from a growth percentage, and the direction settled.
        if (draft.GrowthPercent is { } growth && draft.Baseline is { } baseline)
        {
            var decrease = draft.Direction == "decrease";
            draft = draft with { Target = Math.Round(baseline * (1 + ((decrease ? -growth : growth) / 100m)), 2) };
        }

        // Direction comes from meaning: said ("cut", "grow"), else the way the metric gets better. "We need 200 MQLs a month"
        // below today's level is a floor to keep, not a goal to shrink.
        var better = MetricCatalog.Get(Key(draft)).BetterWhen == BetterWhen.Higher ? "increase" : "decrease";
        var directionSaid = draft.Direction is not null;
        if (draft.Direction is null)
        {
            draft = draft with { Direction = better };
        }

        // The mirror for a level: "CPL under $95" when it is $86 today is a ceiling to keep, not a rise to $95 (nor a
        // decrease that cannot start above where it is). Kept bounds point the way the metric gets better. A level said
        // with no way to move ("win rate should be 28%" at 28.7% today) that today already meets is a floor to keep too.
        var keep = Keeps(draft, better, directionSaid);
        draft = draft with { Keep = keep, Direction = keep ? better : draft.Direction };

        step.State = draft;
        return step.NextAsync(null, ct);
    }

    /// <summary>
    /// A level target said as a bound ("under", "at most", "at least", "keep"), or said the way the metric gets better, that
    /// today's level already keeps.
    /// </summary>
    private static bool Keeps(GoalDraft draft, string better, bool directionSaid)
    {
        var isRate = draft.Period is not null and not "total" && MetricCatalog.Get(Key(draft)).IsFlow;
        // "win rate up to 28%" when it is 28.7% today: the way said is the way it gets better, and today already got there,
        // so it is a floor to keep, not an increase that Confirm would refuse.
        var saidTheBetterWay = draft.Direction == better;
        if (isRate || draft.Baseline is not { } today || draft.Target is not { } target || draft.GrowthPercent is not null
            || directionSaid && !GoalWords.SaysBound(draft.AskedAs) && !saidTheBetterWay)
        {
            return false;
        }

        return better == "decrease" ? today <= target : today >= target;
    }

    private static Task<DialogTurnResult> AskDeadlineAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
        => step.State.Deadline is { } deadline && deadline > step.Turn.Today
            ? step.NextAsync(null, ct)
            : step.PromptAsync(DatePrompt.DefaultId, new PromptOptions("By when? For example \"end of Q2\" or \"30 June\".", MetricQuestions.DeadlineChoices(step.Turn.Today)), ct);

    private static Task<DialogTurnResult> TakeDeadlineAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return GiveUpAsync(step, ct);
        }

        if (step.Result is DateOnly deadline)
        {
            step.State = step.State with { Deadline = deadline };
        }

        return step.NextAsync(null, ct);
    }

    /// <summary>
    /// An unrealistic rate target is challenged as soon as it is known, before anything else is asked: the best period,
    /// the average and a realistic figure, with the choice to use it or keep the target.
    /// </summary>
    private async Task<DialogTurnResult> ChallengeAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        if (draft.Challenged || draft.Keep || await ChallengeOfAsync(step, draft, ct) is not { } challenge)
        {
            return await step.NextAsync(null, ct);
        }

        step.State = draft with { Challenged = true, SuggestedTarget = challenge.Suggested };
        SendChallenge(step, step.State, challenge.Explanation);
        return step.Wait();
    }

    /// <summary>
    /// Why the draft's target is unrealistic and the figure to suggest instead, or null when it is not challenged (not a
    /// flow, revenue, or within reach of the run-rate).
    /// </summary>
    private async Task<(string Explanation, decimal Suggested)?> ChallengeOfAsync(WaterfallStep<GoalDraft> step, GoalDraft draft, CancellationToken ct)
    {
        if (draft.Target is not { } target || !Periods.TryParse(draft.Period, out var period)
            || !MetricCatalog.Get(Key(draft)).IsFlow || Key(draft) == MetricKey.Revenue)
        {
            return null;
        }

        var scope = step.Turn.Get<TurnScope>();
        var assessment = GoalPlanner.Check(Key(draft), target, period, await HistoryAsync(scope, step.Turn.Today, ct), step.Turn.Today);
        return assessment is { Verdict: Feasibility.Unrealistic, SuggestedTarget: { } suggested } && suggested < target ? (assessment.Explanation, suggested) : null;
    }

    private static void SendChallenge(WaterfallStep<GoalDraft> step, GoalDraft draft, string explanation)
    {
        var target = draft.Target!.Value;
        var suggested = draft.SuggestedTarget!.Value;
        var unit = Periods.Noun(Periods.TryParse(draft.Period, out var period) ? period : PeriodKind.Month);
        var use = $"Use {Formatting.Number(suggested)} a {unit}";
        var keep = $"Keep {Formatting.Number(target)} a {unit}";
        step.Send(new OutgoingMessage($"{explanation}\n\n{use}, or keep {Formatting.Number(target)}?",
            new Card("Is the figure realistic?", [new TextBlock(explanation, TextStyle.Warning)],
                [new CardAction(use, Verbs.UseSuggestedTarget, null, ActionStyle.Primary), new CardAction(keep, Verbs.KeepTarget)], $"goal:{draft.GoalId:N}")));
    }

    /// <summary>After a side trip or "help": the realism choice or the confirm card again, as it was.</summary>
    protected override async Task ShowAgainAsync(WaterfallStep<GoalDraft> step, string stepName, CancellationToken cancellationToken)
    {
        switch (stepName)
        {
            case "challenge" when step.State.SuggestedTarget is not null && await ChallengeOfAsync(step, step.State, cancellationToken) is { } challenge:
                SendChallenge(step, step.State, challenge.Explanation);
                break;
            case "confirm":
                await ShowSummaryAsync(step, cancellationToken);
                break;
        }
    }

    private Task<DialogTurnResult> TakeChallengeAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        if (draft.SuggestedTarget is not { } suggested)
        {
            return step.NextAsync(null, ct);
        }

        var choice = step.Turn.Submission?.Verb ?? ChallengeAnswer(step.Turn.Text, suggested, draft.Target, step.Turn.Entities.Read(step.Turn.Text ?? string.Empty, step.Turn.Today).Target);
        step.State = choice switch
        {
            Verbs.UseSuggestedTarget => draft with { Target = suggested, SuggestedTarget = null, GrowthPercent = null },
            { } other when decimal.TryParse(other, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) => draft with { Target = n, SuggestedTarget = null, GrowthPercent = null },
            _ => draft with { SuggestedTarget = null },
        };
        return step.NextAsync(null, ct);
    }

    /// <summary>"go with the realistic number", "ok, use yours" → the suggestion; "keep 300", "stick with it" → keep; another number → that number.</summary>
    internal static string? ChallengeAnswer(string? text, decimal suggested, decimal? target, decimal? number)
    {
        var t = $" {(text ?? string.Empty).Trim().ToLowerInvariant()} ";
        if (number is { } n)
        {
            return n == suggested ? Verbs.UseSuggestedTarget : n == target ? Verbs.KeepTarget : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"\b(keep|stick|stay|as is|mine|my number|original|no\b|nope|don't|do not|not lower|ambitious)"))
        {
            return Verbs.KeepTarget;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(t, @"\b(use|realistic|suggest\w*|go with|yours|your number|safe|lower|ok|okay|yes|yep|sure|fine|agreed?|sounds good|fair|recommend\w*|that one)\b"))
        {
            return Verbs.UseSuggestedTarget;
        }

        return Verbs.KeepTarget;
    }

    private async Task<DialogTurnResult> AskOwnerAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var scope = step.Turn.Get<TurnScope>();
        if (draft.OwnerName is not null)
        {
            return await step.NextAsync(null, ct);
        }

        // An owner named in words ("Alex owns it", "owner: @Priya", "I own it") is matched to one person of the workspace.
        if (draft.OwnerSaid is { } said)
        {
            var match = await people.ResolveAsync(scope, said, step.Turn.Activity.Mentions, ct);
            switch (match.Kind)
            {
                case PersonMatchKind.Found:
                    step.State = draft with { OwnerName = match.Person!.DisplayName, OwnerId = match.Person.UserId, OwnerSaid = null };
                    return await step.NextAsync(null, ct);
                case PersonMatchKind.Ambiguous:
                    step.State = draft with { OwnerSaid = null };
                    return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.WhichQuestion(match), PersonResolver.Choices(match.CandidateList.Take(6).ToArray())), ct);
                default:
                    // "alx owns it": one slip from someone's name is asked about ("Did you mean Alex Kim?"), never taken unasked.
                    if (await people.NearlyNamedAsync(scope, said, ct) is { Count: > 0 } near)
                    {
                        step.State = draft with { OwnerSaid = null };
                        return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.DidYouMean(near, "as the owner of this goal"), PersonResolver.NearChoices(near.Take(6).ToArray())), ct);
                    }

                    // Nobody by that name: say so and ask, never save a name that is no one's.
                    step.Send(PersonResolver.NotFoundMessage(match));
                    step.State = draft = draft with { OwnerSaid = null };
                    break;
            }
        }

        // Nobody named: ask, with "Me" first, whoever defines it (a function lead may hand it to someone on the team).
        var everyone = await workspaces.ListPeopleAsync(scope.Workspace.Id, ct);
        var audience = AudienceFor(Key(draft));
        var wanted = audience == Audience.Sales ? Function.Sales : audience == Audience.Leadership ? Function.Leadership : Function.Marketing;
        var choices = new List<PromptChoice> { new($"Me ({scope.Person.DisplayName})", PersonResolver.IdPrefix + scope.Person.UserId, ["me", "myself", "i do", "i will"]) };
        choices.AddRange(everyone.Where(p => p.Function == wanted && p.UserId != scope.Person.UserId).OrderBy(p => p.Role).Take(4)
            .Select(p => new PromptChoice(PersonResolver.Label(p), PersonResolver.IdPrefix + p.UserId, [p.DisplayName])));
        return await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Who owns this goal? Pick someone, mention them, or type a name.", choices, Expects: AnswerKind.Person), ct);
    }

    private async Task<DialogTurnResult> TakeOwnerAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return await GiveUpAsync(step, ct);
        }

        if (step.State.OwnerName is not null || step.Result is not string answer)
        {
            return await step.NextAsync(null, ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        var match = await people.ResolveAsync(scope, answer, step.Turn.Activity.Mentions, ct);

        // "priya owns it", "it's Priya's", "alex will own that": the answer said as a sentence names the owner in it, as an
        // opening message would (the goal-owner-words readers); only when the whole answer is no one's.
        if (match.Kind is not (PersonMatchKind.Found or PersonMatchKind.Ambiguous) && step.Turn.Submission is null
            && (GoalWords.Owner(answer) ?? OwnerInPassing.Read(answer)) is { } named && !named.Equals(answer.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            var inSentence = await people.ResolveAsync(scope, named, step.Turn.Activity.Mentions, ct);
            match = inSentence.Kind is PersonMatchKind.Found or PersonMatchKind.Ambiguous ? inSentence : match;
        }

        switch (match.Kind)
        {
            case PersonMatchKind.Found:
                step.State = step.State with { OwnerName = match.Person!.DisplayName, OwnerId = match.Person.UserId };
                return await step.NextAsync(null, ct);
            case PersonMatchKind.Ambiguous:
                return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.WhichQuestion(match), PersonResolver.Choices(match.CandidateList.Take(6).ToArray())), ct);
            default:
                // "alx": one slip from someone's name is asked about ("Did you mean Alex Kim?"), never taken unasked.
                if (step.Turn.Submission is null && await people.NearlyNamedAsync(scope, PersonResolver.NameSaid(answer), ct) is { Count: > 0 } near)
                {
                    return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.DidYouMean(near, "as the owner of this goal"), PersonResolver.NearChoices(near.Take(6).ToArray())), ct);
                }

                // "I'm in sales now" is not a name: ask again rather than save a sentence as the owner.
                var attempts = step.State.OwnerAttempts + 1;
                step.State = step.State with { OwnerAttempts = attempts };
                var why = GoalWords.LooksLikeName(answer) || step.Turn.Submission is not null
                    ? PersonResolver.NotFoundMessage(match)
                    : $"I need a person's name (or \"me\"); \"{answer.Trim()}\" doesn't look like one.";
                return attempts >= MaxTargetAttempts ? await GiveUpAsync(step, ct) : await step.RetryAsync(why, "owner", ct);
        }
    }

    private async Task<DialogTurnResult> PickOwnerAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (step.State.OwnerName is not null)
        {
            return await step.NextAsync(null, ct);
        }

        if (step.Result is not string picked)
        {
            return await GiveUpAsync(step, ct);
        }

        var match = await people.ResolveAsync(step.Turn.Get<TurnScope>(), picked, step.Turn.Activity.Mentions, ct);
        if (match.Kind != PersonMatchKind.Found)
        {
            return await step.RetryAsync(PersonResolver.NotFoundMessage(match), "owner", ct);
        }

        step.State = step.State with { OwnerName = match.Person!.DisplayName, OwnerId = match.Person.UserId };
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> RunNumbersAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State with { Numbers = null, SuggestedTarget = null, Child = null };
        var scope = step.Turn.Get<TurnScope>();
        var metric = Key(draft);
        var history = await HistoryAsync(scope, step.Turn.Today, ct);
        if (metric == MetricKey.Revenue && draft.Target is { } revenue && draft.Period is "year" or "quarter" or "month" or "total")
        {
            var perYear = draft.Period switch
            {
                "quarter" => revenue * 4,
                "month" => revenue * 12,
                "total" => revenue * 365m / Math.Max(1, draft.Deadline!.Value.DayNumber - step.Turn.Today.DayNumber),
                _ => revenue,
            };
            var child = GoalPlanner.TranslateRevenue(perYear, history, step.Turn.Today, scope.Currency, out var problem);
            var marketingLead = (await workspaces.ListPeopleAsync(scope.Workspace.Id, ct)).Where(p => p.Role == Role.MarketingLead).ToArray();
            draft = child is null ? draft with { Numbers = problem } : draft with
            {
                Child = child,
                ChildOwnerId = marketingLead.Length == 1 ? marketingLead[0].UserId : null,
                ChildOwnerName = marketingLead.Length == 1 ? marketingLead[0].DisplayName : null,
            };
        }
        else if (MetricCatalog.Get(metric).IsFlow && draft.Target is { } target && Periods.TryParse(draft.Period, out var period))
        {
            var assessment = GoalPlanner.Check(metric, target, period, history, step.Turn.Today);
            if (assessment is { Verdict: not Feasibility.Unknown })
            {
                draft = draft with
                {
                    Numbers = assessment.Explanation,
                    SuggestedTarget = assessment.Verdict is Feasibility.Stretch or Feasibility.Unrealistic ? assessment.SuggestedTarget : null,
                };
            }
        }

        step.State = draft;
        return await step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> ShowSummaryAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var (goal, child) = Build(step.State, scope, step.Turn.Now, step.Turn.Today);
        step.Send(GoalCards.Summary(goal, step.State, child, scope.Currency));
        return Task.FromResult(step.Wait());
    }

    private async Task<DialogTurnResult> TakeConfirmationAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        var verb = step.Turn.Submission?.Verb ?? Words(step.Turn.Text) ?? (KeepsOnlyTheParent(draft, step.Turn.Text) ? Verbs.ConfirmGoalOnly : null);
        switch (verb)
        {
            case Verbs.ConfirmGoal:
                return await SaveAsync(step, withChild: true, ct);
            case Verbs.ConfirmGoalOnly:
                return await SaveAsync(step, withChild: false, ct);
            case Verbs.UseSuggestedTarget when draft.Child?.SuggestedTarget is { } mqls:
                step.State = draft with { Child = draft.Child with { Target = mqls, SuggestedTarget = null, Feasibility = draft.Child.Feasibility + $" Using {Formatting.Number(mqls)} MQLs a quarter." } };
                return await step.GoToAsync("confirm", ct);
            case Verbs.UseSuggestedTarget when draft.SuggestedTarget is { } suggested:
                step.State = draft with { Target = suggested, SuggestedTarget = null, Numbers = $"Using the realistic target of {Formatting.Number(suggested)}: it is within 10% of your recent average." };
                return await step.GoToAsync("confirm", ct);
            case Verbs.ChangeGoal:
                return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions("What should change?",
                [
                    new("Metric", "metric"), new("Target", "target"), new("Baseline", "baseline"), new("Deadline", "deadline"), new("Owner", "owner"),
                ]), ct);
            default:
                step.Send("Press **Confirm** to save the goal or **Change** to adjust it (or say cancel).");
                return await step.GoToAsync("confirm", ct);
        }
    }

    private static Task<DialogTurnResult> TakeChangeAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        if (step.Result is not string part)
        {
            return step.GoToAsync("confirm", ct);
        }

        var draft = step.State;
        step.State = part switch
        {
            "metric" => draft with { Metric = null, Target = null, GrowthPercent = null, Period = null, Baseline = null, BaselineSource = null, BaselineSkipped = false, Direction = null },
            "target" => draft with { Target = null, GrowthPercent = null, Period = null, TargetAttempts = 0 },
            "baseline" => draft with { Baseline = null, BaselineSource = null, BaselineSkipped = false, AskBaseline = true },
            "deadline" => draft with { Deadline = null },
            _ => draft with { OwnerName = null, OwnerId = null },
        };
        return step.GoToAsync(part, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStep<GoalDraft> step, bool withChild, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var (goal, child) = Build(withChild ? step.State : step.State with { Child = null }, scope, step.Turn.Now, step.Turn.Today);
        var problems = GoalRules.Validate(goal, step.Turn.Today).Concat(child is null ? [] : GoalRules.Validate(child, step.Turn.Today)).ToArray();
        if (problems.Length > 0)
        {
            step.Send("I can't save that yet: " + string.Join(" ", problems) + " Press **Change** to fix it.");
            return await step.GoToAsync("confirm", ct);
        }

        IReadOnlyList<Goal> saved = child is null ? [goal] : [goal, child];
        foreach (var each in saved)
        {
            var (action, resource) = GoalPermissions.Define(each.Audience);
            if (!await gate.AllowsAsync(step.Turn, action, resource, ct))
            {
                return await step.EndAsync(null, ct);
            }
        }

        await goals.SaveAsync(scope.Workspace.Id, saved, ct);
        logger.LogInformation("Goal {GoalId} saved in workspace {WorkspaceId} ({Count} goals)", goal.Id, scope.Workspace.Id, saved.Count);
        step.Turn.ReplaceCard = GoalCards.Saved(saved, scope.Currency);
        // "actually make it 260" or "make the owner Marco" straight after saving changes this goal (after a Confirm).
        step.Context.Recent = new RecentAction(Corrections.RecentCorrections.Goal, goal.Id.Value.ToString(), new Dictionary<string, string> { ["metric"] = MetricCatalog.NameOf(goal.Metric) });
        step.Send(GoalCards.SavedNote(saved, scope.Currency));
        return await step.EndAsync(goal, ct);
    }

    /// <summary>The goal (and translated child goal) the draft describes; validated only at save time.</summary>
    public static (Goal Goal, Goal? Child) Build(GoalDraft draft, TurnScope scope, DateTimeOffset now, DateOnly today)
    {
        var metric = Key(draft);
        var period = Periods.TryParse(draft.Period, out var p) ? p : (PeriodKind?)null;
        var audience = AudienceFor(metric);
        var direction = draft.Direction == "decrease" ? Direction.Decrease : Direction.Increase;
        // A bound already kept has no starting point to move from: saved without a baseline, it is judged against the bound.
        var goal = new Goal(new GoalId(draft.GoalId), scope.Workspace.Id, draft.AskedAs, metric, draft.Keep ? null : draft.Baseline, draft.Target ?? 0, direction, period,
            today, draft.Deadline ?? today.AddDays(90), Cadence.Weekly, draft.OwnerName ?? scope.Person.DisplayName, audience, GoalStatus.Active, now,
            scope.Person.UserId, draft.OwnerId, Currency: draft.Currency ?? scope.Currency);
        if (draft.Child is not { } c)
        {
            return (goal, null);
        }

        var owner = MarketingOwner(scope, goal, draft);
        var child = new Goal(new GoalId(draft.ChildGoalId), scope.Workspace.Id, $"translated from \"{draft.AskedAs}\"", MetricKey.Mql, c.Baseline, c.Target,
            Direction.Increase, PeriodKind.Quarter, today, goal.Deadline, Cadence.Weekly, owner.Name, Audience.Marketing, GoalStatus.Active,
            now, scope.Person.UserId, owner.Id, goal.Id, Currency: goal.Currency);
        return (goal, child);
    }

    /// <summary>Who owns the marketing goal translated from a company goal: the marketer defining it, the company goal's owner, or the marketing lead.</summary>
    private static PersonRef MarketingOwner(TurnScope scope, Goal parent, GoalDraft draft)
        => scope.Person.Function == Function.Marketing ? scope.Person.Ref
            : !parent.Owner.Is(scope.Person.UserId) ? parent.Owner
            : draft.ChildOwnerName is { } lead ? new PersonRef(draft.ChildOwnerId, lead) : PersonRef.Named("Marketing lead");

    /// <summary>
    /// Whose goal a metric makes it: leadership's company goals, sales' and marketing's own, and the shared ones. The
    /// metric decides, not who sets it, so a goal on marketing's numbers is always marketing's to agree to. The numbers
    /// at the hand-off (SQLs and the pipeline they create, acceptance rate, overlap) are both functions' work, so either
    /// lead may set them.
    /// </summary>
    public static Audience AudienceFor(MetricKey metric) => metric switch
    {
        MetricKey.Revenue or MetricKey.Retention or MetricKey.BudgetShare => Audience.Leadership,
        MetricKey.FollowUpTime or MetricKey.WinRate or MetricKey.SalesCycle or MetricKey.Sal or MetricKey.Opportunities or MetricKey.DealsWon => Audience.Sales,
        MetricKey.AcceptanceRate or MetricKey.Overlap or MetricKey.Sql or MetricKey.Pipeline => Audience.Shared,
        _ => Audience.Marketing,
    };

    /// <summary>Puts what a sentence says about the target into the draft: a count, an amount, a percentage level or growth.</summary>
    private static GoalDraft Fill(GoalDraft draft, decimal? number, decimal? amount, decimal? percent, string? period, DateOnly? deadline)
    {
        if (draft.Metric is null || !MetricCatalog.TryParse(draft.Metric, out var metric))
        {
            return draft with { Period = draft.Period ?? period, Deadline = draft.Deadline ?? deadline };
        }

        var unit = MetricCatalog.Get(metric).Unit;
        var isFlow = MetricCatalog.Get(metric).IsFlow;
        draft = unit switch
        {
            MetricUnit.Percent when percent is not null => draft with { Target = percent },
            MetricUnit.Money when amount is not null => draft with { Target = amount },
            _ when isFlow && percent is not null && number is null && amount is null => draft with { GrowthPercent = percent },
            _ when number is not null => draft with { Target = number },
            MetricUnit.Money when percent is not null => draft with { GrowthPercent = percent },
            _ => draft,
        };

        // "2,000 leads by June": a total to reach by then, unless a rate was said.
        var resolvedPeriod = draft.Period ?? period ?? (isFlow && draft.Target is not null && (draft.Deadline ?? deadline) is not null && draft.GrowthPercent is null ? "total" : null);
        return draft with { Period = isFlow ? resolvedPeriod : null, Deadline = draft.Deadline ?? deadline };
    }

    private static MetricKey Key(GoalDraft draft)
        => MetricCatalog.TryParse(draft.Metric, out var key) ? key : throw new InvalidOperationException("The goal draft has no metric yet.");

    /// <summary>Said at a card that offers a translated goal: save only the goal asked for.</summary>
    private static bool KeepsOnlyTheParent(GoalDraft? draft, string? text)
        => draft?.Child is not null && text is not null && GoalWords.KeepsOnlyTheParent(text);

    private static string? Words(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "confirm" or "yes" or "y" or "save" or "ok" or "okay" or "looks good" or "confirm both" or "yes please" => Verbs.ConfirmGoal,
        "change" or "edit" or "no" or "modify" => Verbs.ChangeGoal,
        { } t when t.StartsWith("use ", StringComparison.Ordinal) => Verbs.UseSuggestedTarget,
        _ => null,
    };

    private async Task<IReadOnlyList<Measurement>> HistoryAsync(TurnScope scope, DateOnly today, CancellationToken ct)
        => await measurements.ListAsync(scope.Workspace.Id, new DateRange(today.AddDays(-GoalPlanner.HistoryDays), today), null, ct);

    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStep<GoalDraft> step, CancellationToken ct)
    {
        step.Send("Let's leave this goal for now; nothing was saved. Start again any time with something like \"we need 200 MQLs a month\".");
        return step.EndAsync(null, ct);
    }
}
