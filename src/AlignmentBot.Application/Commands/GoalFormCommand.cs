using System.Globalization;
using System.Text.Json;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Goals;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "Use a form instead": the goal in one form, pre-filled from the dialog so far. On submit every field is checked
/// (errors go back next to the fields — inline in a Slack modal), then the goal dialog carries on from the filled draft with the
/// same steps as chat: the feasibility numbers, then the summary that saves only on Confirm. Which goal the form writes is decided by its reference on the server, not by anything the client sends.
/// </summary>
public sealed class GoalFormCommand(IMeasurementStore measurements, PersonResolver people, ActionReferences references, PermissionGate gate) : ISubmissionHandler
{
    public const string FormKind = "goal.form";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.OpenGoalForm, Dialogs.Verbs.SubmitGoalForm];

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (submission.Verb == Dialogs.Verbs.OpenGoalForm)
        {
            var draft = dc.RootFrame is { DialogId: DialogIds.Goal } frame
                ? frame.State.Deserialize(DialogJsonContext.Default.GoalDraft)!
                : new GoalDraft(string.Empty, Guid.NewGuid(), Guid.NewGuid());
            dc.CancelAll();
            var reference = await references.IssueAsync(scope, FormKind, draft.GoalId.ToString("D"), data: draft.AskedAs, cancellationToken: cancellationToken);
            dc.Turn.Send(GoalForm.Build(draft, scope.Currency, await people.KnownAsync(scope, cancellationToken), reference));
            return;
        }

        await SubmitAsync(dc, submission, scope, cancellationToken);
    }

    private async Task SubmitAsync(DialogContext dc, CardSubmission submission, TurnScope scope, CancellationToken ct)
    {
        if (await references.ResolveAsync(scope, submission, FormKind, ct) is not { } form)
        {
            dc.Turn.InputErrors = new Dictionary<string, string> { ["metric"] = ActionReferences.NotValid };
            dc.Turn.Send(ActionReferences.NotValid);
            return;
        }

        var errors = new Dictionary<string, string>();
        var metricOk = MetricCatalog.TryParse(submission.Value("metric"), out var metric);
        if (!metricOk)
        {
            errors["metric"] = "Pick the metric this goal moves.";
        }

        var target = Number(submission.Value("target"), "target", "The target", errors, required: true);
        var baseline = Number(submission.Value("baseline"), "baseline", "Where it is today", errors, required: false);
        DateOnly? deadline = null;
        if (!DateOnly.TryParseExact(submission.Value("deadline") ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            errors["deadline"] = "Pick a deadline.";
        }
        else if (d <= dc.Turn.Today)
        {
            errors["deadline"] = "The deadline must be in the future.";
        }
        else
        {
            deadline = d;
        }

        var id = Guid.Parse(form.TargetId);
        var owner = scope.Person.Ref;
        if (submission.Value("owner") is { } named)
        {
            var match = await people.ResolvePickedAsync(scope, named, ct);
            switch (match.Kind)
            {
                case PersonMatchKind.Found:
                    owner = match.Person!.Ref;
                    break;
                case PersonMatchKind.Ambiguous:
                    errors["owner"] = $"More than one person is called {named}: pick one.";
                    break;
                default:
                    errors["owner"] = PersonResolver.NotFoundMessage(match);
                    break;
            }
        }

        if (errors.Count == 0)
        {
            var period = MetricCatalog.Get(metric).IsFlow ? submission.Value("period") ?? "month" : null;
            var history = await measurements.ListAsync(scope.Workspace.Id, new DateRange(dc.Turn.Today.AddDays(-GoalPlanner.HistoryDays), dc.Turn.Today), null, ct);
            var source = (string?)"as you said";
            if (baseline is null)
            {
                (baseline, source) = GoalPlanner.Baseline(metric, period, history, dc.Turn.Today);
            }

            // A level's direction is read from where it is today; a rate's (and a level without data) from the way the metric
            // gets better, as in chat: 200 MQLs a month below today's average is a floor to keep, not a decrease.
            var better = MetricCatalog.Get(metric).BetterWhen == BetterWhen.Higher ? "increase" : "decrease";
            var direction = baseline is { } b && target != b && !MetricCatalog.Get(metric).IsFlow ? (target > b ? "increase" : "decrease") : better;
            var draft = new GoalDraft(form.Data is { Length: > 0 } asked ? asked : "defined in a form", id, Guid.NewGuid(), MetricCatalog.NameOf(metric), target, null, period, baseline, source,
                BaselineSkipped: baseline is null, Deadline: deadline, Direction: direction, OwnerName: owner.Name, OwnerId: owner.Id);
            var (goal, _) = GoalDialog.Build(draft, scope, dc.Turn.Now, dc.Turn.Today);
            var (action, resource) = GoalPermissions.Define(goal.Audience);
            var permission = PermissionGate.Check(scope, action, resource);
            if (!permission.Allowed)
            {
                var refusal = await gate.RefusalAsync(scope, permission, ct);
                dc.Turn.InputErrors = new Dictionary<string, string> { ["metric"] = refusal };
                dc.Turn.Send(refusal);
                return;
            }

            foreach (var problem in GoalRules.Validate(goal, dc.Turn.Today))
            {
                var field = problem.Contains("baseline", StringComparison.OrdinalIgnoreCase) && baseline is not null && source == "as you said" ? "baseline"
                    : problem.Contains("deadline", StringComparison.OrdinalIgnoreCase) ? "deadline"
                    : problem.Contains("owner", StringComparison.OrdinalIgnoreCase) ? "owner" : "target";
                errors[field] = errors.TryGetValue(field, out var existing) ? existing + " " + problem : problem;
            }

            if (errors.Count == 0)
            {
                // The form fills the draft; the rest is the chat's: the numbers, then the summary to confirm.
                dc.CancelAll();
                await dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(draft.AskedAs, Conversations.Understanding.Entities.None, draft), ct);
                return;
            }
        }

        dc.Turn.InputErrors = errors;
        dc.Turn.Send("The goal isn't saved yet: " + string.Join(" ", errors.Values));
    }

    private static decimal? Number(string? text, string field, string label, Dictionary<string, string> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = $"{label} is needed.";
            }

            return null;
        }

        if (decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).Trim().TrimStart('$', '€', '£').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        errors[field] = $"{label} must be a number, not \"{text}\".";
        return null;
    }
}
