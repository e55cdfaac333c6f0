using System.Text.RegularExpressions;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.State;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// The bot every channel talks to. One turn: identify the workspace and person, load their conversation state,
/// expire it if idle, handle interruptions (cancel, start over, help), continue the waiting dialog or dispatch the
/// intent, and save the state with a version check. A failing turn apologises, logs, and resets the dialog.
/// Every intent and button verb passes the permission gate here before it runs (<see cref="CommandPermissions"/>).
/// </summary>
public sealed partial class AlignmentTurnHandler(
    DialogSet dialogs,
    AlignmentLanguage language,
    IConversationStateStore stateStore,
    IWorkspaceStore workspaces,
    IConversationDirectory directory,
    PermissionGate gate,
    RoleService roles,
    IRoleRequestStore roleRequests,
    Privacy.WorkspaceDeletions deletions,
    IEnumerable<IBotCommand> commands,
    IEnumerable<ISubmissionHandler> submissionHandlers,
    IOptions<BotOptions> options,
    TimeProvider time,
    IServiceProvider services,
    Questions.QuestionAnswers answers,
    Corrections.RecentCorrections corrections,
    IStorageFaults storageFaults,
    Import.FileImports fileImports,
    Dialogs.Leads.LeadFeedbackService leadFeedback,
    ILogger<AlignmentTurnHandler> logger) : IBot
{
    private const int SaveAttempts = 3;

    private readonly ConversationStates _states = new(stateStore);
    // The last registration for an intent or verb wins, so a host or a test can replace one.
    private readonly Dictionary<string, IBotCommand> _commands = commands.GroupBy(c => c.Intent, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    private readonly Dictionary<string, ISubmissionHandler> _submissions = submissionHandlers.SelectMany(h => h.Verbs.Select(v => (Verb: v, Handler: h)))
        .GroupBy(x => x.Verb, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Handler, StringComparer.Ordinal);
    private readonly IPhraseCommand[] _phrases = commands.OfType<IPhraseCommand>().ToArray();
    private readonly StripedLocks _locks = new();

    // The model heard nothing a command acts on: no intent ("none") or one no command serves, and neither "cancel" nor "help".
    private bool NoCommandServes(string intent) => !_commands.ContainsKey(intent) && intent is not ("cancel" or "help");

    public async Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        var address = activity.Conversation;
        var stateKey = address.IsGroup ? $"{address.Key}/{activity.From.Id}" : address.Key;
        using var _ = await _locks.AcquireAsync(address.WorkspaceId + "|" + stateKey, cancellationToken);

        // Whatever this turn changes, this person did it, here: every store records it in the audit trail.
        using var author = AuditContext.Use(AuditActor.Person(activity.From.Id, activity.From.Name, address));
        var now = time.GetUtcNow();
        if (activity.Kind == ActivityKind.ConversationStarted)
        {
            await directory.RememberAsync(address, activity.From.Id, now, cancellationToken);
        }

        var (scope, remembered) = await ScopeAsync(activity, now, cancellationToken);

        // Whoever can talk to the bot has it installed: a deletion scheduled by an earlier uninstall is off.
        await deletions.SeenAsync(scope.Workspace.Id, activity.Timestamp, cancellationToken);

        for (var attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            var loaded = await _states.LoadAsync(address.WorkspaceId, stateKey, now, cancellationToken);
            if (attempt == 1 && loaded.Version == 0 && !address.IsGroup && activity.Kind != ActivityKind.ConversationStarted && !remembered)
            {
                // A direct message the bot was never added to (Slack DMs start with a message): note whose it is, once,
                // so "forget me" finds it. Not twice in one turn: the person's new personal conversation was noted already.
                await directory.RememberAsync(address, activity.From.Id, now, cancellationToken);
            }

            var turn = new DialogTurn(activity, now, WorkspaceClock.Today(time, scope.Person.TimeZone ?? scope.Workspace.TimeZone), language.Model, services);
            turn.Set(scope);
            var dc = new DialogContext(dialogs, loaded.State, turn);
            try
            {
                if (loaded.Reset)
                {
                    turn.Send("I was updated since we last spoke, so I started our conversation fresh. Nothing half-finished was saved.");
                }

                // A check-in's number question lapses like a dialog: after half an hour of silence it is dropped and the person told,
                // with whatever it had put aside; nothing is recorded.
                if (dc.Recent is { Kind: Corrections.RecentCorrections.CheckInAsk or Corrections.RecentCorrections.CheckInMetricAsk } && !dc.IsActive
                    && activity.Kind != ActivityKind.ConversationStarted && now - loaded.State.LastActivityAt > options.Value.IdleTimeout)
                {
                    dc.Recent = null;
                    await dc.DropAllAsync(cancellationToken, withAside: true);
                    turn.Send("It's been a while, so I dropped the check-in we started; nothing was recorded. Let's start from what you just said.");
                }

                var checkInAsked = dc.Recent is { Kind: Corrections.RecentCorrections.CheckInAsk or Corrections.RecentCorrections.CheckInMetricAsk } asking ? asking : null;
                if (checkInAsked is not null)
                {
                    turn.Set(new CheckInQuestionOpen());
                }

                await RunAsync(dc, loaded.State, cancellationToken);
                // The check-in's number question first: a dialog it put aside waits until it is answered or cancelled.
                await ResumeCheckInAsync(dc, checkInAsked, cancellationToken);
                await ResumeAsideAsync(dc, cancellationToken);
                dc.Recent ??= turn.Find<Permissions.PermissionGate.Refused>() is { } refused ? Corrections.RecentCorrections.AfterRefusal(refused.Reply) : null;
                // So an answer about one waiting lead keeps it the topic: "hooli's fine, we'll take it" next is its verdict (LeadInTalk).
                // First of the topics: the answer named that lead, whatever else the question's words hinted at.
                dc.Recent ??= dc.ActiveDialog is null && turn.Find<Dialogs.Leads.LeadInTalk.Told>() is { } told ? Dialogs.Leads.LeadInTalk.Talked(told.ExternalId) : null;
                // A message about the digest that left nothing else to remember keeps it the topic, so "ok then can we get one
                // fridays at noon" next asks for it (DigestAsk).
                dc.Recent ??= Digests.DigestAsk.Mentions(turn.Text) ? Digests.DigestAsk.Talked() : null;
                // So an answer about one number keeps it the topic: "and when's that one due again?" next is about its goal. The
                // answer knows what it was about, so it comes before a guess from the question's words ("what's our follow-up
                // time at these days?" names the agreement's term too, but was answered as a number).
                dc.Recent ??= dc.ActiveDialog is null && turn.Find<Questions.GoalFollowUp.Discussed>() is { } discussed ? Questions.GoalFollowUp.Talked(discussed.Metric, discussed.Goal) : null;
                // So a question about the agreement keeps it the topic: "and how many a month are they on the hook for?" next is its volume.
                dc.Recent ??= Dialogs.Sla.SlaLookup.Asks(turn.Text) || Dialogs.Sla.SlaKept.Asks(turn.Text) ? Dialogs.Sla.SlaLookup.Talked() : null;
                // So with one just proposed, countered or signed: "how many mqls are we supposed to get each month now?" is its volume.
                dc.Recent ??= dc.ActiveDialog is null && turn.Find<Dialogs.Sla.SlaLookup.Told>() is not null ? Dialogs.Sla.SlaLookup.Talked() : null;
            }
            catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !storageFaults.IsStorageFault(ex))
            {
                // A storage fault is not the dialog's fault: it goes to the runner, which keeps the turn to try again
                // once the database is back, instead of resetting a conversation that did nothing wrong.
                logger.LogError(ex, "Turn failed in conversation {ConversationKey}; resetting its dialog", address.Key);
                dc.CancelAll();
                dc.Aside = null;
                dc.PendingText = null;
                turn.ClearReplies();
                turn.ReplaceCard = null;
                turn.Send(TurnApology.AfterReset);
            }

            if (turn.Find<Privacy.ConversationForgotten>() is not null)
            {
                // The person asked to be forgotten: nothing of this conversation is kept, not even its empty state.
                await stateStore.DeleteAsync(address.WorkspaceId, stateKey, cancellationToken);
                return new TurnResult(turn.Replies, turn.ReplaceCard, turn.InputErrors);
            }

            if (await _states.TrySaveAsync(address.WorkspaceId, stateKey, dc.ToState(now), loaded.Version, now, cancellationToken))
            {
                return new TurnResult(turn.Replies, turn.ReplaceCard, turn.InputErrors);
            }

            // Another instance (or a racing message) wrote first: run the turn again on the newer state.
            logger.LogInformation("State of {ConversationKey} changed during the turn; retrying ({Attempt}/{Max})", address.Key, attempt, SaveAttempts);
        }

        return TurnResult.Reply("I couldn't keep up with several messages at once. Please say that again.");
    }

    private async Task RunAsync(DialogContext dc, ConversationState loaded, CancellationToken ct)
    {
        var turn = dc.Turn;
        var scope = turn.Get<TurnScope>();
        if (turn.Activity.Kind == ActivityKind.ConversationStarted)
        {
            await GreetAsync(dc, ct);
            return;
        }

        if (dc.IsActive && turn.Now - loaded.LastActivityAt > options.Value.IdleTimeout)
        {
            var what = dc.RootDialog?.Description ?? "what we were doing";
            await dc.DropAllAsync(ct, withAside: true);
            turn.Send($"It's been a while, so I dropped {what}; nothing was saved. Let's start from what you just said.");
        }

        var text = turn.Text?.Trim();

        // Guests and people from other organisations see and change nothing of the workspace's; help still answers.
        if (!scope.Actor.IsMember)
        {
            dc.CancelAll();
            dc.PendingText = null;
            if (turn.Submission?.Verb == Verbs.Help || (text is not null && (HelpCommand().IsMatch(text) || language.Model.WholeCue(text) == "help")))
            {
                turn.Send(HelpCards.Help());
            }

            turn.Send(PermissionGate.MembershipMessage(scope));
            return;
        }

        // A file shared with the bot is the request, whatever the words with it say: preview it for Confirm.
        if (turn.Activity.Files.Count > 0 && turn.Submission is null)
        {
            TurnIntent.Set("file_import");
            await fileImports.HandleAsync(dc, turn.Activity.Files, ct);
            return;
        }

        // First contact: ask the role once, then come back to what they said. Someone who asked already is not asked again.
        // A newcomer asking to be made an admin is asked the role first too; the ask is answered after it (who may grant it).
        // Who the admins are is answered first, then the role is asked.
        if (scope.Person.Role is null && !dc.IsActive && turn.Submission is null && (text is null || RoleCommands.Parse(text) is null or { Kind: RoleCommandKind.MakeAdmin, Who: "me" } or { Kind: RoleCommandKind.WhoAdmins } or { Kind: RoleCommandKind.ApproveRequest })
            && !await HasAskedForRoleAsync(scope, ct))
        {
            // "hi, Jordan here, I run sales", "I'm the new COO and I want to see if marketing is pulling its weight": the role
            // said unasked is the answer the role question would get (a request an admin approves); what the rest asks is done after.
            if (text is not null && Dialogs.Onboarding.OwnRole.SaidUnasked(text) is { } told)
            {
                TurnIntent.Set("onboarding");
                var (reply, requested) = await roles.RequestAsync(scope, told, ct);
                turn.Set(requested);
                turn.Send(reply);
                if (Dialogs.Onboarding.OwnRole.Asking(text, questionsToo: true) is { } asked)
                {
                    await DispatchAsync(dc, asked, ct);
                }

                return;
            }

            // "who approves roles around here?" as the very first message: who grants roles is what a newcomer needs before
            // choosing one, so it is answered now (it changes nothing), then the role is asked; it is not kept to be answered
            // a second time after the role.
            if (text is not null && RoleCommands.Parse(text) is { Kind: RoleCommandKind.WhoAdmins })
            {
                await DispatchAsync(dc, text, ct);
            }
            else if (!string.IsNullOrWhiteSpace(text) && !IsGreeting(text))
            {
                dc.PendingText = text;
            }

            TurnIntent.Set("onboarding");
            await dc.BeginDialogAsync(DialogIds.Onboarding, true, ct);
            return;
        }

        // "sorry, I meant sales - I'm an AE" from a newcomer whose role request waits: asked again for the role meant (asking
        // again replaces the earlier ask; an admin still decides); what the rest asks is done after.
        if (scope.Person.Role is null && !dc.IsActive && turn.Submission is null && text is not null
            && Dialogs.Onboarding.OwnRole.Corrected(text) is { } meant && await HasAskedForRoleAsync(scope, ct))
        {
            TurnIntent.Set("onboarding");
            var (reply, requested) = await roles.RequestAsync(scope, meant, ct);
            turn.Set(requested);
            turn.Send(reply);
            if (Dialogs.Onboarding.OwnRole.Asking(text, questionsToo: true) is { } asked)
            {
                await DispatchAsync(dc, asked, ct);
            }

            return;
        }

        // A card button with a handler of its own (a lead decision, the SLA, "use a form") works at any time; a
        // dialog that was waiting and is still there afterwards asks its question again.
        if (turn.Submission is { } pressed && _submissions.TryGetValue(pressed.Verb, out var handler))
        {
            TurnIntent.Set("card");
            if (CommandPermissions.ForVerb(pressed.Verb) is { } needed && !await gate.AllowsAsync(turn, needed, null, ct))
            {
                return;
            }

            var waiting = dc.IsActive ? dc.Active : null;
            await handler.HandleAsync(dc, pressed, ct);
            if (waiting is not null && dc.IsActive && ReferenceEquals(dc.Active, waiting))
            {
                await dc.RepromptAsync(ct);
            }

            return;
        }

        // A newcomer given a role by an admin while the first-contact role question waited ("casey is our new head of sales,
        // set her up"): the question is settled, so it is dropped and what they say now is read as usual.
        if (dc.IsActive && turn.Submission is null && scope.Person.Role is not null && dc.RootFrame is { DialogId: DialogIds.Onboarding } onboarding
            && onboarding.State.ValueKind == System.Text.Json.JsonValueKind.Object
            && (onboarding.State.TryGetProperty("FirstContact", out var first) || onboarding.State.TryGetProperty("firstContact", out first))
            && first.ValueKind == System.Text.Json.JsonValueKind.True)
        {
            dc.CancelAll();
            dc.PendingText = null;
        }

        if (dc.IsActive)
        {
            if (await InterruptAsync(dc, text, ct))
            {
                return;
            }

            // A correction ("actually 300", "owner is Priya") updates the draft at any step, the confirm card included.
            if (turn.Submission is null && !string.IsNullOrWhiteSpace(text) && dc.RootDialog is IRevisableDialog revisable && await revisable.ReviseAsync(dc, text, ct))
            {
                await PendingAsync(dc, ct);
                return;
            }

            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status != DialogStatus.Waiting)
            {
                await PendingAsync(dc, ct);
            }

            return;
        }

        if (turn.Submission is { } submission)
        {
            await UnhandledSubmissionAsync(dc, submission);
            return;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            await DispatchAsync(dc, text, ct);
        }
    }

    private async Task<bool> InterruptAsync(DialogContext dc, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var what = dc.RootDialog?.Description ?? "what we were doing";

        // Asked their role, the person went straight to what they came for: keep it, ask the one question, then do it.
        if (dc.RootDialog?.Id == DialogIds.Onboarding && dc.Turn.Submission is null && !Dialogs.Onboarding.OnboardingDialog.LooksLikeRoleAnswer(text))
        {
            // A question is answered first ("Let's look at the scorecard first; then your role."), never swallowed.
            if (Questions.QuestionAnswers.IsQuestion(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1 && !IsGreeting(text))
            {
                if (language.Understand(text, dc.Turn.Today).Is(Conversations.Understanding.Understanding.NoneIntent))
                {
                    dc.Turn.Send("I ask so I can tailor what I show you: leadership sees the scorecard first, marketing its goals and requests, sales its leads and the lead agreement.");
                    await dc.RepromptAsync(ct);
                    return true;
                }

                var saved = dc.Frames;
                dc.CancelAll();
                await DispatchAsync(dc, text, ct);
                if (!dc.IsActive)
                {
                    dc.Restore(saved);
                    dc.Turn.Send("Now, one question so I can tailor what I show you:");
                    await dc.RepromptAsync(ct);
                }

                return true;
            }

            if (!IsGreeting(text))
            {
                dc.PendingText ??= text;
                dc.Turn.Send("I'll get to that right after this one question.");
            }

            await dc.RepromptAsync(ct);
            return true;
        }

        // "Use a form instead", typed while the goal dialog asks: the same as pressing its button, pre-filled with the draft.
        if (dc.RootDialog?.Id == DialogIds.Goal && FormInstead().IsMatch(text) && _submissions.TryGetValue(Dialogs.Verbs.OpenGoalForm, out var form))
        {
            await form.HandleAsync(dc, new CardSubmission(Dialogs.Verbs.OpenGoalForm, new Dictionary<string, string>()), ct);
            return true;
        }

        if (StartOver().IsMatch(text))
        {
            var root = dc.RootDialog!;
            await dc.DropAllAsync(ct);
            dc.Turn.Send($"Starting {what} over.");
            await dc.BeginDialogAsync(root.Id, null, ct);
            return true;
        }

        // "oops, typed that in the wrong place, undo that" while a request's goal question waits: the request was logged when the
        // question was asked, so undo takes it back, as it would right after logging, and the question goes with it.
        if (dc.RootDialog is Dialogs.Requests.LogRequestDialog logging && logging.KeptTitle(dc) is { } kept && Corrections.RecentCorrections.IsUndo(text)
            && !Dialogs.Requests.LogRequestDialog.Corrects(dc, text))
        {
            await dc.DropAllAsync(ct);
            dc.PendingText = null;
            dc.Turn.Send($"OK, I've taken \"{kept}\" off the list; nothing is logged.");
            return true;
        }

        // Mid-dialog, only an explicit command interrupts: a short answer ("me", "Marco", "150") must reach the question
        // it answers, however the intent model would read it on its own.
        if (CancelCommand().IsMatch(text) || language.Model.WholeCue(text) == "cancel")
        {
            await dc.DropAllAsync(ct);
            dc.PendingText = null;
            dc.Turn.Send($"OK, I've dropped {what}. Nothing was saved.");
            return true;
        }

        // "Actually, forget that, we need 90 SQLs a month": drop it and do the new thing.
        if (CancelThen().Match(text) is { Success: true } instead)
        {
            await dc.DropAllAsync(ct);
            dc.PendingText = null;
            dc.Turn.Send($"OK, I've dropped {what}; nothing was saved.");
            await DispatchAsync(dc, instead.Groups["rest"].Value.Trim(), ct);
            return true;
        }

        if (HelpCommand().IsMatch(text) || language.Model.WholeCue(text) == "help" && text.Trim().Length > 3)
        {
            dc.Turn.Send($"We're in the middle of {what}. Answer the question below, or say \"cancel\" to stop or \"start over\" to begin again. Everything else I can do is under \"help\" once we're done.");
            await dc.RepromptAsync(ct);
            return true;
        }

        // An open question is an expectation, not a filter: a message that is plainly another request or a question
        // ("is marketing working?", "show the SLA", "reject DEMO-1252, wrong contact") is handled first, then we come back.
        // Something else done in so many words (a request handed over, a verdict, a digest, an admin made: SideCommand) is one too,
        // done through its own dialog and permission check; the draft that waits is not fed its words.
        var side = dc.Turn.Submission is null ? await SideCommandAsync(dc, text, ct) : SideCommand.None;
        if (dc.Turn.Submission is null && (await TakesVerdictBackAsync(dc, text, ct)
            || !await AnswersReasonWithOtherVerdictsAsync(dc, text, ct) && IsSideTrip(dc, text, side != SideCommand.None || await NamesWaitingLeadAsync(dc, text, ct))))
        {
            var saved = dc.Frames;
            var root = dc.RootDialog!;
            if (root.Topic(dc) is { } topic)
            {
                dc.Turn.Set(new SideTripTopic(topic));
            }

            dc.CancelAll();
            var recentBefore = dc.Recent;
            var before = dc.Turn.Replies.Count;
            // The agreement in force asked for unnamed while drafting one: named, so it is read as the agreement asked for.
            // A request handed over ("oh and log this too: Alex needs …") is read as the opening it would be on its own.
            var sideText = AsideOpeners.Strip(text);
            await DispatchAsync(dc, root is Dialogs.Sla.SlaDialog && Dialogs.Sla.SlaLookup.AsksCurrentWhileDrafting(text) ? "show me the current SLA"
                : side == SideCommand.Request && SideCommand.RequestText(sideText) is { } request ? request : sideText, ct);
            // A check-in asked for without its number asks its own question too ("How many MQLs for the week of 16 Nov?"): the
            // dialog waits until it is answered or cancelled, so the number is never read as this dialog's answer.
            if (dc.IsActive || dc.Recent is { Kind: Corrections.RecentCorrections.CheckInAsk or Corrections.RecentCorrections.CheckInMetricAsk } && !ReferenceEquals(dc.Recent, recentBefore))
            {
                // The side trip asks questions of its own: what was in progress waits, whole, and comes back after it. Said
                // first, so the side trip's question stays the last thing said, the one the next message answers.
                dc.Aside = saved;
                dc.Turn.SendBefore(before, $"(I've put aside {what}; we'll come back to it when this is done.)");
                return true;
            }

            dc.Restore(saved);
            dc.Turn.Send($"Now, back to {root.Description}:");
            await dc.RepromptAsync(ct);
            return true;
        }

        return false;
    }

    /// <summary>
    /// What else a message typed at an open question asks done (<see cref="SideCommand"/>), where it cannot be the dialog's
    /// own business: a request handed over at a request's "who asked?" or "which goal?" (not while its title is asked), a
    /// verdict outside the lead dialog (which reads verdicts itself), a digest or an admin anywhere but onboarding.
    /// </summary>
    private async Task<string> SideCommandAsync(DialogContext dc, string text, CancellationToken ct)
    {
        if (dc.RootDialog is not { } root || root.Id == DialogIds.Onboarding)
        {
            return SideCommand.None;
        }

        var pending = await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct);
        return SideCommand.Read(text, pending.Select(l => l.Company).OfType<string>()) switch
        {
            (SideCommand.Request, _) when root is Dialogs.Requests.LogRequestDialog requests && !requests.AsksRequesterOrGoal(dc) => SideCommand.None,
            // At "which aperture lead?", "hold on - initech retail, accept that one" names another company's lead: its own verdict.
            (SideCommand.Verdict, { } other) when root is Dialogs.Leads.LeadFeedbackDialog asking && asking.AsksWhichLead(dc)
                && StateText(dc, "Company") is { Length: > 2 } company && !other.Any(char.IsDigit)
                && !other.Contains(company.Split(' ')[0], StringComparison.OrdinalIgnoreCase) => SideCommand.Verdict,
            (SideCommand.Verdict, _) when root.Id == DialogIds.LeadFeedback => SideCommand.None,
            // A number is a lead's only when a waiting lead has it ("accept 1286"), never a draft's figure or a year.
            (SideCommand.Verdict, { } lead) when lead.All(c => char.IsDigit(c))
                && !pending.Any(l => l.ExternalId.EndsWith("-" + lead, StringComparison.OrdinalIgnoreCase) || l.ExternalId.Equals(lead, StringComparison.OrdinalIgnoreCase)) => SideCommand.None,
            // A check-in said whole is done on the side at a request's, a goal's or a lead's question; at the new goal's own metric
            // its figures may be the draft's (what it stands at now), and the budget and numbers dialogs ask for such figures.
            (SideCommand.CheckIn, { } metric) when root.Id is not (DialogIds.LogRequest or DialogIds.Goal or DialogIds.GoalEdit or DialogIds.LeadFeedback)
                || root.Id == DialogIds.Goal && MetricCatalog.TryParse(root.Topic(dc), out var drafted) && MetricCatalog.TryParse(metric, out var said) && drafted == said => SideCommand.None,
            var (kind, _) => kind,
        };
    }

    /// <summary>
    /// "nvm, undo pls" right after a verdict given on the side, "can you undo the rejection on 1155?": taking a verdict back is
    /// never the answer to the open question (which lead, why, a figure); it is done on the side, and the question comes back.
    /// </summary>
    private async Task<bool> TakesVerdictBackAsync(DialogContext dc, string text, CancellationToken ct)
    {
        if (Questions.QuestionAnswers.IsQuestion(text) && !Dialogs.Leads.VerdictUndo.Shaped(text))
        {
            return false;
        }

        var justDecided = dc.Recent is { Kind: Corrections.RecentCorrections.Lead } || dc.Recent is { Kind: Corrections.RecentCorrections.Review } review && review.Value("lead") is not null;
        if (justDecided && Corrections.RecentCorrections.IsUndo(text))
        {
            return true;
        }

        return Dialogs.Leads.VerdictUndo.Shaped(text)
            && Dialogs.Leads.VerdictUndo.Read(text, await leadFeedback.CompaniesAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)) is not null;
    }

    /// <summary>
    /// Whether a message sent while a question is open is better read as a new request or question than as an answer:
    /// the waiting question says how well it answers (<see cref="Dialog.Fit"/>), the message is read as an opening
    /// sentence, and <see cref="SideTripRule"/> weighs the two.
    /// </summary>
    private bool IsSideTrip(DialogContext dc, string text, bool verdictOnNamedLead)
    {
        if (dc.RootDialog is not { } root || root.Id == DialogIds.Onboarding)
        {
            return false;
        }

        // "hang on, pull up what we have right now" while a new agreement is drafted: the one in force, looked at on the side.
        if (root is Dialogs.Sla.SlaDialog && Dialogs.Sla.SlaLookup.AsksCurrentWhileDrafting(text))
        {
            return true;
        }

        // Where only a person ("who asked for it?") or only a reason ("why was it rejected?") answers, what asks, looks or
        // hands over something else is a side trip, whatever name, day or figure it holds (WhoAskedAside, ReasonAside).
        if ((root is Dialogs.Requests.LogRequestDialog requests && requests.AsksRequester(dc) && Dialogs.Requests.WhoAskedAside.Asks(text))
            || (root is Dialogs.Leads.LeadFeedbackDialog leads && leads.AsksReason(dc) && Dialogs.Leads.ReasonAside.Asks(text))
            // "is the initech one still open btw?" at "which aperture lead?": a question about a lead's standing, not the pick.
            || (root is Dialogs.Leads.LeadFeedbackDialog asking && asking.AsksWhichLead(dc) && Dialogs.Leads.LeadHistory.Question(text) is not null && Questions.QuestionAnswers.IsQuestion(text)))
        {
            return true;
        }

        // How well it answers is read from all of it; what it is otherwise, without the words that announce a side trip.
        var fit = FitOf(dc, text);
        // "hang on, remind me what our MQL target is again" is read as the question it asks.
        var said = Questions.RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text));
        var understanding = language.Understand(said, dc.Turn.Today);
        // "wait what's the revenue target again" at the MQL goal's deadline question: a look-up of its own, not the draft's metric.
        // "quick q first, do we and sales actually hit the same accounts?", "hang on, pull up the current SLA for me": a look-up
        // on the side about the business, not the draft (AsideQuestion), is one too.
        var lookup = Questions.MetricLookup.Read(said, understanding.Entities.Metric) is not null || AsideQuestion.Asks(text, understanding.Entities.Metric);
        var otherRequest = lookup || IsOtherRequest(said, understanding);
        // "oh and MQLs this week are 49" at "which goal?": "oh and" may open a correction of the draft, but what follows is a
        // check-in of its own; only the question itself, or words that say a change ("make it 49"), hold it as an answer.
        if (otherRequest && fit == AnswerFit.Strong && (dc.ActiveDialog?.Fit(dc, text) ?? AnswerFit.None) != AnswerFit.Strong && !Dialogs.Goals.GoalWords.SaysChange(text))
        {
            fit = AnswerFit.Weak;
        }

        // "fyi I'm ooo dec 3-4" at the deadline question: the days of the speaker's own absence are never the draft's date,
        // however well a date prompt reads them.
        if (fit == AnswerFit.Strong && Reminders.ReminderRequest.Parse(said) is { Kind: Reminders.ReminderRequestKind.OutOfOffice })
        {
            fit = AnswerFit.Weak;
        }

        var reading = new MessageReading(
            Fit: fit,
            Words: text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
            OwnIntent: OwnIntent(root.Id),
            // "skip" where the question may be skipped answers it (skipped), whatever the digest's "skip" cue says.
            Cue: fit == AnswerFit.Strong && SkipAlone().IsMatch(said) ? null : language.Model.WholeCue(said),
            Intent: understanding.Intent,
            Score: understanding.Score,
            IsQuestion: Questions.QuestionAnswers.IsQuestion(said),
            OtherRecord: verdictOnNamedLead || IsVerdictOnAnotherLead(dc, said, understanding) || AsksToLogAnother(root, said) || ChecksInAnotherNumber(dc, root, said, understanding),
            OtherRequest: otherRequest,
            Answerable: lookup || understanding.Entities.Metric is not null || Questions.QuestionAnswers.AsksCurrent(said, understanding) || Questions.QuestionAnswers.AboutAGoal(said, understanding) || Questions.QuestionAnswers.Topic(said, understanding) is not null,
            AboutTheDraft: (Dialogs.Goals.GoalWords.SaysChange(text) && !Dialogs.DraftCorrections.AsksReachable(text)) || (root is IRevisableDialog && fit != AnswerFit.None && !AsksAboutSomethingElse(dc, root, said, understanding)),
            Errand: Errand.IsAsked(said));
        return SideTripRule.IsSideTrip(reading);
    }

    /// <summary>
    /// "hold on, what's our retention right now?" at a revenue goal's card, "btw how's cost per lead doing?" at a retention
    /// goal's: a question about where a number stands, who owns one, or another number than the draft's asks about the
    /// business, not to change the draft (which "can we make it 300?" or "should it be SQLs instead?" would).
    /// </summary>
    private static bool AsksAboutSomethingElse(DialogContext dc, Dialog root, string said, Conversations.Understanding.Understanding understanding)
    {
        if (!Questions.QuestionAnswers.IsQuestion(said))
        {
            return false;
        }

        // "quick q first, do we and sales actually hit the same accounts?": the overlap look-up, never the draft's metric.
        if (Questions.QuestionAnswers.AsksCurrent(said, understanding) || Questions.QuestionAnswers.AsksOwner(said) || Questions.OverlapQuestion.Asks(said))
        {
            return true;
        }

        return MetricCatalog.TryParse(understanding.Entities.Metric, out var asked) && MetricCatalog.TryParse(root.Topic(dc), out var drafted) && asked != drafted;
    }

    /// <summary>How well the message answers the waiting question: the prompt's reading, or the dialog's own (its draft's corrections).</summary>
    private static AnswerFit FitOf(DialogContext dc, string text)
    {
        var fit = dc.ActiveDialog?.Fit(dc, text) ?? AnswerFit.None;
        if (dc.RootDialog is { } root && !ReferenceEquals(root, dc.ActiveDialog))
        {
            var own = root.Fit(dc, text);
            fit = own > fit ? own : fit;
        }

        return fit;
    }

    /// <summary>The intent that starts the dialog, so a message of that intent is read as about it.</summary>
    private static string? OwnIntent(string dialogId) => dialogId switch
    {
        DialogIds.Goal or DialogIds.GoalEdit => "define_goal",
        DialogIds.LeadFeedback => "lead_feedback",
        DialogIds.LogRequest => "log_request",
        DialogIds.Sla => "sla",
        DialogIds.RunNumbers => "run_numbers",
        DialogIds.Budget => "budget",
        _ => null,
    };

    /// <summary>A sentence of a longer message that is a verdict on a lead's number ("1087 looks legit, accept it."), or null.</summary>
    private static string? VerdictSentence(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim());
        return sentences.Length < 2 ? null : sentences.Select(s => s.Trim()).FirstOrDefault(Dialogs.Leads.LeadParsing.IsVerdictOnBareId);
    }

    [GeneratedRegex(@"(?<=[.!;])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// "accept DEMO-1252 first" while another lead's reason is asked, or any verdict while something else is: what it
    /// says (a reason too) belongs to that lead, not to the question that waits.
    /// </summary>
    private static bool IsVerdictOnAnotherLead(DialogContext dc, string text, Conversations.Understanding.Understanding understanding)
        => Dialogs.Leads.LeadVerdicts.Said(text) is not null
           && (understanding.Entities.Reference ?? Dialogs.Leads.LeadParsing.BareId(text)) is { } lead
           && (understanding.Is("lead_feedback") || Dialogs.Leads.LeadParsing.IsVerdictOnBareId(text))
           && !IsLeadInHand(dc, lead);

    /// <summary>
    /// "oh wait, accept the Initech one first, they signed the NDA" while a goal's owner is asked: a verdict on a waiting lead
    /// named by its company, outside the lead dialog (where a company answers "which lead?"). The verdict reader of
    /// <see cref="DispatchAsync"/> then records it.
    /// </summary>
    private async Task<bool> NamesWaitingLeadAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var said = AsideOpeners.Strip(text);
        // Inside the lead dialog once its lead is found ("why was 1237 rejected?"): a verdict on another waiting lead ("oh and
        // the Hooli Robotics one is good, accept it") is that lead's, not this one's reason.
        if (dc.RootDialog?.Id == DialogIds.LeadFeedback)
        {
            var waiting = await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct);
            // "they're a dupe of 1296, reject" names the other lead as the reason, not to judge it.
            return LeadInHand(dc) is { } inHand
                   && !Dialogs.Leads.LeadVerdicts.NamesTheOriginal(said)
                   && Dialogs.Leads.LeadVerdicts.Read(said, waiting.Select(l => l.Company).OfType<string>()) is { Lead: var named }
                   && waiting.Any(l => !l.ExternalId.Equals(inHand, StringComparison.OrdinalIgnoreCase)
                                       // "oh and 1296 is good, take it": the number said is the id's end (DEMO-1296).
                                       && (l.ExternalId.Equals(named, StringComparison.OrdinalIgnoreCase) || l.ExternalId.EndsWith("-" + named, StringComparison.OrdinalIgnoreCase) || (l.Company?.StartsWith(named, StringComparison.OrdinalIgnoreCase) ?? false)));
        }

        return dc.RootDialog is { } root && root.Id != DialogIds.LeadFeedback && root.Id != DialogIds.Onboarding
               && Dialogs.Leads.LeadParsing.Decision(said) is not null && !Questions.QuestionAnswers.IsQuestion(said)
               && (await leadFeedback.PendingNamedAsync(dc.Turn.Get<TurnScope>(), said, dc.Turn.Now, ct)).Leads.Count > 0;
    }

    /// <summary>
    /// "oh and log this: Sam wants 200 pens for the sales kickoff, $300" at a goal's deadline question: asked in so many
    /// words to log a request, whose numbers (200, $300) are the request's, never a correction of the draft that waits.
    /// </summary>
    private static bool AsksToLogAnother(Dialog root, string said)
        => root.Id != DialogIds.LogRequest && Dialogs.Requests.RequestParsing.AsksToLog(said);

    /// <summary>
    /// "spend this week was 18.5k" at a request's goal question, "oh and mqls so far this week: 21" at the acceptance goal's
    /// card: a number said as a fact of a week or month, for another metric than the draft's, is a check-in of its own.
    /// </summary>
    private static bool ChecksInAnotherNumber(DialogContext dc, Dialog root, string said, Conversations.Understanding.Understanding understanding)
        => MetricCatalog.TryParse(understanding.Entities.Metric, out var metric)
           && CheckInPeriod().IsMatch(said) && said.Any(char.IsDigit) && !CheckInWant().IsMatch(said) && !Questions.QuestionAnswers.IsQuestion(said)
           && !(MetricCatalog.TryParse(root.Topic(dc), out var drafted) && drafted == metric);

    [GeneratedRegex(@"\b(?:this|last|past|previous|prev)\s+(?:week|wk|month)\b|\bso\s+far\s+this\s+(?:week|month)\b|\b(?:wtd|mtd)\b|\bweek\s+before\s+last\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckInPeriod();

    [GeneratedRegex(@"\b(?:should|need|needs|want|wants|aim|target|goal|by\s+end|instead|make\s+it|change)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CheckInWant();

    /// <summary>A record or question of its own, whatever the open question: a check-in, who owns a number.</summary>
    private static bool IsOtherRequest(string text, Conversations.Understanding.Understanding understanding)
    {
        // "who owns the CPL goal?": who answers for a number, however unsure the intent model is of such a question.
        if (Questions.QuestionAnswers.AsksOwner(text) && understanding.Entities.Metric is not null)
        {
            return true;
        }

        // "btw I'm off wednesday through friday this week", "I'm back", "stop nagging me about retention", "oh and nudge me on
        // wednesdays at 11 for my numbers": about one's own reminders, whatever the open question; the dates in an absence
        // are never a deadline, and a day and time asked for one's reminders are not the open question's.
        if (Reminders.ReminderRequest.Parse(text) is { Kind: Reminders.ReminderRequestKind.OutOfOffice or Reminders.ReminderRequestKind.Back or Reminders.ReminderRequestKind.Mute or Reminders.ReminderRequestKind.Unmute or Reminders.ReminderRequestKind.Schedule })
        {
            return true;
        }

        // "oh btw MQLs this week: 44": a check-in names a number and a week.
        return understanding.Is("check_in") && understanding.Entities.Metric is not null && !Questions.QuestionAnswers.IsQuestion(text);
    }

    /// <summary>A text field of the root dialog's draft ("Company" of the lead dialog), or null.</summary>
    private static string? StateText(DialogContext dc, string name)
        => dc.RootFrame?.State is { ValueKind: System.Text.Json.JsonValueKind.Object } state && state.TryGetProperty(name, out var value)
           && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whether <paramref name="reference"/> is the lead the open lead dialog is about.</summary>
    /// <summary>The id of the lead the lead dialog has found, or null while it still asks which lead.</summary>
    private static string? LeadInHand(DialogContext dc)
        => dc.RootFrame?.State is { ValueKind: System.Text.Json.JsonValueKind.Object } state && state.TryGetProperty("ExternalId", out var id)
           && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;

    /// <summary>
    /// "they're a competitor's subsidiary, wrong fit. and 1087 looks good, accept" at the reason question: the reason asked
    /// comes first and answers it; the lead dialog records the other leads' verdicts after this one, so it is no side trip.
    /// </summary>
    private async Task<bool> AnswersReasonWithOtherVerdictsAsync(DialogContext dc, string text, CancellationToken ct)
        => dc.RootDialog is { Id: DialogIds.LeadFeedback } lead && lead.Fit(dc, text) == AnswerFit.Strong
           // "no money. oh and Vandelay Telecom is fine, accept that one": the other lead named by its company.
           && Dialogs.Leads.VerdictsInLine.Read(AsideOpeners.Strip(text), (await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)).Select(l => l.Company).OfType<string>()) is { } several
           && several.Any(v => v.Lead is null);

    private static bool IsLeadInHand(DialogContext dc, string reference)
    {
        if (dc.RootFrame?.State is not { ValueKind: System.Text.Json.JsonValueKind.Object } state)
        {
            return true;
        }

        foreach (var name in new[] { "ExternalId", "Reference" })
        {
            if (state.TryGetProperty(name, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String && id.GetString() is { } held
                && (held.Equals(reference, StringComparison.OrdinalIgnoreCase) || held.EndsWith("-" + reference, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lead agreement's service, resolved only where a message is about the agreement.</summary>
    private Dialogs.Sla.SlaService Slas => (Dialogs.Sla.SlaService)services.GetService(typeof(Dialogs.Sla.SlaService))!;

    /// <summary>Runs what an intent does behind that intent's permission; a refusal is the gate's own reply.</summary>
    /// <summary>A part of a message that checks a number in ("mqls so far this week are 31", "spend this week 17k"): a metric the model hears and a figure.</summary>
    private bool CheckInPart(string part, DateOnly today)
        => Commands.CheckInCommand.Pairs(part, language.Understand(part, today).Entities).Count > 0;

    private async Task RunPermittedAsync(DialogContext dc, string intent, Func<Task> run, CancellationToken ct)
    {
        TurnIntent.Set(intent);
        if (CommandPermissions.ForIntent(intent) is not { } needed || await gate.AllowsAsync(dc.Turn, needed, null, ct))
        {
            await run();
        }
    }

    /// <summary>A goal's owner or deadline from its line, its history or status from its life; false when no goal has the metric asked.</summary>
    private async Task<bool> GoalFactAsync(DialogContext dc, Questions.GoalFactAsked fact, string? goalInTalk, CancellationToken ct)
    {
        var asked = language.Understand(fact.Question, dc.Turn.Today);
        var life = fact.Fact is Questions.GoalFact.History or Questions.GoalFact.Status;
        TurnIntent.Set(life ? Commands.GoalHistoryCommand.IntentName : "status");
        return life
            ? _phrases.OfType<Commands.GoalHistoryCommand>().FirstOrDefault() is { } history && await history.TryAnswerForMetricAsync(dc, asked.Entities.MetricList, ct)
            : await answers.TryGoalLineAsync(dc, asked, ct, goalInTalk, Questions.GoalFollowUp.NamesTheOlder(fact.Question));
    }

    private async Task DispatchAsync(DialogContext dc, string text, CancellationToken ct)
    {
        // "is marketing working? also log this: Marco wants a one-pager, $200, for the CPL goal": the sentence before is done
        // as said alone, then the request is logged as the opening it would be on its own (once a dialog the sentence began
        // is over); nothing said is dropped. Each part goes through its own command and permission check.
        if (SideCommand.RequestAfter(text) is { } handedOver)
        {
            await DispatchAsync(dc, handedOver.Before, ct);
            if (dc.IsActive)
            {
                dc.PendingText = handedOver.Request;
            }
            else
            {
                await DispatchAsync(dc, handedOver.Request, ct);
            }

            return;
        }

        // "oh and Marco dropped one on me: a G2 review campaign, about 2k euros, it's for the MQL goal": an ask handed over in so
        // many words, with who asked, is a request whatever goal or money it names (the model heard a goal to set, or revenue
        // to run the numbers on); logged through the request command and its permission check.
        if (Dialogs.Requests.RequestParsing.HandedOver(text) && !Questions.QuestionAnswers.IsQuestion(text) && _commands.TryGetValue("log_request", out var logHandedOver))
        {
            await RunPermittedAsync(dc, "log_request", () => logHandedOver.HandleAsync(dc, language.Understand(text, dc.Turn.Today) with { Intent = "log_request" }, ct), ct);
            return;
        }

        // "can I log last week's MQLs?", "oh wait, can I check in MQLs for last week first?": offering to check a number in, not a
        // look-up; the check-in command asks its number, through its own permission check.
        if (Commands.CheckInAskWords.Metric(text) is not null && _commands.TryGetValue("check_in", out var checkInAsk))
        {
            var checkInOffer = text.Replace("?", string.Empty, StringComparison.Ordinal);
            await RunPermittedAsync(dc, "check_in", () => checkInAsk.HandleAsync(dc, language.Understand(checkInOffer, dc.Turn.Today) with { Intent = "check_in" }, ct), ct);
            return;
        }

        // "🎨 banner set for the january webinar from Marco, 450 euros, it's for the MQL goal", or right after a request was logged
        // "and a fantasy football logo for the team, no cost, zero goals lol": a request told with the goal it serves (or none)
        // as a detail, logged through the request command and its permission check, never a goal to set.
        if (Dialogs.Requests.RequestParsing.ToldWithItsGoal(text, dc.Recent is { Kind: Corrections.RecentCorrections.Request or Corrections.RecentCorrections.RequestDeclined })
            && _commands.TryGetValue("log_request", out var logWithGoal))
        {
            await RunPermittedAsync(dc, "log_request", () => logWithGoal.HandleAsync(dc, language.Understand(text, dc.Turn.Today) with { Intent = "log_request" }, ct), ct);
            return;
        }

        // "remind me what the revenue target is?" asks what it is; "thanks! whats our cpl rn" asks after the thanks.
        text = Questions.RemindMeQuestion.Unwrapped(ThanksOnly.ThenAsked(text) ?? text);
        // "thanks", "ok thx" after an answer or a saved change: welcomed; what was just done stays correctable.
        if (ThanksOnly.Says(text))
        {
            TurnIntent.Set("none");
            dc.Turn.Send(ThanksOnly.Reply);
            return;
        }

        // "who still has to sign the new SLA?", "what was the deal we signed before this one?", "show me the proposed SLA", "is it
        // 24 or 48 hours in the current SLA?": one part of the lead agreement asked about, answered with that part whatever the
        // model hears (a proposal in "proposed", a check-in in "24 or 48", the follow-up goal in "follow-up time"); nothing
        // changes and nothing starts. The agreement asked about as a whole keeps its own path below.
        // Right after the agreement was answered, "and how many MQLs a month?" is its volume, not this month's MQLs.
        if ((Dialogs.Sla.SlaLookup.Read(text) is { } slaPart and not Dialogs.Sla.SlaLookup.Part.Terms ? slaPart
                : dc.Recent is { Kind: Dialogs.Sla.SlaLookup.Talk } && Dialogs.Sla.SlaLookup.AsksTermAfter(text) ? Dialogs.Sla.SlaLookup.Part.InForce : (Dialogs.Sla.SlaLookup.Part?)null) is { } askedPart)
        {
            TurnIntent.Set("sla");
            foreach (var reply in await Slas.AnswerAsync(dc.Turn.Get<TurnScope>(), askedPart, dc.Turn.Today, dc.Turn.Now, ct))
            {
                dc.Turn.Send(reply);
            }

            dc.Recent = Dialogs.Sla.SlaLookup.Talked();
            return;
        }

        // Right after a refusal, "ok so who can grant it?" is answered with the refusal's own names (RecentCorrections).
        // "let jordan in", "approve Casey's role request": approved when that person waits for a role; else read on as usual
        // ("approve Initech" is a lead's).
        if (RoleCommands.Parse(text) is { } roleCommand
            && !(roleCommand.Kind == RoleCommandKind.WhoAdmins && dc.Recent is { Kind: Corrections.RecentCorrections.Refusal } && Permissions.WhoMayQuestion.Asks(text))
            && (roleCommand.Kind != RoleCommandKind.ApproveRequest || await roles.TryApproveAsync(dc, roleCommand.Who, ct)))
        {
            if (roleCommand.Kind != RoleCommandKind.ApproveRequest)
            {
                await RoleCommandAsync(dc, roleCommand, ct);
            }

            // "make Jordan a sales rep, and make him an admin too": the second command too, through the same checks.
            foreach (var more in RoleCommands.ParseAll(text).Skip(1))
            {
                await RoleCommandAsync(dc, more, ct);
            }

            return;
        }

        // "can you undo the rejection on 1252?", "actually undo my relecloud one": a verdict taken back by naming its lead, later
        // or right after another verdict, by its decider or an admin (anyone else is refused naming who may).
        if (await leadFeedback.UndoNamedAsync(dc.Turn.Get<TurnScope>(), text, dc.Turn.Now, ct) is { } undone)
        {
            TurnIntent.Set("lead_feedback");
            dc.Recent = null;
            dc.Turn.Send(undone);
            return;
        }

        // A colleague's words right after the channel's digest was set up or moved are about it when they have nothing else in talk.
        await corrections.ChannelDigestInTalkAsync(dc, ct);

        // Right after something was recorded, "undo that" or "actually 44" corrects it.
        if (await corrections.TryAsync(dc, text, ct))
        {
            return;
        }

        // Right after a budget check, "what if it were 60k a month?" or "sorry, revenue is 8m not 10": the check again with
        // that figure changed, behind the check's own permission; nothing is saved.
        if (dc.Recent is { Kind: Commands.BudgetCommand.RecentKind } budgetAsked
            && Commands.BudgetCommand.FollowUp(text, language.Understand(text, dc.Turn.Today).Entities, budgetAsked) is { } followed)
        {
            dc.Recent = null;
            await RunPermittedAsync(dc, "budget", () =>
            {
                Commands.BudgetCommand.Answer(dc, followed.Spend, followed.Revenue, followed.SpendPer, followed.RevenuePer, "with the figure you changed");
                return Task.CompletedTask;
            }, ct);
            return;
        }

        // Right after the annual revenue was set, "oops, 13m not 30" sets it again (for an admin, as the setting itself).
        if (dc.Recent is { Kind: Commands.SettingsCommand.RecentKind } && Commands.BudgetCommand.ChangesAFigure(text) && _phrases.OfType<Commands.SettingsCommand>().FirstOrDefault() is { } settingsCommand)
        {
            TurnIntent.Set(Commands.SettingsCommand.IntentName);
            if (await settingsCommand.TryCorrectAsync(dc, text, language.Understand(text, dc.Turn.Today).Entities, ct))
            {
                return;
            }
        }

        // Right after a setting changed, "oops, undo that" puts it back (for an admin, as the change itself).
        if (dc.Recent is { Kind: Commands.SettingsCommand.ChangedKind } settingChanged && Corrections.RecentCorrections.IsUndo(text)
            && !Questions.QuestionAnswers.IsQuestion(text) && _phrases.OfType<Commands.SettingsCommand>().FirstOrDefault() is { } settingsToUndo)
        {
            TurnIntent.Set(Commands.SettingsCommand.IntentName);
            await settingsToUndo.UndoAsync(dc, settingChanged, ct);
            return;
        }

        // Right after one setting was shown ("Currency: USD. An admin can change it"), "and who can change it?" names the admins,
        // and "can you switch it to pacific for me?" is that setting's change, behind the admin check like any other.
        if (dc.Recent is { Kind: Commands.SettingsCommand.AskedKind } settingShown && _phrases.OfType<Commands.SettingsCommand>().FirstOrDefault() is { } settingsForIt)
        {
            if (Permissions.WhoMayQuestion.Asks(text))
            {
                // Kept: "ok can you move it to april for me?" next is still that setting's change.
                TurnIntent.Set(Commands.SettingsCommand.IntentName);
                dc.Turn.Send(await roles.AdminsAnswerAsync(dc.Turn.Get<TurnScope>(), ct));
                return;
            }

            if (Commands.SettingsCommand.ChangeOfIt(text, settingShown.Key) is { } changeOfIt)
            {
                dc.Recent = null;
                var said = language.Understand(text, dc.Turn.Today);
                await RunPermittedAsync(dc, Commands.SettingsCommand.IntentName, () => settingsForIt.HandleRequestAsync(dc, changeOfIt, said, ct), ct);
                return;
            }
        }

        // "ok make that the goal, end of June, mine" right after a figure's numbers were run: the card's "Make it a goal" in words.
        if (dc.Recent is { Kind: Corrections.RecentCorrections.Numbers, Data: { } offered } && Goals.GoalFromFigure.Figure(text) is not null
            && _submissions.TryGetValue(Dialogs.Verbs.GoalFromNumbers, out var makeIt))
        {
            var data = offered.ToDictionary(p => p.Key, p => p.Value);
            data[Commands.DefineGoalCommand.SaidWith] = text;
            if (Goals.GoalFromFigure.Said(text) is { } figure)
            {
                data["target"] = figure.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            dc.Recent = null;
            TurnIntent.Set("define_goal");
            await makeIt.HandleAsync(dc, new CardSubmission(Dialogs.Verbs.GoalFromNumbers, data), ct);
            return;
        }

        // "hold up, what does the SLA say about follow-up?" with a lead's review card showing: a question on the side, so a
        // verdict typed after the answer ("looks like a real buyer, let's take it") is still about the card's lead. So with a
        // figure's numbers: "what's the MQL target now?" before "ok make 245 the goal".
        var digestInTalk = dc.Recent is { Kind: Digests.DigestAsk.Talk or Corrections.RecentCorrections.Digest };
        var slaInTalk = dc.Recent is { Kind: Dialogs.Sla.SlaLookup.Talk };
        var overlapInTalk = dc.Recent is { Kind: Questions.OverlapFollowUp.Talk };
        // The goal the conversation is about: one just saved or changed, or the one an answer was about ("who owns it?" next).
        var talkedGoal = Questions.GoalFollowUp.InTalk(dc.Recent);
        // "is that better than last week?" right after "follow-up this week 22h": the one number just checked in is the talk.
        if (talkedGoal is null && dc.Recent is { Kind: Corrections.RecentCorrections.CheckIn } checkedIn
            && Corrections.RecentCheckIn.Read(checkedIn) is { Metrics: [var checkedMetric] })
        {
            talkedGoal = (Domain.Metrics.MetricCatalog.NameOf(checkedMetric), null);
        }

        var goalInTalk = talkedGoal?.Metric;
        if (dc.Recent is { Kind: Dialogs.Leads.LeadInTalk.Talk } leadTalk)
        {
            dc.Turn.Set(new Dialogs.Leads.LeadInTalk.Topic(leadTalk.Key));
        }

        var afterCheckIn = dc.Recent is { Kind: Corrections.RecentCorrections.CheckIn };
        // "hold up what does the sla say about follow up": asked after an opener, with no question mark, keeps the card too.
        dc.Recent = dc.Recent is { Kind: Corrections.RecentCorrections.Review or Corrections.RecentCorrections.Numbers }
                    && (Questions.QuestionAnswers.IsQuestion(text) || Questions.QuestionAnswers.IsQuestion(AsideOpeners.Strip(text))) ? dc.Recent : null;

        // "honestly retention isn't worth chasing this year, can we put that goal on ice?", "could I move my cpl deadline out to
        // end of april?", "arhcive the sales cycle goal": a goal's life changed, asked for politely or typed in a hurry, is the
        // change (the goal edit checks the permission, names who may and asks for Confirm), not a question about the goal that
        // the question readers below would answer as a look-up.
        // "can we tighten speed to lead to 18 hours?": the goal named by its number, with the new value, is asked the same way.
        var askEntities = language.Understand(text, dc.Turn.Today).Entities;
        var lifecycleAsk = Dialogs.Goals.GoalClosing.Read(text) is not null || Dialogs.Goals.GoalChangeAsk.Asks(text) || Dialogs.Goals.GoalChangeAsk.AsksByMetric(text, askEntities)
            ? Dialogs.Goals.GoalChangeAsk.Read(text, askEntities)
            : null;

        // "and when's that one due again", "what's it at rn?", "who's on that one?" right after an answer about one number's
        // goal: the same goal's line (its level for "now"), as any question about it is answered; nothing changes. A follow-up
        // that names another number is that number's own question.
        if (goalInTalk is not null && lifecycleAsk is null && Questions.GoalFollowUp.Read(text) is { } followUp
            && language.Understand(text, dc.Turn.Today).Entities.Metric is var named && (named is null || named == goalInTalk))
        {
            TurnIntent.Set("status");
            if (await answers.FollowUpAsync(dc, goalInTalk, followUp, ct, talkedGoal?.Goal, Questions.GoalFollowUp.NamesTheOlder(text), text))
            {
                return;
            }
        }

        // "is that realistic btw?", "and is 100 a month realistic?", "is it realistic though, 30 a quarter?" right after a goal was
        // saved, changed or talked about: the numbers for that goal (its target for "that", its period when none is said), as
        // "is 100 SQLs a month realistic?" would run them; a question, so nothing changes. One that names its own number is its own.
        if (talkedGoal is { } realismTalk && lifecycleAsk is null && Goals.RealismQuestion.AboutTheGoal(text) is { } realismFigure
            && (askEntities.Metric is null || askEntities.Metric == realismTalk.Metric)
            && await answers.RealismOfGoalAsync(dc, realismTalk.Metric, realismTalk.Goal, realismFigure, askEntities.Period is not null, text, ct) is { } realismAsked)
        {
            TurnIntent.Set("run_numbers");
            dc.Turn.Set(new SideTripTopic(realismTalk.Metric));
            await RunPermittedAsync(dc, "run_numbers", async () => await dc.BeginDialogAsync(DialogIds.RunNumbers, realismAsked, ct), ct);
            return;
        }

        // "which ones are we missing?", "name names, which ones are they skipping", "how do I get the lists in then?" right after the
        // overlap was shown: its accounts (or how to import the lists), through the overlap command's own check; nothing changes.
        if (overlapInTalk && lifecycleAsk is null && Questions.OverlapFollowUp.Read(text) is { } overlapAsk
            && _commands.TryGetValue("overlap", out var overlapAsked) && overlapAsked is Commands.OverlapCommand overlapFollowing)
        {
            await RunPermittedAsync(dc, "overlap", () => overlapFollowing.FollowUpAsync(dc, overlapAsk, ct), ct);
            return;
        }

        // "…been in board prep all morning, when is the acceptance rate goal actually due again? I need it for the deck": a
        // question about a goal in the middle of a long message is what it asks; the story around it asks for nothing.
        if (lifecycleAsk is null && Questions.QuestionAnswers.QuestionInside(text) is { } asked && !Dialogs.Requests.RequestParsing.AsksToLog(text)
            && Questions.QuestionAnswers.AboutAGoal(asked, language.Understand(asked, dc.Turn.Today)))
        {
            text = asked;
        }

        var understanding = language.Understand(text, dc.Turn.Today);

        // Closed phrasings ("settings", "history of the MQL goal") before the model's intents, like role commands.
        // "how often does it go out, and on which time zone?" right after the digest was set up: its schedule, not the workspace setting.
        if (digestInTalk && Digests.DigestAsk.AsksItsSchedule(text))
        {
            TurnIntent.Set("digest");
            await answers.DigestAsync(dc, ct);
            return;
        }

        // "which currency are our budgets in?", "we're an EMEA business, please set that as our region": the settings, before the
        // budget's or the numbers' phrasings take the words they share (the settings command keeps its admin check for changes).
        if (Workspaces.SettingsRequest.AboutSettingsFirst(text) && _phrases.OfType<Commands.SettingsCommand>().FirstOrDefault() is { } settingsFirst)
        {
            await RunPermittedAsync(dc, settingsFirst.Intent, () => settingsFirst.HandleAsync(dc, understanding, ct), ct);
            return;
        }

        if (_phrases.FirstOrDefault(p => p.Matches(text)) is { } phrase)
        {
            await RunPermittedAsync(dc, phrase.Intent, () => phrase.HandleAsync(dc, understanding, ct), ct);
            // "phew. calls all morning. 1087 looks legit, accept it. also heads up I'm out friday": a verdict said in a sentence of
            // its own beside the absence is recorded too, through the lead command and its permission check; nothing is dropped.
            if (phrase.Intent == Commands.ReminderChatCommand.IntentName && dc.ActiveDialog is null && VerdictSentence(text) is { } verdict
                && _commands.TryGetValue("lead_feedback", out var leadCommand))
            {
                var heard = language.Understand(verdict, dc.Turn.Today) with { Intent = "lead_feedback" };
                await RunPermittedAsync(dc, "lead_feedback", () => leadCommand.HandleAsync(dc, heard, ct), ct);
            }

            return;
        }

        // "ok then can we get one fridays at noon" after talk of the digest, or the ask in the middle of a long message: the
        // digest set up, whatever the model hears (DigestAsk); "can the digest in this channel, nobody opens it" stops it (DigestOff).
        // "nobody reads this thing tbh, can you kill it", "actually switch it off" with the digest the topic stop it too.
        var digestOff = Digests.DigestOff.Asks(text) || (digestInTalk && Digests.DigestOff.AsksOfIt(text));
        if ((Digests.DigestAsk.Read(text, digestInTalk) is not null || digestOff) && _commands.TryGetValue("digest", out var digest))
        {
            // "mqls so far this week are 31, and pls set the digest here tuesdays 10am": the check-in beside the ask is done too.
            var beside = digestOff ? null : Digests.DigestAsk.CheckInBeside(text, part => CheckInPart(part, dc.Turn.Today));
            var digestSaid = digestOff && !Digests.DigestOff.Asks(text) ? understanding with { Intent = "digest", Text = "stop the digest here" }
                : beside is { } split ? language.Understand(split.Others, dc.Turn.Today) with { Intent = "digest" } : understanding with { Intent = "digest" };
            await RunPermittedAsync(dc, "digest", () => digest.HandleAsync(dc, digestSaid, ct), ct);
            if (beside is { } both && _commands.TryGetValue("check_in", out var checkIn))
            {
                var recent = dc.Recent;
                await RunPermittedAsync(dc, "check_in", () => checkIn.HandleAsync(dc, language.Understand(both.CheckIn, dc.Turn.Today) with { Intent = "check_in" }, ct), ct);
                dc.Recent = recent ?? dc.Recent;
            }

            // Still the topic: "ok fine, bring it back but tuesdays at 8" next asks for it again.
            dc.Recent ??= Digests.DigestAsk.Talked();
            return;
        }

        // "what's even in the digest?", "perfect. what'll it cover?": what a digest holds, answered; nothing is set up.
        if (Digests.DigestAsk.AsksWhatItHolds(text, digestInTalk))
        {
            TurnIntent.Set("digest");
            await answers.DigestContentsAsync(dc, ct);
            dc.Recent ??= Digests.DigestAsk.Talked();
            return;
        }

        // "when does the first one arrive?" right after the digest was set up or talked about: when it goes out; nothing changes.
        if (digestInTalk && Digests.DigestAsk.AsksWhen(text))
        {
            TurnIntent.Set("digest");
            await answers.DigestAsync(dc, ct);
            return;
        }

        // "which of our goals are in the red?", "whats stale?", "is the retention number even current?": one part of the
        // scorecard, answered on its own with owners and ages, before a look-up or a goal's facts read its number; nothing changes.
        // The accounts marketing misses are the overlap's answer, not goals behind.
        if (lifecycleAsk is null && !Questions.OverlapQuestion.Asks(text) && Questions.ScorecardSlice.Read(text) is { } part)
        {
            TurnIntent.Set("status");
            if (await answers.TrySliceAsync(dc, part, understanding, ct))
            {
                return;
            }
        }

        // "who's carrying the cost-per-lead number nowadays?", "…anyway when is the CPL goal actually due? need it for slide
        // 12", "is the acceptance goal still live?": a question about one goal's owner, deadline, history or status, answered
        // about that goal (archived ones included) whatever the model hears; nothing changes.
        // "who owns which goal?", "so who owns what these days?": every goal with its owner, whatever the model hears (it heard
        // "who … owns" as who changed what, and refused it as the change history); nothing changes.
        if (lifecycleAsk is null && Questions.GoalFactQuestion.AsksEveryOwner(text))
        {
            TurnIntent.Set("status");
            await answers.OwnersAsync(dc, ct);
            return;
        }

        if (lifecycleAsk is null && Questions.GoalFactQuestion.Read(text, said => language.Understand(said, dc.Turn.Today).Entities.Metric) is { } fact
            && await GoalFactAsync(dc, fact, fact.Metric == goalInTalk ? talkedGoal?.Goal : null, ct))
        {
            return;
        }

        // "remind me what we agreed with sales on leads?", "what did Sam and Marco sign off on for leads?": the lead agreement
        // shown, whatever else the model hears; when it hears the agreement, its own path shows it (below, not as a look-up).
        // "ok who do I chase for marketing's signature then?": who signs for a side (the speaker's own when none is named) is
        // answered as the gate answers that side's signature from this speaker, naming its lead; the speaker's own is theirs.
        if (Dialogs.Sla.SlaSigning.AsksWhoSigns(text, out var askedSide))
        {
            var askScope = dc.Turn.Get<TurnScope>();
            if ((askedSide ?? askScope.Actor.Function) is { } side and (Function.Marketing or Function.Sales))
            {
                TurnIntent.Set("sla");
                var check = PermissionGate.Check(askScope, PermissionAction.ConfirmSla, new PermissionResource { Side = side });
                dc.Turn.Send(check.Allowed
                    ? $"You do: you sign the lead agreement for {side.ToString().ToLowerInvariant()} yourself."
                    : await gate.RefusalAsync(askScope, check, ct));
                return;
            }
        }

        // "r we actually calling mqls back inside the 24h or nah": whether it is kept is the same card, with this month's figures.
        // "and how many mqls a month was it?" right after the agreement was shown: its volume, not this month's MQL count.
        if (understanding.Intent != "sla" && (Dialogs.Sla.SlaLookup.Asks(text) || Dialogs.Sla.SlaKept.Asks(text) || (slaInTalk && Dialogs.Sla.SlaLookup.AsksTermAfter(text))))
        {
            TurnIntent.Set("sla");
            foreach (var card in await Slas.ShowAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Today, dc.Turn.Now, ct))
            {
                dc.Turn.Send(card);
            }

            return;
        }

        // "are mktg and sales even going after the same accounts?", "how much overlpa between the teams acounts?": the overlap of
        // the two teams' accounts, whatever the model hears (a look-up of an overlap number, or nothing for a typo).
        if (Questions.OverlapQuestion.Asks(text) && _commands.TryGetValue("overlap", out var overlap))
        {
            await RunPermittedAsync(dc, "overlap", () => overlap.HandleAsync(dc, understanding, ct), ct);
            return;
        }

        // "Sam wants $4,000 of LinkedIn ads for the pipeline push, it's for the revenue goal" names a goal, but someone wants
        // money spent: a request, neither a new goal nor a change to the one it names.
        var wantsSpend = !Questions.QuestionAnswers.IsQuestion(text) && Dialogs.Requests.RequestParsing.SomeoneWantsSpend(text);
        // "Sam is after a roadshow kit, two and a half grand": the same where the model hears nothing it acts on (no intent,
        // or one no command serves), rather than the out-of-scope help.
        if (wantsSpend && (understanding.Intent == "define_goal" || NoCommandServes(understanding.Intent)))
        {
            understanding = understanding with { Intent = "log_request" };
        }

        // "Sam is after a roadshow kit, two and a half grand", "oh and Marco dropped one on me: a G2 review campaign, about 2k
        // euros, …, it's for the MQL goal": someone's ask for a piece of work told loosely is a request, though the model hears
        // nothing or the goal it serves (RequestParsing.SomeoneAsked); a question about requests is not one. "need 3
        // objection-handling cards by thursday, no cost, I'm asking for it myself": the speaker's own ask said so, the same.
        if (understanding.Intent is "define_goal" or Conversations.Understanding.Understanding.NoneIntent && !wantsSpend
            && !Questions.QuestionAnswers.IsQuestion(text)
            && (Dialogs.Requests.RequestParsing.SomeoneAsked(text) is not null || Dialogs.Requests.RequestParsing.SaysOwnAsk(text))
            && (understanding.Intent != "define_goal" || Dialogs.Requests.RequestParsing.SaysDetail(text)))
        {
            understanding = understanding with { Intent = "log_request" };
            wantsSpend = true;
        }

        // "and a fantasy football logo for the team, no cost, zero goals lol" right after a request was logged: the next thing on
        // the list is another request, though the model hears the goals it names (and a goal is not the speaker's to set).
        if (understanding.Intent is "define_goal" or Conversations.Understanding.Understanding.NoneIntent or "help" && !wantsSpend
            && dc.Recent is { Kind: Corrections.RecentCorrections.Request } && Dialogs.Requests.RequestParsing.AnotherThing(text))
        {
            understanding = understanding with { Intent = "log_request" };
            wantsSpend = true;
        }

        // "can marketing do us a case study on Hooli? 5k budget, need it by EOQ": marketing asked for a piece of work with its
        // cost or due date is a request, though it is a question and names a budget.
        // "any chance marketing can do a customer story on Blue Yonder? budget's 3.5k, …" names a company with leads: still the
        // request, not a look-up of those leads, whatever the model hears.
        if (Dialogs.Requests.RequestParsing.AsksMarketingForWork(text))
        {
            understanding = understanding with { Intent = "log_request" };
            wantsSpend = true;
        }

        // "need a battle card vs Vandelay for my calls, no cost, by Wednesday": a piece of work needed, with when and what it
        // costs, is a request even when the model has no example of its words; a number of a metric ("need more MQLs by Q3") is not.
        // "hey, I need two customer quotes by dec 8", which the model hears as asking for help, is the same.
        if (understanding.Intent is Conversations.Understanding.Understanding.NoneIntent or "help" && understanding.Entities.Metric is null
            && !Questions.QuestionAnswers.IsQuestion(text) && Dialogs.Requests.RequestParsing.OwnAsk(text))
        {
            understanding = understanding with { Intent = "log_request" };
        }

        // "25 new customers a month by end of 2027, Alex owns it": a number with someone who owns it is a goal; a request has
        // someone who asked, and says so ("log this", money someone wants spent). "MQLs 245 a month, me", "58 MQLs a week thru
        // Q1, me": a figure with its owner said, not asked about, is the goal itself, not a request to run the numbers on it.
        if (understanding.Intent is "log_request" or "run_numbers" or Conversations.Understanding.Understanding.NoneIntent && !wantsSpend && !Questions.QuestionAnswers.IsQuestion(text)
            && !Dialogs.Requests.RequestParsing.AsksToLog(text) && (understanding.Entities.Target ?? understanding.Entities.Percent) is not null
            && (understanding.Entities.Period ?? understanding.Entities.Metric) is not null && Dialogs.Goals.GoalWords.Owner(text) is not null)
        {
            understanding = understanding with { Intent = "define_goal" };
        }

        // "20 new logos a month by june", "we should be winning 20 new logos a quarter": deals won counted per period or by a
        // date is a goal, though the model has no example of these words and hears a request or a look-up.
        if (understanding.Intent is "log_request" or "status" or Conversations.Understanding.Understanding.NoneIntent && !wantsSpend
            && !Questions.QuestionAnswers.IsQuestion(text) && !Dialogs.Requests.RequestParsing.AsksToLog(text)
            && Dialogs.Goals.DealsWonWords.Counts(text) && (understanding.Entities.Period is not null || understanding.Entities.Deadline is not null))
        {
            understanding = understanding with { Intent = "define_goal" };
        }

        // "what does £3m of revenue mean in MQLs?": the reverse funnel, though the model hears money and revenue as the budget.
        // "if revenue has to grow twenty-five percent next year, what does that mean for SQLs?": asked, it is the same.
        var revenueInFunnel = Dialogs.Goals.GoalWords.AsksRevenueInFunnelTerms(text);
        if (revenueInFunnel && (understanding.Intent == "budget" || Questions.QuestionAnswers.IsQuestion(text)))
        {
            understanding = understanding with { Intent = "run_numbers" };
        }

        // "could we actually get to 110 SQLs a month by march?": a figure of a metric asked as a question of whether it can be
        // reached is running the numbers (RealismQuestion), though the model hears the goal in it and the question path
        // would only say that questions change nothing. "realistic or not: 230 MQLs a month" asks it too, the question said first
        // and the figure after, though the model hears a check-in or a goal and no question's form is there.
        if ((understanding.Intent == "define_goal" && Questions.QuestionAnswers.IsQuestion(text)
                || understanding.Intent is "define_goal" or "check_in" or Conversations.Understanding.Understanding.NoneIntent && Goals.RealismQuestion.SaysOrNot(text))
            && understanding.Entities.Metric is not null && Goals.RealismQuestion.Figure(text) is not null)
        {
            understanding = understanding with { Intent = "run_numbers" };
        }

        // "marketing costs us roughly 50k per month and total revenue is about 12 million a year, are we ok?": spend set
        // against revenue is the budget check, though the model hears an amount of revenue as the reverse funnel.
        if (understanding.Intent != "budget" && !wantsSpend && Commands.BudgetCommand.SetsSpendAgainstRevenue(text, understanding.Entities))
        {
            understanding = understanding with { Intent = "budget" };
        }

        // "spend this wk $18.2k", "and spend 17k" right after a check-in: spend for a week is checked in, not the budget check.
        if (understanding.Intent == "budget" && Commands.CheckInCommand.SpendCheckedIn(text, understanding.Entities, afterCheckIn))
        {
            understanding = understanding with { Intent = "check_in" };
        }

        // "we gotta fill the funnel": a need about the funnel the model has no example of is still a goal to define.
        // "our funnel's looking kinda thin tbh" sounds like a status to the model, but says what is needed.
        if ((understanding.Intent == Conversations.Understanding.Understanding.NoneIntent && Dialogs.Goals.GoalWords.VagueAsk(text) || understanding.Intent == "status" && Dialogs.Goals.GoalWords.SaysFunnelIsThin(text))
            && !wantsSpend && !Questions.QuestionAnswers.IsQuestion(text))
        {
            understanding = understanding with { Intent = "define_goal" };
        }

        // "is the mktg stuff actually paying off or not 🤔": whether marketing works, in words the model has no example of.
        // "is marketing working? asking for the board", "be honest, is the marketing spend actually paying off?": heard as the
        // request list or the budget check, but no amount is said, so it asks how the numbers go.
        if ((understanding.Intent is Conversations.Understanding.Understanding.NoneIntent or "log_request" or "status"
                || understanding.Intent == "budget" && understanding.Entities.Money is null && !Commands.BudgetCommand.SetsSpendAgainstRevenue(text, understanding.Entities))
            && Questions.ScorecardQuestion.AsksIfMarketingPays(text))
        {
            understanding = understanding with { Intent = "status" };
        }

        // "accept 1286": a verdict on a lead by its number, not a check-in of the number; "1087 is good, bin 1092": several.
        // "ok accepting 1155", "rejct 1237 - dupe": a number with a verdict in sales' own words (LeadVerdicts.Verdict).
        var verdictOnId = Dialogs.Leads.LeadParsing.IsVerdictOnBareId(text) || Dialogs.Leads.VerdictsInLine.Read(text) is not null
                          || ((Dialogs.Leads.LeadVerdicts.VerdictOnNumber(text) ?? Dialogs.Leads.LeadVerdicts.ChatVerdictOnNumber(text)) is not null && Dialogs.Leads.LeadParsing.BareId(text) is not null && !Questions.QuestionAnswers.IsQuestion(text))
                          // "and 1237, the guy's a receptionist, no say in buying": a lead's number and only why it is no good.
                          || Dialogs.Leads.LeadVerdicts.ReasonTold(text, []) is not null
                          // "ok then 1296 is good", "1155 is a dupe, we already have them": a whole id first, then what it is.
                          || Dialogs.Leads.LeadVerdicts.JudgedById(text) is not null;
        // "Initech and Blue Yonder both look good to me, accept both", "vandelay looks solid, take it; relecloud's a no": several
        // waiting leads judged by company, though "accept both" sounds like signing the agreement.
        verdictOnId = verdictOnId || (understanding.Intent is not ("log_request" or "check_in" or "define_goal") && !Questions.QuestionAnswers.IsQuestion(text)
            && Dialogs.Leads.VerdictsInLine.MayJudge(text) && Dialogs.Leads.VerdictsInLine.Read(text, (await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)).Select(l => l.Company).OfType<string>()) is not null);
        // "250 is a stretch for my team, we'd take 230": with a proposal of the agreement waiting, a counter of its volume is
        // not a verdict on a lead numbered 230; a lead named as one ("lead 1024", "DEMO-1024") still is.
        if (verdictOnId && !LeadNamed().IsMatch(text) && Dialogs.Sla.SlaCounter.Read(text, understanding.Entities) is { Leads: not null }
            && await Slas.PendingAsync(dc.Turn.Get<TurnScope>(), ct) is not null)
        {
            verdictOnId = false;
        }

        if (understanding.Intent != "lead_feedback" && verdictOnId)
        {
            understanding = understanding with { Intent = "lead_feedback" };
        }

        // "let's take the Initech one ✅", "Black Mesa gets a ✅ from me": a verdict on a waiting lead named by its company (or a
        // word of it), in words the model has no example of. Not a question, and not a request, a number or the agreement.
        // "globex pharma - way outside who we sell to": a waiting lead's company and only why it is no good (lead-reason-told).
        // "sweet. blue yonder systems looks solid, accept it" heard as a request: a known company and a verdict, no one asking.
        // "binning relecloud foods, it's the same guy who came in last week, dupe": heard as a check-in, but no figure is said.
        if ((understanding.Intent is not ("lead_feedback" or "log_request" or "sla" or "check_in" or "define_goal")
             || understanding.Intent == "check_in" && !text.Any(char.IsDigit) && understanding.Entities.NumberList.Count == 0
             || understanding.Intent == "log_request" && !Dialogs.Requests.RequestParsing.AsksToLog(text) && Dialogs.Leads.LeadVerdicts.Verdict(text) is not null
                && Dialogs.Leads.LeadVerdicts.Read(text, (await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)).Select(l => l.Company).OfType<string>()) is not null)
            && !Questions.QuestionAnswers.IsQuestion(text)
            && ((Dialogs.Leads.LeadVerdicts.Said(text) is not null
                 && (await leadFeedback.PendingNamedAsync(dc.Turn.Get<TurnScope>(), text, dc.Turn.Now, ct)).Leads.Count > 0)
                || (Dialogs.Leads.LeadVerdicts.RejectsByReason(text) is not null
                    && Dialogs.Leads.LeadVerdicts.ReasonTold(text, (await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)).Select(l => l.Company).OfType<string>()) is not null)))
        {
            understanding = understanding with { Intent = "lead_feedback" };
        }

        // "can we run through the leads waiting on us?": an invitation to review them, answered with the triage card.
        // "ok it's fine, accept it" right after an answer about one waiting lead: a verdict with no lead named is that lead's
        // (LeadInTalk); the lead dialog takes it and says so.
        if (understanding.Intent != "lead_feedback" && dc.Turn.Find<Dialogs.Leads.LeadInTalk.Topic>() is not null && !Questions.QuestionAnswers.IsQuestion(text)
            && Dialogs.Leads.LeadVerdicts.Said(text) is not null && Dialogs.Leads.LeadParsing.BareId(text) is null)
        {
            understanding = understanding with { Intent = "lead_feedback" };
        }

        // "show me what's pending", "what's left in the queue?", not understood otherwise: the waiting leads, walked one card at a time.
        var invitesReview = Dialogs.Leads.LeadParsing.InvitesReview(text)
                            || understanding.Intent is Conversations.Understanding.Understanding.NoneIntent or "help" && Dialogs.Leads.LeadParsing.AsksForTheQueue(text);
        if (invitesReview)
        {
            understanding = understanding with { Intent = "lead_feedback" };
        }

        // "sign it for marketing too": signing the agreement, though the model hears "marketing" as the budget. Not a verdict
        // on a lead's number: "accept 1087 and 1167, both look solid 👍", "just accept 1296 for sales" are leads. "no way we can
        // do 20h. counter: 260 MQLs and 28 hours": new terms on the table, though the model hears a check-in of 260.
        // "can't do 24h, make it 48": a counter-proposal, when a proposal is waiting for it.
        // "works for us, count sales in 👍": plain assent, when a proposal waits for the speaker's side.
        if (understanding.Intent != "sla" && !verdictOnId && (Dialogs.Sla.SlaParsing.SignsInWords(text) || Dialogs.Sla.SlaParsing.ProposesTerms(text, understanding.Entities)
                || (Dialogs.Sla.SlaSigning.Read(text, proposalWaiting: true) is not null
                    && await Slas.AwaitsOwnSideAsync(dc.Turn.Get<TurnScope>(), ct))
                || (Dialogs.Sla.SlaCounter.Read(text, understanding.Entities) is not null
                    && await Slas.PendingAsync(dc.Turn.Get<TurnScope>(), ct) is not null)))
        {
            understanding = understanding with { Intent = "sla" };
        }

        // The opening sentence read as a goal (metric, figure, deadline, owner), read once for the two checks below when either needs it;
        // only the intent changes between them, never the entities it reads.
        Dialogs.Goals.GoalSaid? opening = null;
        Dialogs.Goals.GoalSaid Opening() => opening ??= Dialogs.Goals.GoalOpening.Read(text, said => dc.Turn.Entities.Read(said, dc.Turn.Today), understanding.Entities);

        // "can we set mqls to 250 a month by end of next quarter, Priya's on it": a goal with its owner and deadline and no hours is not the agreement;
        // nor is one in a long message whose only hours are how long something took ("the offsite ran 2 hours over").
        // "follow-up on new leads inside of a day by end of Feb, mine": hours for the follow-up time alone, with an owner and a
        // deadline and no MQL volume beside them, are a follow-up goal, not the agreement's terms.
        if (understanding.Intent == "sla" && !Dialogs.Sla.SlaParsing.SignsInWords(text)
            && Opening() is { Proposes: true, Owner: not null, Entities.Deadline: not null } slaGoal
            && (Dialogs.Sla.SlaParsing.Hours(Dialogs.Goals.GoalOpening.WithoutTimeSpent(text)) is null
                || (slaGoal.Entities.Metric == MetricCatalog.NameOf(MetricKey.FollowUpTime) && !understanding.Entities.MetricList.Contains(MetricCatalog.NameOf(MetricKey.Mql)))))
        {
            understanding = understanding with { Intent = "define_goal" };
        }

        // "been in board prep all morning …, so let's commit to 1.05m a quarter in revenue by end of 2027, I'm on the hook. can you
        // draft that?": a goal said whole inside a long message the model hears as nothing it handles is still the goal. A metric
        // with its figure, a deadline and an owner, proposed rather than asked, is one.
        // Proposed so, it is not a question either, though it ends "can you draft that?".
        // "60 MQLs every single week through the end of Q1, I'm owning it" is that goal too, not a check-in of 60 this week, and
        // no question of whether it can be done.
        var wholeGoal = !wantsSpend && (understanding.Intent == "define_goal" || NoCommandServes(understanding.Intent)
                || (understanding.Intent is "run_numbers" or "check_in" && !Questions.QuestionAnswers.IsQuestion(text)))
            && Opening() is { Proposes: true, Owner: not null, Entities.Deadline: not null };
        // "get our account overlap with sales to 70% by end of Q2, I'll own it", "account overlap to 60% by end of Q2, me": a
        // figure for the overlap proposed with a deadline is a goal on it (a shared one), though the model hears the overlap's
        // words and would answer with today's overlap. Asked ("what's our overlap by end of Q2?"), it stays the look-up.
        var overlapGoal = !wholeGoal && understanding.Intent == "overlap" && !Questions.QuestionAnswers.IsQuestion(text)
            && Opening() is { Proposes: true, Entities.Deadline: not null };
        if (wholeGoal || overlapGoal)
        {
            understanding = understanding with { Intent = "define_goal" };
            wholeGoal = true;
        }

        // "can u log this: Sam wants battle cards", "pls log: …": asked in so many words to log something, whatever it names.
        if (understanding.Intent != "log_request" && Dialogs.Requests.RequestParsing.AsksToLog(text))
        {
            understanding = understanding with { Intent = "log_request" };
        }

        // "…, so where do we stand on everything?": where every number stands is the scorecard, however long the message before it.
        // "remind me what we agreed with sales on leads?" is the agreement the model heard, not a look-up of leads.
        var lookedUp = understanding.Intent == "sla" && Dialogs.Sla.SlaLookup.Asks(text) ? null : Questions.MetricLookup.Read(text, understanding.Entities.Metric);
        if (lookedUp is { Metric: null } && !invitesReview)
        {
            understanding = understanding with { Intent = "status" };
        }

        // "avg follow up 27hrs", "follow-up averaged a day and a half last week": the follow-up time reported as it was, with no
        // terms proposed or signed, is a check-in, though the model hears the agreement's words in it.
        if (understanding.Intent == "sla" && !verdictOnId && Commands.CheckInEntries.ReportsTime(text) && !Questions.QuestionAnswers.IsQuestion(text)
            && !Dialogs.Sla.SlaParsing.SignsInWords(text) && !Dialogs.Sla.SlaParsing.ProposesTerms(text, understanding.Entities))
        {
            understanding = understanding with { Intent = "check_in" };
        }

        TurnIntent.Set(understanding.Intent);
        logger.LogDebug("Understood {Intent} ({Score})", understanding.Intent, understanding.Score);

        // "why did we bin Globex?", "did sales bin the globex logistics one?": what became of a lead, whatever the model hears.
        if (!invitesReview && !(wantsSpend && understanding.Intent == "log_request") && await answers.TryLeadHistoryAsync(dc, text, ct))
        {
            return;
        }

        // Questions are never commands: a question about something the bot could change answers about it and changes nothing.
        // "remind me of the rev goal pls", "today's retention?": a look-up, asked with or without a question's form.
        var lookup = lookedUp is { Metric: not null };
        // "honestly why does sales keep bouncing our leads back?? what's the usual excuse": a question its reader knows,
        // whatever the punctuation.
        // "roughly what % of MQLs turn into SQLs for us?": a step of the funnel's rate (StageConversion), whatever the model hears.
        var asks = Questions.RejectionQuestion.Asks(text) || Questions.PendingCountQuestion.Asks(text) || Questions.StageConversion.Read(text) is not null;
        // "can we push my cpl goal out to end of april?": a change asked for politely is the change, so the gate names who may make it.
        var askedChange = lifecycleAsk is not null || Dialogs.Goals.GoalChangeAsk.Asks(text);
        if ((lookup || asks || Questions.QuestionAnswers.IsQuestion(text)) && !invitesReview && !revenueInFunnel && !askedChange && !wholeGoal
            && (lookup || asks || Questions.QuestionAnswers.Changes(understanding.Intent) || Questions.QuestionAnswers.AboutAGoal(text, understanding) || Questions.QuestionAnswers.AsksCurrent(text, understanding)
                || (understanding.Intent is not "sla" and not "budget" and not "overlap" && Questions.QuestionAnswers.Topic(text, understanding) is not null)
                // "what has the sales team been asking us for?" names both teams, which the model hears as their overlap; "…,
                // should I ask for more?" after spend set against revenue asks for the budget check, not the request list.
                || (Questions.QuestionAnswers.Topic(text, understanding) == "requests" && understanding.Intent != "budget"))
            && await answers.TryAnswerAsync(dc, understanding, ct))
        {
            return;
        }

        // A change to a goal that exists ("change the MQL target to 250", "archive the retention goal"), or a close said in a
        // sentence once no lead verdict was heard in it ("can you shelve retention? we'll look again after the offsite").
        if ((askedChange || !Questions.QuestionAnswers.IsQuestion(text)) && !wantsSpend
            && ((lifecycleAsk == "close" && !verdictOnId && Questions.QuestionAnswers.IsQuestion(text) ? Dialogs.Goals.GoalEdits.Closing(text, understanding.Entities) : null)
                ?? Dialogs.Goals.GoalEdits.Parse(text, understanding.Entities)
                ?? (understanding.Intent != "lead_feedback" && !verdictOnId ? Dialogs.Goals.GoalEdits.Closing(text, understanding.Entities) : null)) is { } edit)
        {
            await dc.BeginDialogAsync(DialogIds.GoalEdit, edit, ct);
            return;
        }

        if (_commands.TryGetValue(understanding.Intent, out var command))
        {
            if (CommandPermissions.ForIntent(understanding.Intent) is { } needed && !await gate.AllowsAsync(dc.Turn, needed, null, ct))
            {
                return;
            }

            await command.HandleAsync(dc, understanding, ct);
            return;
        }

        // "how do I undo something if I log it wrong?": how taking back works, rather than help or "outside what I do"; nothing is undone.
        if (Corrections.UndoHowTo.Asks(text))
        {
            dc.Turn.Send(Corrections.UndoHowTo.Answer);
            return;
        }

        switch (understanding.Intent)
        {
            case "cancel" when dc.Turn.Find<CheckInQuestionOpen>() is not null:
                dc.Recent = null;
                dc.Turn.Send("OK, I've dropped the check-in; nothing was recorded.");
                break;
            case "cancel":
                dc.Turn.Send("There's nothing in progress to cancel. What would you like to do?");
                break;
            case "help":
                dc.Turn.Send(HelpCards.Help());
                break;
            default:
                dc.Turn.Send(HelpCards.Help("I can't help with that one; it's outside what I do. I keep leadership, marketing and sales aligned on measurable goals. For example:"));
                break;
        }
    }

    private async Task RoleCommandAsync(DialogContext dc, RoleCommand command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case RoleCommandKind.RequestOwn when command.Role is { } wanted:
                var (reply, scope) = await roles.RequestAsync(dc.Turn.Get<TurnScope>(), wanted, ct);
                dc.Turn.Set(scope);
                dc.Turn.Send(reply);
                return;
            case RoleCommandKind.RequestOwn:
                await dc.BeginDialogAsync(DialogIds.Onboarding, false, ct);
                return;
            case RoleCommandKind.Assign:
                await roles.AssignAsync(dc, command.Who, command.Role!.Value, ct);
                return;
            case RoleCommandKind.MakeAdmin or RoleCommandKind.RemoveAdmin:
                await roles.SetAdminAsync(dc, command.Who!, command.Kind == RoleCommandKind.MakeAdmin, ct);
                return;
            case RoleCommandKind.ListRequests:
                await roles.ListRequestsAsync(dc, ct);
                return;
            case RoleCommandKind.WhoAdmins:
                await roles.WhoAdminsAsync(dc, ct);
                return;
            default:
                await roles.ListRolesAsync(dc, ct);
                return;
        }
    }

    private async Task<bool> HasAskedForRoleAsync(TurnScope scope, CancellationToken ct)
        => (await roleRequests.ListForPersonAsync(scope.Workspace.Id, scope.Person.UserId, ct)).Count > 0;

    private static Task UnhandledSubmissionAsync(DialogContext dc, CardSubmission submission)
    {
        switch (submission.Verb)
        {
            case Verbs.Help:
                dc.Turn.Send(HelpCards.Help());
                break;
            case Verbs.ConfirmGoal or Verbs.ConfirmGoalOnly or Verbs.ChangeGoal or Verbs.UseSuggestedTarget or Verbs.KeepTarget:
                dc.Turn.Send("That goal card has already been handled or has expired. Start again with something like \"we need 200 MQLs a month\".");
                break;
            default:
                dc.Turn.Send("That button belongs to a conversation that has ended. What would you like to do?");
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// "How many MQLs for the week of 16 Nov?" is an open question too: a question, a look or something else done instead
    /// of the number ("one sec, who owns the MQL goal?", "oh also toss 1237, …") is answered or done, and the number is
    /// asked again, so the bare "52" next is still that week's figure. Anything else said leaves it.
    /// </summary>
    private async Task ResumeCheckInAsync(DialogContext dc, RecentAction? asked, CancellationToken ct)
    {
        if (asked is null || dc.IsActive || dc.Recent is { Kind: Corrections.RecentCorrections.CheckIn or Corrections.RecentCorrections.CheckInAsk or Corrections.RecentCorrections.CheckInMetricAsk }
            || dc.Turn.Submission is not null || dc.Turn.Find<CheckInQuestionOpen>() is null)
        {
            return;
        }

        var question = asked.Kind == Corrections.RecentCorrections.CheckInMetricAsk
            ? Corrections.RecentCheckIn.ReadFigure(asked) is { } figure ? Commands.CheckInCommand.AskMetricFor(figure.Value, figure.Period) : null
            : Corrections.RecentCheckIn.Read(asked) is { Metrics: [var metric, ..], Period: var period } ? Commands.CheckInCommand.AskFor(metric, period) : null;
        if (question is null)
        {
            return;
        }

        if (dc.Turn.Text is not { Length: > 0 } text)
        {
            return;
        }

        var said = AsideOpeners.Strip(text);
        var pending = await leadFeedback.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct);
        var understanding = language.Understand(said, dc.Turn.Today);
        if (!(Questions.QuestionAnswers.IsQuestion(said) || IsGreeting(said) || SideCommand.Kind(text, pending.Select(l => l.Company).OfType<string>()) != SideCommand.None
              || Dialogs.Leads.LeadVerdicts.Said(said) is not null || language.Model.WholeCue(said) is "status" or "sla" or "audit"
              || understanding.Intent is "status" or "sla" or "audit" or "lead_feedback"))
        {
            return;
        }

        dc.Recent = asked;
        dc.Turn.Send("Now, back to the check-in:");
        dc.Turn.Send(question);
    }

    /// <summary>
    /// A dialog put aside for a side trip that opened its own comes back once that one has ended (done or cancelled),
    /// where it was, nothing of its draft lost. Someone who started something else meanwhile keeps it aside until then.
    /// </summary>
    private async Task ResumeAsideAsync(DialogContext dc, CancellationToken ct)
    {
        if (dc.IsActive || dc.Aside is not { Count: > 0 } aside || dc.Turn.Activity.Kind == ActivityKind.ConversationStarted
            || dc.Recent is { Kind: Corrections.RecentCorrections.CheckInAsk or Corrections.RecentCorrections.CheckInMetricAsk })
        {
            return;
        }

        dc.Aside = null;
        dc.Restore(aside);
        dc.Turn.Send($"Now, back to {dc.RootDialog?.Description ?? "what we were doing"}:");
        await dc.RepromptAsync(ct);
    }

    private async Task PendingAsync(DialogContext dc, CancellationToken ct)
    {
        if (dc.PendingText is { } pending && !dc.IsActive)
        {
            dc.PendingText = null;
            await DispatchAsync(dc, pending, ct);
        }
    }

    private async Task GreetAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (dc.Turn.Activity.Conversation.IsGroup)
        {
            dc.Turn.Send("Hi everyone, I'm AlignmentBot. I keep leadership, marketing and sales working toward the same measurable goals: ask me \"is marketing working?\", " +
                         "turn a vague ask into a goal (\"we need more leads\"), or say \"send the weekly digest here every Monday at 9\". Say \"help\" for everything else.");

            // Whoever added the bot and has no role yet is asked, here, as a first message would ask them in a direct one.
            if (scope.Actor.IsMember && scope.Person.Role is null && !await HasAskedForRoleAsync(scope, ct))
            {
                dc.Turn.Send($"{scope.Person.DisplayName.Split(' ')[0]}, one question so I can tailor what I show you:");
                await dc.BeginDialogAsync(DialogIds.Onboarding, false, ct);
            }

            return;
        }

        if (!scope.Actor.IsMember)
        {
            dc.Turn.Send(PermissionGate.MembershipMessage(scope));
            return;
        }

        if (scope.Person.Role is null && !await HasAskedForRoleAsync(scope, ct))
        {
            await dc.BeginDialogAsync(DialogIds.Onboarding, true, ct);
            return;
        }

        dc.Turn.Send(HelpCards.Help($"Welcome back, {scope.Person.DisplayName}."));
    }

    /// <summary>The workspace and person of the turn; <c>Remembered</c> when this conversation was just noted as the person's own.</summary>
    private async Task<(TurnScope Scope, bool Remembered)> ScopeAsync(IncomingActivity activity, DateTimeOffset now, CancellationToken ct)
    {
        var address = activity.Conversation;
        var from = activity.From;
        var workspaceId = new WorkspaceId(address.WorkspaceId);
        var workspace = await workspaces.GetAsync(workspaceId, ct);
        if (workspace is null)
        {
            workspace = new Workspace(workspaceId, PlatformOf(address.ChannelId), address.WorkspaceId == WorkspaceId.Local.Value ? "Local workspace" : $"Workspace {address.WorkspaceId}",
                from.TimeZone ?? "UTC");
            await workspaces.SaveAsync(workspace, ct);
        }

        var stored = await workspaces.GetPersonAsync(workspaceId, from.Id, ct);

        // Teams people were once keyed by their channel account id; someone who comes back under their AAD object id
        // keeps the role and admin right they had.
        var earlier = stored is null && from.AddressId is { } addressId && addressId != from.Id ? await workspaces.GetPersonAsync(workspaceId, addressId, ct) : null;
        var known = stored ?? earlier;
        var person = new Person(workspaceId, from.Id, string.IsNullOrWhiteSpace(from.Name) ? (known?.DisplayName ?? "there") : from.Name, known?.Role, from.TimeZone ?? known?.TimeZone)
        {
            IsAdmin = known?.IsAdmin ?? false,
            IsPlatformAdmin = from.IsPlatformAdmin,
            AddressId = from.AddressId ?? known?.AddressId,
            PersonalConversation = known?.PersonalConversation,
        };
        // Guests and people from other organisations are answered, but never become one of the workspace's people.
        if (from.Standing != UserStanding.Member)
        {
            return (new TurnScope(workspace, stored ?? person, address, gate.ActorFor(workspace, stored ?? person, from)), false);
        }

        var remembered = false;
        if (!address.IsGroup && person.PersonalConversation != address.Key)
        {
            // Where role requests and answers can reach them later (a conversation just started is remembered already).
            if (activity.Kind != ActivityKind.ConversationStarted)
            {
                await directory.RememberAsync(address, person.UserId, now, ct);
                remembered = true;
            }

            person = person with { PersonalConversation = address.Key };
        }

        if (stored is null || stored != person)
        {
            await workspaces.SavePersonAsync(person, ct);
        }

        return (new TurnScope(workspace, person, address, gate.ActorFor(workspace, person, from)), remembered);
    }

    private static Platform PlatformOf(string channelId) => channelId switch
    {
        "slack" => Platform.Slack,
        "msteams" => Platform.Teams,
        _ => Platform.Local,
    };

    private static bool IsGreeting(string text) => Greeting().IsMatch(text);


    [GeneratedRegex(@"^\W*(?:(?:can|could)\s+(?:i|we|you)\s+)?(?:please\s+|just\s+)*(?:use|give\s+me|show\s+me|open|send\s+me|get|have|fill\s+in|let\s+me\s+fill\s+in|i'?d\s+(?:rather|prefer)\s+(?:use|fill\s+in)?)\s*(?:a|the)\s+form(?:\s+instead)?(?:\s+(?:please|pls))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormInstead();

    // A lead named as a lead, not a bare number: "lead 1024", "lead #1024", "DEMO-1024".
    [GeneratedRegex(@"\blead\s*#?\s*\d|\b[a-z]+-\d{3,}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadNamed();

    [GeneratedRegex(@"^\s*(start(ing)?\s+(over|again)|restart|let'?s\s+start\s+(again|over)|from\s+scratch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartOver();

    [GeneratedRegex(@"^\s*(no[,.!]?\s+|ok[,.!]?\s+|actually[,.!]?\s+|oops[,.!]?\s+|nvm[,.!]?\s+|never\s*mind[,.!]?\s+)?(cancel|stop|quit|abort|exit|never\s*mind|forget\s+(it|that|this|about\s+it)|drop\s+it|scrap\s+(it|that)|leave\s+it)\b(?:[\w\s,.!']{0,24}|(?:\s+(?:it|that|this))?\s*[,.;:!-]+\s*(?:i'?ll|i\s+will|i\s+need\s+to|i\s+want\s+to|let\s+me|we'?ll|gonna|going\s+to|need\s+to)\s+(?:first\s+)?(?:check|ask|talk|wait|think|confirm|look|get\s+back|double[\s-]?check|circle\s+back|run\s+it\s+by|sync)\b[\w\s,.!'@-]{0,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelCommand();

    [GeneratedRegex(@"^\W*skip(?:\s+(?:it|that|this|the\s+reason))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkipAlone();

    [GeneratedRegex(@"^\s*(?:(?:no|ok|actually|oops|sorry)[,.!]?\s+)?(?:forget\s+(?:it|that|this)|never\s*mind|scrap\s+(?:it|that)|cancel\s+(?:it|that))\s*[,.;:!-]+\s*(?<rest>\S.{5,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelThen();

    [GeneratedRegex(@"^\s*(help|help\s+me|what\s+can\s+you\s+do|what\s+do\s+i\s+do|\?+)\s*[!?.]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpCommand();

    [GeneratedRegex(@"^\s*(hi|hello|hey|yo|(good )?(morning|afternoon|evening)|hiya|howdy)\b[\s!.,a-z\p{So}\p{Cs}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();
}

/// <summary>Set for a turn that began with a check-in's number (or metric) question open, so "cancel" drops that question.</summary>
internal sealed record CheckInQuestionOpen;

