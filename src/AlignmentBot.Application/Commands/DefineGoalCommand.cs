using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// Starts the goal dialog from a sentence ("grow revenue 10% next year") or from the "Define a goal" button, for people who
/// may set a goal at all; the dialog checks the goal's own audience once its metric is known.
/// </summary>
public sealed class DefineGoalCommand(PermissionGate gate, IRoleRequestStore roleRequests) : IBotCommand, ISubmissionHandler
{
    public string Intent => "define_goal";

    /// <summary>
    /// On a "Make it a goal" submission made from typed words rather than a press (<see cref="Goals.GoalFromFigure"/>): the
    /// words, read for what else they say.
    /// </summary>
    public const string SaidWith = "said";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.StartGoal, Dialogs.Verbs.GoalFromNumbers];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        // Everything the opening message said, the last-said value of each winning ("MQLs, no wait, SQLs", "owner Priya, actually Marco").
        var said = GoalOpening.Read(understanding.Text, text => dc.Turn.Entities.Read(text, dc.Turn.Today), understanding.Entities);
        if (await MayDefineAsync(dc, said.Entities.Metric, cancellationToken))
        {
            // Quarters follow the workspace's fiscal year.
            var e = said.Entities;
            e = e with { Deadline = Workspaces.FiscalQuarters.Deadline(understanding.Text, e.Deadline, dc.Turn.Get<TurnScope>().Workspace, dc.Turn.Today) };
            await dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(understanding.Text, e, Owner: said.Owner), cancellationToken);
        }
    }

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        // "Make it a goal" on a revenue question's card carries the question: the goal is read from it like any sentence.
        if (submission.Verb == Dialogs.Verbs.GoalFromNumbers && submission.Value("asked") is { Length: > 0 } asked)
        {
            // "ok make that the goal, end of next year, mine": the deadline and owner said with the button's words are taken
            // too, over the question's, so they are not asked again.
            var (said, ownerSaid) = SaidAlong(dc, submission, dc.Turn.Entities.Read(asked, dc.Turn.Today));

            if (await MayDefineAsync(dc, said.Metric, cancellationToken))
            {
                await dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(asked, said, Owner: ownerSaid), cancellationToken);
            }

            return;
        }

        // "Make it a goal" on a numbers card carries the checked target along.
        var entities = submission.Verb == Dialogs.Verbs.GoalFromNumbers
            ? new Entities(Metric: submission.Value("metric"), Target: decimal.TryParse(submission.Value("target"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null, Period: submission.Value("period"),
                Deadline: DateOnly.TryParseExact(submission.Value("deadline"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var due) ? due : null)
            : Entities.None;
        // The button said in words ("ok make that the goal, end of June, mine"): the card's figure, period and metric stay what
        // the numbers were run for.
        (entities, var owner) = SaidAlong(dc, submission, entities);

        if (await MayDefineAsync(dc, entities.Metric, cancellationToken))
        {
            await dc.BeginDialogAsync(DialogIds.Goal, new GoalDialogOptions(submission.Verb == Dialogs.Verbs.GoalFromNumbers ? "from running the numbers" : string.Empty, entities, Owner: owner), cancellationToken);
        }
    }

    private async Task<bool> MayDefineAsync(DialogContext dc, string? metric, CancellationToken cancellationToken)
    {
        // Someone whose role is only claimed (a request waiting for an admin) may start drafting: drafting changes nothing,
        // and Confirm checks the permission and says who can confirm. Anyone else is told at once.
        var scope = dc.Turn.Get<TurnScope>();
        if (await RoleClaims.PendingAsync(roleRequests, scope, cancellationToken))
        {
            return true;
        }

        var likely = MetricCatalog.TryParse(metric, out var key) ? GoalDialog.AudienceFor(key) : (Domain.Goals.Audience?)null;
        var permission = GoalPermissions.DefineAny(scope.Actor, likely);
        if (permission.Allowed)
        {
            return true;
        }

        dc.Turn.Send(await gate.RefusalAsync(scope, permission, cancellationToken));
        return false;
    }

    /// <summary>
    /// The button said in words ("ok make that the goal, end of June, mine"): a deadline and an owner said with it are taken
    /// too (a deadline said now over the one <paramref name="entities"/> carries), so they are not asked again.
    /// </summary>
    private static (Entities Entities, string? Owner) SaidAlong(DialogContext dc, CardSubmission submission, Entities entities)
    {
        if (submission.Value(SaidWith) is not { Length: > 0 } words)
        {
            return (entities, null);
        }

        var said = GoalOpening.Read(words, text => dc.Turn.Entities.Read(text, dc.Turn.Today));
        var deadline = Workspaces.FiscalQuarters.Deadline(words, said.Entities.Deadline, dc.Turn.Get<TurnScope>().Workspace, dc.Turn.Today);
        return (entities with { Deadline = deadline ?? entities.Deadline }, said.Owner);
    }
}
