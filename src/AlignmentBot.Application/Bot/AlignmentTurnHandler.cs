using System.Text.RegularExpressions;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.State;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// The bot every channel talks to. One turn: identify the workspace and person, load their conversation state,
/// expire it if idle, handle interruptions (cancel, start over, help), continue the waiting dialog or dispatch the
/// intent, and save the state with a version check. A failing turn apologises, logs, and resets the dialog.
/// </summary>
public sealed partial class AlignmentTurnHandler(
    DialogSet dialogs,
    AlignmentLanguage language,
    IConversationStateStore stateStore,
    IWorkspaceStore workspaces,
    IConversationDirectory directory,
    IEnumerable<IBotCommand> commands,
    IEnumerable<ISubmissionHandler> submissionHandlers,
    IOptions<BotOptions> options,
    TimeProvider time,
    IServiceProvider services,
    ILogger<AlignmentTurnHandler> logger) : IBot
{
    private const int SaveAttempts = 3;

    private readonly ConversationStates _states = new(stateStore);
    // The last registration for an intent or verb wins, so a host or a test can replace one.
    private readonly Dictionary<string, IBotCommand> _commands = commands.GroupBy(c => c.Intent, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    private readonly Dictionary<string, ISubmissionHandler> _submissions = submissionHandlers.SelectMany(h => h.Verbs.Select(v => (Verb: v, Handler: h)))
        .GroupBy(x => x.Verb, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Handler, StringComparer.Ordinal);
    private readonly StripedLocks _locks = new();

    public async Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        var address = activity.Conversation;
        var stateKey = address.IsGroup ? $"{address.Key}/{activity.From.Id}" : address.Key;
        using var _ = await _locks.AcquireAsync(address.WorkspaceId + "|" + stateKey, cancellationToken);
        var now = time.GetUtcNow();
        var scope = await ScopeAsync(activity, cancellationToken);
        if (activity.Kind == ActivityKind.ConversationStarted)
        {
            await directory.RememberAsync(address, now, cancellationToken);
        }

        for (var attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            var loaded = await _states.LoadAsync(address.WorkspaceId, stateKey, now, cancellationToken);
            var turn = new DialogTurn(activity, now, WorkspaceClock.Today(time, scope.Person.TimeZone ?? scope.Workspace.TimeZone), language.Model, services);
            turn.Set(scope);
            var dc = new DialogContext(dialogs, loaded.State, turn);
            try
            {
                if (loaded.Reset)
                {
                    turn.Send("I was updated since we last spoke, so I started our conversation fresh. Nothing half-finished was saved.");
                }

                await RunAsync(dc, loaded.State, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Turn failed in conversation {ConversationKey}; resetting its dialog", address.Key);
                dc.CancelAll();
                dc.PendingText = null;
                turn.ClearReplies();
                turn.ReplaceCard = null;
                turn.Send(TurnApology.AfterReset);
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
            dc.CancelAll();
            turn.Send($"It's been a while, so I dropped {what}; nothing was saved. Let's start from what you just said.");
        }

        var text = turn.Text?.Trim();

        // First contact: ask the role once, then come back to what they said.
        if (scope.Person.Role is null && !dc.IsActive && (text is null || !ChangeRole().IsMatch(text)))
        {
            if (!string.IsNullOrWhiteSpace(text) && !IsGreeting(text))
            {
                dc.PendingText = text;
            }

            await dc.BeginDialogAsync(DialogIds.Onboarding, true, ct);
            return;
        }

        // A card button with a handler of its own (a lead decision, the SLA, "use a form") works at any time; a
        // dialog that was waiting and is still there afterwards asks its question again.
        if (turn.Submission is { } pressed && _submissions.TryGetValue(pressed.Verb, out var handler))
        {
            var waiting = dc.IsActive ? dc.Active : null;
            await handler.HandleAsync(dc, pressed, ct);
            if (waiting is not null && dc.IsActive && ReferenceEquals(dc.Active, waiting))
            {
                await dc.RepromptAsync(ct);
            }

            return;
        }

        if (dc.IsActive)
        {
            if (await InterruptAsync(dc, text, ct))
            {
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
            if (!IsGreeting(text))
            {
                dc.PendingText ??= text;
                dc.Turn.Send("I'll get to that right after this one question.");
            }

            await dc.RepromptAsync(ct);
            return true;
        }

        if (StartOver().IsMatch(text))
        {
            var root = dc.RootDialog!;
            dc.CancelAll();
            dc.Turn.Send($"Starting {what} over.");
            await dc.BeginDialogAsync(root.Id, null, ct);
            return true;
        }

        // Mid-dialog, only an explicit command interrupts: a short answer ("me", "Marco", "150") must reach the question
        // it answers, however the intent model would read it on its own.
        if (CancelCommand().IsMatch(text) || language.Model.WholeCue(text) == "cancel")
        {
            dc.CancelAll();
            dc.PendingText = null;
            dc.Turn.Send($"OK, I've dropped {what}. Nothing was saved.");
            return true;
        }

        if (HelpCommand().IsMatch(text) || language.Model.WholeCue(text) == "help" && text.Trim().Length > 3)
        {
            dc.Turn.Send($"We're in the middle of {what}. Answer the question below, or say \"cancel\" to stop or \"start over\" to begin again. Everything else I can do is under \"help\" once we're done.");
            await dc.RepromptAsync(ct);
            return true;
        }

        return false;
    }

    private async Task DispatchAsync(DialogContext dc, string text, CancellationToken ct)
    {
        if (ChangeRole().IsMatch(text))
        {
            var scope = dc.Turn.Get<TurnScope>();
            if (Roles.TryParse(ChangeRole().Match(text).Groups["role"].Value, out var role))
            {
                await workspaces.SavePersonAsync(scope.Person with { Role = role }, ct);
                dc.Turn.Send($"Done: I've noted your role as {Roles.Noun(role)}.");
                return;
            }

            await dc.BeginDialogAsync(DialogIds.Onboarding, false, ct);
            return;
        }

        var understanding = language.Understand(text, dc.Turn.Today);
        logger.LogDebug("Understood {Intent} ({Score})", understanding.Intent, understanding.Score);
        if (_commands.TryGetValue(understanding.Intent, out var command))
        {
            await command.HandleAsync(dc, understanding, ct);
            return;
        }

        switch (understanding.Intent)
        {
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

    private static Task UnhandledSubmissionAsync(DialogContext dc, CardSubmission submission)
    {
        switch (submission.Verb)
        {
            case Verbs.Help:
                dc.Turn.Send(HelpCards.Help());
                break;
            case Verbs.ConfirmGoal or Verbs.ChangeGoal or Verbs.UseSuggestedTarget:
                dc.Turn.Send("That goal card has already been handled or has expired. Start again with something like \"we need 200 MQLs a month\".");
                break;
            default:
                dc.Turn.Send("That button belongs to a conversation that has ended. What would you like to do?");
                break;
        }

        return Task.CompletedTask;
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
            return;
        }

        if (scope.Person.Role is null)
        {
            await dc.BeginDialogAsync(DialogIds.Onboarding, true, ct);
            return;
        }

        dc.Turn.Send(HelpCards.Help($"Welcome back, {scope.Person.DisplayName}."));
    }

    private async Task<TurnScope> ScopeAsync(IncomingActivity activity, CancellationToken ct)
    {
        var address = activity.Conversation;
        var workspaceId = new WorkspaceId(address.WorkspaceId);
        var workspace = await workspaces.GetAsync(workspaceId, ct);
        if (workspace is null)
        {
            workspace = new Workspace(workspaceId, PlatformOf(address.ChannelId), address.WorkspaceId == WorkspaceId.Local.Value ? "Local workspace" : $"Workspace {address.WorkspaceId}",
                activity.From.TimeZone ?? "UTC");
            await workspaces.SaveAsync(workspace, ct);
        }

        var person = await workspaces.GetPersonAsync(workspaceId, activity.From.Id, ct);
        if (person is null || (activity.From.TimeZone is { } tz && person.TimeZone != tz) || (person.DisplayName != activity.From.Name && !string.IsNullOrWhiteSpace(activity.From.Name)))
        {
            person = new Person(workspaceId, activity.From.Id, string.IsNullOrWhiteSpace(activity.From.Name) ? (person?.DisplayName ?? "there") : activity.From.Name, person?.Role, activity.From.TimeZone ?? person?.TimeZone);
            await workspaces.SavePersonAsync(person, ct);
        }

        return new TurnScope(workspace, person, address);
    }

    private static Platform PlatformOf(string channelId) => channelId switch
    {
        "slack" => Platform.Slack,
        "msteams" => Platform.Teams,
        _ => Platform.Local,
    };

    private static bool IsGreeting(string text) => Greeting().IsMatch(text);

    [GeneratedRegex(@"^\s*(start(ing)?\s+(over|again)|restart|let'?s\s+start\s+(again|over)|from\s+scratch)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartOver();

    [GeneratedRegex(@"^\s*(no[,.!]?\s+|ok[,.!]?\s+|actually[,.!]?\s+|oops[,.!]?\s+)?(cancel|stop|quit|abort|exit|never\s*mind|forget\s+(it|that|this|about\s+it)|drop\s+it|scrap\s+(it|that)|leave\s+it)\b[\w\s,.!']{0,24}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelCommand();

    [GeneratedRegex(@"^\s*(help|help\s+me|what\s+can\s+you\s+do|what\s+do\s+i\s+do|\?+)\s*[!?.]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpCommand();

    [GeneratedRegex(@"\b(change|update|set)\s+my\s+role\b|\bi'?m\s+(now\s+)?in\s+(?<role>leadership|marketing|sales)\b|\bmy\s+role\s+is\s+(?<role>\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRole();

    [GeneratedRegex(@"^\s*(hi|hello|hey|yo|good (morning|afternoon|evening)|hiya|howdy)\b[\s!.,a-z]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();
}
