using System.Text.Json;
using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A goal's lifecycle in chat: change its target, deadline or owner; close it as achieved, missed or dropped (with a reason, kept with the goal);
/// archive it. Finds the goal, shows the change, saves it only on Confirm, and offers Undo. A correction at the card
/// ("actually 255") updates the change first. Whoever may set a goal of that kind may change it: checked once the goal is
/// found and again when the change is saved. The new owner is one person of the workspace; Undo's card carries only a
/// reference, and what it restores stays on the server.
/// </summary>
public sealed partial class GoalEditDialog(IGoalStore goals, PersonResolver people, PermissionGate gate, ActionReferences references)
    : WaterfallDialog<GoalEditDraft>(DialogIds.GoalEdit, DialogJsonContext.Default.GoalEditDraft), IRevisableDialog
{
    /// <summary>The reference kind of a goal change's Undo button.</summary>
    public const string UndoKind = "goal.undo";

    public override string Description => "the goal change we were making";

    public override int StateVersion => 1;

    /// <summary>
    /// The metric of the goal being changed, for a side trip that leaves it unsaid ("wait, is 260 even realistic?" at the
    /// card raising the MQL goal is about MQLs): the one metric the change named, or null when it named none or several.
    /// </summary>
    public override string? Topic(DialogContext dc)
        => dc.RootFrame is { } root && root.DialogId == Id && root.State.Deserialize(StateType) is { Metrics: [var metric] } ? metric : null;

    /// <summary>How well a message answers the waiting question as a correction of the draft (corrections count as answers).</summary>
    public override AnswerFit Fit(DialogContext dc, string text)
        => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) is { } at
            ? DraftCorrections.Fit(text, dc.Turn.Entities.Read(text, dc.Turn.Today), atCard: at == "confirm" && ReferenceEquals(dc.ActiveDialog, this))
            : AnswerFit.None;

    protected override GoalEditDraft Start(object? options)
        => options as GoalEditDraft ?? throw new ArgumentException("The goal edit dialog needs a GoalEditDraft.", nameof(options));

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<GoalEditDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("find", FindAsync),
        ("owner", OwnerAsync),
        ("owner.take", TakeOwnerAsync),
        ("reason", (step, ct) => step.State.Status is "achieved" or "missed" or "dropped" && step.State.Reason is null
            ? step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("Why? A short reason for the record.", Skippable: true, Expects: AnswerKind.Reason), ct)
            : step.NextAsync(null, ct)),
        ("reason.take", (step, ct) =>
        {
            if (step.Result is string reason)
            {
                step.State = step.State with { Reason = reason };
            }

            return step.NextAsync(null, ct);
        }),
        ("confirm", ConfirmAsync),
        ("confirm.take", TakeConfirmationAsync),
    ];

    /// <summary>After a side trip or "help": the change's confirm card again.</summary>
    protected override async Task ShowAgainAsync(WaterfallStep<GoalEditDraft> step, string stepName, CancellationToken cancellationToken)
    {
        if (stepName == "confirm")
        {
            await ConfirmAsync(step, cancellationToken);
        }
    }

    public async Task<bool> ReviseAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (dc.RootFrame is not { } root || root.DialogId != Id || StepName(root.Step) != "confirm" || dc.ActiveDialog != this)
        {
            return false;
        }

        var draft = root.State.Deserialize(StateType)!;
        // "wait, 255 - and Priya's running it now", "no, Priya not Marco", "end of september not june, and 48 days": a new
        // target, deadline or owner, whatever the change first was; a close is corrected by cancelling it.
        if (draft.Kind == "status" || GoalCardCorrection.Read(text, t => dc.Turn.Entities.Read(t, dc.Turn.Today)) is not { } said)
        {
            return false;
        }

        var owner = said.Owner is { } name && await people.ResolveAsync(dc.Turn.Get<TurnScope>(), name, dc.Turn.Activity.Mentions, cancellationToken) is { Kind: PersonMatchKind.Found, Person: { } person }
            ? person : null;
        var revised = Revise(draft, said.Target, InYearReplaced(text, said.Deadline, draft.Deadline, dc.Turn.Today), owner?.DisplayName, owner?.UserId);
        if (revised == draft)
        {
            return false;
        }

        SetState(dc, revised);
        await RunStepAsync(dc, "confirm", cancellationToken);
        return true;
    }

    /// <summary>
    /// "sorry, june not march" at the card of "move the cpl deadline to end of march 2028": a month said without a year corrects
    /// the month of the day on the card, in that day's year (30 June 2028), not the next June to come.
    /// </summary>
    private static DateOnly? InYearReplaced(string text, DateOnly? said, DateOnly? onCard, DateOnly today)
    {
        // Only a card's day more than a year off has a year of its own that a month said alone stays in.
        if (said is not { } day || onCard is not { } card || day.Year >= card.Year || card <= today.AddYears(1) || YearSaid().IsMatch(text))
        {
            return said;
        }

        var monthEnd = day.Day == DateTime.DaysInMonth(day.Year, day.Month);
        var lastDay = DateTime.DaysInMonth(card.Year, day.Month);
        var moved = new DateOnly(card.Year, day.Month, monthEnd ? lastDay : Math.Min(day.Day, lastDay));
        return moved;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b20\d{2}\b|['’]\d{2}\b|\b(?:next|this|last)\s+year\b|\bq[1-4]\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearSaid();

    private async Task<DialogTurnResult> FindAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var open = (await goals.ListAsync(scope.Workspace.Id, ct)).Where(g => g.Status == GoalStatus.Active).ToArray();
        var draft = step.State;
        var byMetric = open.Where(g => draft.Metrics.Contains(MetricCatalog.NameOf(g.Metric))).ToArray();
        var byWords = draft.Named is { Length: > 2 } named ? open.Where(g => g.AskedAs.Contains(named, StringComparison.OrdinalIgnoreCase)).ToArray() : [];
        // A correction right after saving names no goal: it is about the one just saved.
        var known = draft.GoalId is { } id ? open.Where(g => g.Id.Value == id).ToArray() : [];
        // "cycle target to 45 days": words that name no metric the reader knows may still be the goal's own name ("Sales cycle").
        var byLabel = draft.Named is { Length: > 2 } label && byMetric.Length == 0 ? open.Where(g => g.Definition.Label.Contains(label, StringComparison.OrdinalIgnoreCase)).ToArray() : [];
        var found = known.Length > 0 ? known : byWords.Length > 0 ? byWords : byMetric.Length > 0 ? byMetric : byLabel;
        if (found.Length == 0)
        {
            step.Send($"I can't find an open goal matching \"{draft.Named ?? string.Join(", ", draft.Metrics)}\", so nothing changed. \"Is marketing working?\" lists the goals.");
            return await step.EndAsync(null, ct);
        }

        // Several goals on one metric: the top-level one (a translated child goal is changed through its parent).
        var goal = found.OrderBy(g => g.ParentId is null ? 0 : 1).First();
        var (action, resource) = GoalPermissions.Change(goal);
        if (!await gate.AllowsAsync(step.Turn, action, resource, ct))
        {
            return await step.EndAsync(null, ct);
        }

        // Quarters follow the workspace's fiscal year ("move it to end of Q3").
        // "push the deadline back a month": moved from the goal's own deadline.
        var deadline = Workspaces.FiscalQuarters.Deadline(draft.Text, draft.Deadline, scope.Workspace, step.Turn.Today)
            ?? (draft.ShiftMonths is { } months ? GoalEdits.Shifted(goal.Deadline, months) : null);
        // "bump it up by 20", "raise it by 10%", "knock $5 off": the target moved by the amount from the one the goal has.
        var target = draft.TargetBy is { } by ? Moved(goal, by, draft.TargetByPercent) : draft.Target;
        step.State = draft with { GoalId = goal.Id.Value, Deadline = deadline, Target = target };
        return await step.NextAsync(null, ct);
    }

    /// <summary>
    /// <paramref name="goal"/>'s target moved by <paramref name="by"/>: added as it is, or as a percentage of the target; for a
    /// goal that is itself a percentage ("raise acceptance by 3%") the percentage is points of it, as people say it. A count stays
    /// whole, money keeps cents.
    /// </summary>
    public static decimal Moved(Goal goal, decimal by, bool percent)
    {
        var moved = percent && goal.Definition.Unit != MetricUnit.Percent ? goal.Target * (1 + by / 100m) : goal.Target + by;
        return Math.Max(0, Math.Round(moved, goal.Definition.Unit == MetricUnit.Count ? 0 : 2, MidpointRounding.AwayFromZero));
    }

    private async Task<DialogTurnResult> OwnerAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        var draft = step.State;
        // An owner named with a new target ("… to 260, and Priya's running it from here") is resolved as one named alone.
        if (draft.Kind is not ("owner" or "target" or "change") || draft.OwnerName is not null || draft.OwnerSaid is not { } said)
        {
            return await step.NextAsync(null, ct);
        }

        var match = await people.ResolveAsync(step.Turn.Get<TurnScope>(), said, step.Turn.Activity.Mentions, ct);
        switch (match.Kind)
        {
            case PersonMatchKind.Found:
                step.State = draft with { OwnerName = match.Person!.DisplayName, OwnerId = match.Person.UserId };
                return await step.NextAsync(null, ct);
            case PersonMatchKind.Ambiguous:
                return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.WhichQuestion(match), PersonResolver.Choices(match.CandidateList.Take(6).ToArray())), ct);
            default:
                // An owner is a person of the workspace: a name that is no one's is said so, and nothing changes.
                step.Send(PersonResolver.NotFoundMessage(match) + " The goal is unchanged.");
                return await step.EndAsync(null, ct);
        }
    }

    private async Task<DialogTurnResult> TakeOwnerAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        if (step.State.OwnerName is not null || step.State.Kind is not ("owner" or "target" or "change") || step.State.OwnerSaid is null)
        {
            return await step.NextAsync(null, ct);
        }

        var match = step.Result is string picked ? await people.ResolveAsync(step.Turn.Get<TurnScope>(), picked, step.Turn.Activity.Mentions, ct) : null;
        if (match is not { Kind: PersonMatchKind.Found, Person: { } person })
        {
            step.Send("I couldn't tell who should own it, so the goal is unchanged. Say it again with their full name or mention them.");
            return await step.EndAsync(null, ct);
        }

        step.State = step.State with { OwnerName = person.DisplayName, OwnerId = person.UserId };
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        if (await LoadAsync(step, ct) is not { } goal)
        {
            return await step.EndAsync(null, ct);
        }

        var changed = Apply(goal, step.State);
        var problems = changed.Status == GoalStatus.Active ? GoalRules.Validate(changed, step.Turn.Today) : [];
        if (problems.Count > 0)
        {
            step.Send("I can't make that change: " + string.Join(" ", problems) + " Nothing changed.");
            return await step.EndAsync(null, ct);
        }

        var what = Describe(goal, changed, scope.Currency, step.State.Reason);
        var card = new Card("Change a goal: please confirm", [new TextBlock($"{goal.Definition.Label}: {what}")],
        [
            new CardAction("Confirm", Verbs.ConfirmGoalEdit, null, ActionStyle.Primary),
            new CardAction("Cancel", Verbs.CancelGoalEdit),
        ]);
        step.Send(new OutgoingMessage($"Change **{goal.Title(scope.Currency)}**: {what}? Confirm to save it, or cancel.", card));
        return step.Wait();
    }

    private async Task<DialogTurnResult> TakeConfirmationAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        var verb = step.Turn.Submission?.Verb ?? (step.Turn.Text?.Trim().ToLowerInvariant() switch
        {
            "confirm" or "yes" or "y" or "ok" or "okay" or "save" or "yes please" or "looks good" => Verbs.ConfirmGoalEdit,
            "no" or "cancel" => Verbs.CancelGoalEdit,
            _ => null,
        });
        if (verb == Verbs.CancelGoalEdit)
        {
            step.Turn.ReplaceCard = new OutgoingMessage("Cancelled: the goal is unchanged.");
            step.Send("OK, the goal is unchanged.");
            return await step.EndAsync(null, ct);
        }

        if (verb != Verbs.ConfirmGoalEdit)
        {
            step.Send("Press **Confirm** to save the change or **Cancel** to leave the goal as it is.");
            return await step.GoToAsync("confirm", ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        if (await LoadAsync(step, ct) is not { } goal)
        {
            return await step.EndAsync(null, ct);
        }

        var (action, resource) = GoalPermissions.Change(goal);
        if (!await gate.AllowsAsync(step.Turn, action, resource, ct))
        {
            return await step.EndAsync(null, ct);
        }

        var changed = Apply(goal, step.State);
        await goals.SaveAsync(scope.Workspace.Id, [changed], ct);
        var undo = await references.IssueAsync(scope, UndoKind, goal.Id.Value.ToString(), data: UndoData(goal), cancellationToken: ct);
        var saved = $"✓ Saved: {changed.Title(scope.Currency)}" + (changed.Status == GoalStatus.Active ? $" (owner: {changed.OwnerName})." : $", now {changed.Status.ToString().ToLowerInvariant()}.")
            + (step.State.Reason is { } reason ? $" Reason: {reason}." : string.Empty);
        step.Turn.ReplaceCard = new OutgoingMessage(saved);
        // The line holds what people typed (the owner's name, the reason): shown as written, never as markdown.
        step.Send(new OutgoingMessage(saved, new Card("Goal changed", [new TextBlock(saved, Literal: true)], [new CardAction("Undo", Verbs.UndoGoalEdit, ActionReferences.Data(undo))])));
        // "wait no, undo that" typed right after is the Undo button in words.
        step.Context.Recent = Corrections.RecentCorrections.GoalChanged(goal);
        return await step.EndAsync(null, ct);
    }

    /// <summary>What Undo puts back: "target|deadline|status|ownerId|owner name" (the name last, as it may hold anything).</summary>
    public static string UndoData(Goal goal)
        => string.Join('|', goal.Target.ToString(CultureInfo.InvariantCulture), goal.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), goal.Status, goal.OwnerId ?? string.Empty, goal.OwnerName);

    /// <summary><paramref name="goal"/> as <see cref="UndoData"/> recorded it, or null when the data is not what it wrote.</summary>
    public static Goal? Restore(Goal goal, string? data)
    {
        var parts = (data ?? string.Empty).Split('|', 5);
        if (parts.Length != 5
            || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var target)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
            || !Enum.TryParse<GoalStatus>(parts[2], out var status))
        {
            return null;
        }

        // A reopened goal has no close reason; one that stays closed keeps its own.
        return goal with
        {
            Target = target, Deadline = deadline, Status = status, OwnerId = parts[3].Length == 0 ? null : parts[3], OwnerName = parts[4],
            CloseReason = status is GoalStatus.Active or GoalStatus.Draft ? null : goal.CloseReason,
        };
    }

    private async Task<Goal?> LoadAsync(WaterfallStep<GoalEditDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var goal = step.State.GoalId is { } id ? await goals.GetAsync(scope.Workspace.Id, new GoalId(id), ct) : null;
        if (goal is null)
        {
            step.Send("That goal no longer exists, so nothing changed.");
        }

        return goal;
    }

    /// <summary>
    /// <paramref name="draft"/> with what a correction said: a part of the same kind replaces it; a part of another kind makes
    /// it a change of several parts ("change"), keeping only what the first change was about.
    /// </summary>
    public static GoalEditDraft Revise(GoalEditDraft draft, decimal? target, DateOnly? deadline, string? ownerName, string? ownerId)
    {
        if (target is null && deadline is null && ownerName is null)
        {
            return draft;
        }

        // What the first change set, and nothing it only carried along (an owner change applies no deadline).
        var kept = draft.Kind switch
        {
            "deadline" => draft with { Target = null, OwnerName = null, OwnerId = null },
            "owner" => draft with { Target = null, Deadline = null },
            _ => draft,
        };
        var revised = kept with
        {
            Target = target ?? kept.Target,
            Deadline = deadline ?? kept.Deadline,
            OwnerName = ownerName ?? kept.OwnerName,
            OwnerId = ownerName is null ? kept.OwnerId : ownerId,
        };
        var sameKind = draft.Kind switch
        {
            "target" => true,
            "deadline" => target is null && ownerName is null,
            "owner" => target is null && deadline is null,
            _ => false,
        };
        return sameKind ? revised : revised with { Kind = "change" };
    }

    private static Goal Apply(Goal goal, GoalEditDraft draft) => draft.Kind switch
    {
        // A deadline said with the new target ("to 250 by end of Q3") moves with it.
        "target" when draft.Target is { } t => (draft.OwnerName is { } name ? goal with { Target = t, OwnerName = name, OwnerId = draft.OwnerId } : goal with { Target = t }) with { Deadline = draft.Deadline ?? goal.Deadline },
        "deadline" when draft.Deadline is { } d => goal with { Deadline = d },
        "owner" when draft.OwnerName is { } name => goal with { OwnerName = name, OwnerId = draft.OwnerId },
        "status" when draft.Status is { } s => goal with { Status = GoalEdits.StatusOf(s), CloseReason = draft.Reason },
        // Several parts, corrected at the card: each one said.
        "change" => (draft.OwnerName is { } owner ? goal with { OwnerName = owner, OwnerId = draft.OwnerId } : goal) with { Target = draft.Target ?? goal.Target, Deadline = draft.Deadline ?? goal.Deadline },
        _ => goal,
    };

    private static string Describe(Goal before, Goal after, string currency, string? reason)
    {
        if (after.Status != before.Status)
        {
            return $"close it as {after.Status.ToString().ToLowerInvariant()}" + (reason is null ? string.Empty : $" ({reason})");
        }

        // Each part that changes, in one order: target, owner, deadline.
        var parts = new List<string>();
        if (after.Target != before.Target)
        {
            parts.Add($"target {MetricFormat.Value(before.Metric, before.Target, before.CurrencyOr(currency))} → {MetricFormat.Value(after.Metric, after.Target, after.CurrencyOr(currency))}" +
                      (after.Per is { } p && after.Definition.IsFlow ? $" per {Periods.Noun(p)}" : string.Empty));
        }

        if (after.OwnerName != before.OwnerName)
        {
            parts.Add($"owner {before.OwnerName} → {after.OwnerName}");
        }

        if (after.Deadline != before.Deadline)
        {
            parts.Add($"deadline {Formatting.Date(before.Deadline)} → {Formatting.Date(after.Deadline)}");
        }

        return parts.Count > 0 ? string.Join(", ", parts) : "no change";
    }
}
