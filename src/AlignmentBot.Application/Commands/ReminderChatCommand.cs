using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// Check-in reminders managed in chat (<see cref="ReminderRequest"/>): a person's own day and time, a goal turned off (with
/// undo), out of office; "remind Priya about the CPL goal now" for the goal's setter, the owner's lead, leadership and
/// admins; "who hasn't checked in?" for leadership and admins. Sending now goes through the same delivery records as the
/// scheduled run, so it is still at most one ask and one second reminder per goal, person and period.
/// </summary>
public sealed partial class ReminderChatCommand(
    IGoalStore goals,
    IWorkspaceStore workspaces,
    IReminderStore reminders,
    ReminderPlanning planning,
    ReminderDispatcher dispatcher,
    PermissionGate gate,
    Microsoft.Extensions.Options.IOptions<ReminderOptions> options) : IPhraseCommand, ISubmissionHandler
{
    public const string IntentName = "reminders";

    /// <summary>The Undo button after "stop reminding me about …"; its data names the goal.</summary>
    public const string UndoMute = "reminder.unmute";

    private const string GoalKey = "goal";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Intent => IntentName;

    public IReadOnlyCollection<string> Verbs { get; } = [UndoMute];

    public bool Matches(string text) => ReminderRequest.Parse(text) is not null;

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        // Matches reads the text as typed and the understanding may have rewritten it (an arrow read as "to"): what matched is
        // handled, so a message the command took is never left without a reply.
        if ((ReminderRequest.Parse(understanding.Text) ?? ReminderRequest.Parse(dc.Turn.Text)) is not { } request)
        {
            return;
        }

        switch (request.Kind)
        {
            case ReminderRequestKind.Schedule:
                // "actually I'm back, came home early. remind me on mondays at 9 from now on": both parts, the return first.
                if (request.BackToo)
                {
                    await BackAsync(dc, cancellationToken);
                }

                // "at the sales kickoff in vegas from wednesday till the 4th, hold my reminders. when I'm back remind me tuesdays
                // at 9": the absence said before the schedule is kept too, so nothing said is dropped.
                if (!request.BackToo && WhenBack().Match(understanding.Text) is { Success: true, Index: > 0 } whenBack
                    && AbsenceWords.LastDayOut(understanding.Text[..whenBack.Index], dc.Turn.Today) is { } away && away >= dc.Turn.Today)
                {
                    await OutUntilAsync(reminders, dc, away, cancellationToken);
                }

                // "remind me at 10 instead": the day the reminders have; with none set yet, asked.
                var onDay = request.Day;
                if (onDay is null && request.KeepDay)
                {
                    var scope = dc.Turn.Get<TurnScope>();
                    onDay = (await PreferencesAsync(scope, scope.Person.UserId, cancellationToken)).Day;
                    if (onDay is null)
                    {
                        dc.Turn.Send($"On which day at {request.Time?.ToString("HH:mm", Invariant)}? Say, for example, \"remind me on Thursdays at {request.Time?.ToString("H:mm", Invariant)}\".");
                        break;
                    }
                }

                if ((request.Time ?? (request.KeepTime ? await OwnTimeAsync(dc, cancellationToken) : null) ?? await ColleaguesTimeAsync(dc, cancellationToken)) is not { } at)
                {
                    dc.Turn.Send($"At what time on {request.Day}s? Say, for example, \"remind me on {request.Day}s at 10\".");
                    break;
                }

                await ScheduleAsync(dc, onDay!.Value, at, cancellationToken);
                break;
            case ReminderRequestKind.Mute:
            case ReminderRequestKind.Unmute:
                await MuteAsync(dc, request.Goal ?? string.Empty, understanding, request.Kind == ReminderRequestKind.Mute, cancellationToken);
                break;
            case ReminderRequestKind.OutOfOffice:
                await OutAsync(dc, request, cancellationToken);
                // "off until 4 dec - when I'm back remind me on tuesdays at 9": the day and time asked for after the absence
                // are the speaker's own reminders too, so nothing said is dropped.
                if (ReminderWhenWords.Read(understanding.Text) is { Day: { } backDay, Time: { } backAt })
                {
                    await ScheduleAsync(dc, backDay, backAt, cancellationToken);
                }

                break;
            case ReminderRequestKind.Back:
                await BackAsync(dc, cancellationToken);
                // "nvm the trip got cancelled, I'm around after all - remind me on tuesdays at 10 then": a schedule said with the
                // return is kept too, as with an absence.
                if (ReminderWhenWords.Read(understanding.Text) is { Day: { } thenDay, Time: { } thenAt })
                {
                    await ScheduleAsync(dc, thenDay, thenAt, cancellationToken);
                }

                break;
            case ReminderRequestKind.Asked:
                await AnswerAsync(dc, cancellationToken);
                break;
            case ReminderRequestKind.RemindNow:
                // "remind Sam and Marco about their numbers now": each person is reminded (and checked) on their own.
                foreach (var who in request.People ?? [request.Who ?? string.Empty])
                {
                    await RemindNowAsync(dc, who, request.Goal ?? string.Empty, understanding, cancellationToken);
                }

                break;
            default:
                await OverdueAsync(dc, cancellationToken);
                break;
        }
    }

    /// <summary>The Undo button of "stop reminding me about …": only ever the presser's own preferences.</summary>
    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        // One goal, or several after "stop nagging me" (comma-separated).
        if (GoalIds(submission.Value(GoalKey)) is not { } ids)
        {
            dc.Turn.Send("That button no longer works; say \"start reminding me about …\" instead.");
            return;
        }

        dc.Turn.ReplaceCard = new OutgoingMessage(await UnmuteAsync(dc, goals, reminders, ids, cancellationToken));
    }

    /// <summary>The goals of a mute's Undo (comma-separated ids), or null when any is not one.</summary>
    internal static GoalId[]? GoalIds(string? raw)
    {
        var parts = (raw ?? string.Empty).Split(',');
        var ids = parts.Select(r => Guid.TryParse(r, out var g) ? new GoalId(g) : default).Where(i => i != default).ToArray();
        return ids.Length == 0 || ids.Length != parts.Length ? null : ids;
    }

    /// <summary>
    /// Reminders about <paramref name="ids"/> back on for the speaker (only ever their own preferences): the Undo button, and
    /// "actually I do want those, turn them back on" right after muting (<see cref="Corrections.RecentCorrections"/>).
    /// </summary>
    internal static async Task<string> UnmuteAsync(DialogContext dc, IGoalStore goals, IReminderStore reminders, IReadOnlyCollection<GoalId> ids, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == scope.Person.UserId) ?? ReminderPreferences.None(scope.Person.UserId);
        var names = new List<string>();
        foreach (var id in ids)
        {
            names.Add((await goals.GetAsync(scope.Workspace.Id, id, cancellationToken))?.Definition.Label ?? "that goal");
        }

        if (ids.Any(prefs.Muted.Contains))
        {
            await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Muted = prefs.Muted.Where(g => !ids.Contains(g)).ToHashSet() }, dc.Turn.Now, cancellationToken);
        }

        var text = $"Undone: reminders about {string.Join(", ", names)} are back on.";
        dc.Turn.Send(text);
        return text;
    }

    /// <summary>A question about the speaker's own reminders: when they come, whether they are paused, and how to change or stop them. Nothing changes.</summary>
    private async Task AnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == scope.Person.UserId) ?? ReminderPreferences.None(scope.Person.UserId);
        var zone = WorkspaceClock.Zone(scope.Person.TimeZone ?? scope.Workspace.TimeZone);
        var when = prefs switch
        {
            { Day: { } d, Time: { } at } => $"Your check-in reminders come on {d}s at {at.ToString("HH:mm", Invariant)} ({zone.Id} time).",
            { Day: { } d } => $"Your check-in reminders come on {d}s.",
            { Time: { } at } => $"Your check-in reminders come at {at.ToString("HH:mm", Invariant)} ({zone.Id} time).",
            _ => "You haven't picked a day or time for your check-in reminders, so each number is asked for when its period ends.",
        };
        var paused = prefs.OutUntil is { } until && until >= dc.Turn.Today ? $" You're out of office until {until.ToString("ddd d MMM", Invariant)}, so none come before then." : string.Empty;
        var muted = prefs.Muted.Count > 0 ? $" Reminders are off for {prefs.Muted.Count} of your goals." : string.Empty;
        dc.Turn.Send(await OwedAsync(scope, dc.Turn.Now, cancellationToken) + when + paused + muted
            + " To change them, say \"remind me on Fridays at 4\"; to stop them, \"stop reminding me\" (or \"stop reminding me about CPL\" for one goal); when you're away, \"I'm out until 12 Dec\".");
    }

    /// <summary>
    /// What the speaker checks in, for "what am I supposed to check in this week?": each active goal they own and where its
    /// number stands (due for which period, in, or not due yet), from the same plan the reminders are sent by.
    /// </summary>
    private async Task<string> OwedAsync(TurnScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await planning.PlanAsync(scope.Workspace, now, cancellationToken);
        var mine = plan.Statuses.Where(st => st.Goal.OwnerId == scope.Person.UserId && st.Goal.Status == GoalStatus.Active).ToList();
        if (mine.Count == 0)
        {
            return "You own no active goal, so you have no numbers to check in. ";
        }

        var lines = mine.Select(st => st switch
        {
            { Period: { } p, State: CheckInState.NumberIn } => $"{st.Goal.Definition.Label}: the number for {p.Describe()} is in",
            { Period: { } p } when st.IsOverdue => $"{st.Goal.Definition.Label}: the number for {p.Describe()} is due",
            { Period: { } p, State: CheckInState.Skipped } => $"{st.Goal.Definition.Label}: {p.Describe()} was skipped",
            _ => $"{st.Goal.Definition.Label}: nothing is due yet",
        });
        return $"You check in {string.Join("; ", lines)}. ";
    }

    /// <summary>The time the speaker's reminders come at now, or the workspace's default time (for "move my reminder to mondays, same time").</summary>
    private async Task<TimeOnly?> OwnTimeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        return (await PreferencesAsync(scope, scope.Person.UserId, cancellationToken)).Time ?? options.Value.DefaultTimeOfDay();
    }

    /// <summary>
    /// The time a colleague's reminders come at, for "same here but on mondays" said after theirs: the one time the others who
    /// set one share; null when none did or they differ (then the speaker is asked).
    /// </summary>
    private async Task<TimeOnly?> ColleaguesTimeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var times = (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken))
            .Where(p => p.PersonId != scope.Person.UserId && p.Time is not null).Select(p => p.Time!.Value).Distinct().ToList();
        return times.Count == 1 ? times[0] : null;
    }

    private Task ScheduleAsync(DialogContext dc, DayOfWeek day, TimeOnly at, CancellationToken cancellationToken)
        => ScheduleAsync(reminders, dc, day, at, options.Value.ReminderDays(), cancellationToken);

    /// <summary>
    /// Sets the person's own reminder day and time; shared with the correction right after it ("actually thursdays at nine
    /// in the morning instead"), which is remembered here so it moves this reminder rather than a digest.
    /// </summary>
    internal static async Task ScheduleAsync(IReminderStore reminders, DialogContext dc, DayOfWeek day, TimeOnly at, IReadOnlySet<DayOfWeek> workingDays, CancellationToken cancellationToken)
    {
        // "remind me saturdays at 10": reminders only go out on working days, so a day off is not kept (nor half-kept).
        if (!workingDays.Contains(day))
        {
            var days = string.Join(", ", Enum.GetValues<DayOfWeek>().Where(workingDays.Contains).Select(d => d.ToString()));
            dc.Turn.Send($"Check-in reminders only go out on working days ({days}), so I haven't set {day}s. Nothing changed; say another day, for example \"remind me on Fridays at {at.ToString("h:mm", Invariant)}\".");
            return;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == scope.Person.UserId) ?? ReminderPreferences.None(scope.Person.UserId);
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Day = day, Time = at }, dc.Turn.Now, cancellationToken);
        var zone = WorkspaceClock.Zone(scope.Person.TimeZone ?? scope.Workspace.TimeZone);
        var before = prefs.Day is { } d && prefs.Time is { } t ? $" (was {d}s at {t.ToString("HH:mm", Invariant)})" : string.Empty;
        dc.Turn.Send($"✓ I'll ask you for your numbers on {day}s at {at.ToString("HH:mm", Invariant)} ({at.ToString("h:mm tt", Invariant).ToLowerInvariant()}, {zone.Id} time){before}: "
            + "a week is asked for on its own last working day from then on, and quiet hours and holidays still apply.");
        dc.Recent = Corrections.RecentCorrections.ReminderScheduled(prefs.Day, prefs.Time);
    }

    private async Task MuteAsync(DialogContext dc, string words, Conversations.Understanding.Understanding understanding, bool mute, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var me = scope.Person.UserId;
        if (mute && string.IsNullOrWhiteSpace(words))
        {
            await MuteAllAsync(dc, scope, cancellationToken);
            return;
        }

        // "resume reminders pls", "switch my reminders back on": no goal named is every goal of mine that was off.
        if (!mute && string.IsNullOrWhiteSpace(words))
        {
            await UnmuteAllAsync(dc, scope, cancellationToken);
            return;
        }

        // "stop reminding me about mqls and the acceptance rate": each goal named, when every part names one of mine.
        if (mute && await SeveralNamedAsync(scope, words, cancellationToken) is { Count: > 1 } several && several.Any(g => g.OwnerId == me))
        {
            await MuteSeveralAsync(dc, scope, several, words, cancellationToken);
            return;
        }

        var found = await FindGoalsAsync(scope, words, understanding, cancellationToken);
        if (found.Count == 0)
        {
            dc.Turn.Send($"I can't find an open goal matching \"{words}\". Nothing changed; \"Is marketing working?\" lists the goals.");
            return;
        }

        var goal = found.FirstOrDefault(g => g.OwnerId == me) ?? found[0];
        if (goal.OwnerId != me)
        {
            dc.Turn.Send($"{goal.Definition.Label} (\"{goal.AskedAs}\") is {goal.OwnerName}'s goal, not yours, so you get no reminders about it. Nothing changed.");
            return;
        }

        var prefs = await PreferencesAsync(scope, me, cancellationToken);
        if (prefs.Muted.Contains(goal.Id) == mute)
        {
            dc.Turn.Send(mute ? $"Reminders about {goal.Definition.Label} were already off." : $"Reminders about {goal.Definition.Label} are on already.");
            return;
        }

        var muted = mute ? prefs.Muted.Append(goal.Id).ToHashSet() : prefs.Muted.Where(g => g != goal.Id).ToHashSet();
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Muted = muted }, dc.Turn.Now, cancellationToken);
        if (!mute)
        {
            dc.Turn.Send($"✓ Reminders about {goal.Definition.Label} (\"{goal.AskedAs}\") are back on.");
            return;
        }

        var text = $"✓ No more reminders about {goal.Definition.Label} (\"{goal.AskedAs}\"). Your other goals are still asked for, and it still shows as overdue to leadership when its number is missing.";
        var card = new Card("Reminders off for one goal", [new TextBlock(text)],
            [new CardAction("Undo", UndoMute, new Dictionary<string, string>(StringComparer.Ordinal) { [GoalKey] = goal.Id.Value.ToString("D") })]);
        dc.Turn.Send(new OutgoingMessage(text + " Press Undo, or say \"start reminding me about " + words + "\".", card));
        dc.Recent = Corrections.RecentCorrections.RemindersMuted([goal.Id]);
    }

    /// <summary>
    /// The open goals that words naming several name ("mqls and the acceptance rate", "cpl, retention"), one per part, each
    /// part by its metric or label (the speaker's own goal first when a metric has several); null when the words are one
    /// part, or a part names no goal or more than one.
    /// </summary>
    private async Task<IReadOnlyList<Goal>?> SeveralNamedAsync(TurnScope scope, string words, CancellationToken cancellationToken)
    {
        var parts = SeveralParts().Split(words).Select(p => GoalWords().Replace(p.Trim(), string.Empty).Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length < 2)
        {
            return null;
        }

        var open = (await goals.ListAsync(scope.Workspace.Id, cancellationToken)).Where(g => g.IsOpen).ToArray();
        var named = new List<Goal>();
        foreach (var part in parts)
        {
            var fits = MetricCatalog.TryParse(part, out var key)
                ? open.Where(g => MetricCatalog.NameOf(g.Metric) == MetricCatalog.NameOf(key)).ToArray()
                : open.Where(g => g.Definition.Label.Contains(part, StringComparison.OrdinalIgnoreCase) || g.AskedAs.Contains(part, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (fits.Length > 1 && fits.Count(g => g.OwnerId == scope.Person.UserId) == 1)
            {
                fits = fits.Where(g => g.OwnerId == scope.Person.UserId).ToArray();
            }

            if (fits.Length != 1)
            {
                return null;
            }

            named.Add(fits[0]);
        }

        return named.DistinctBy(g => g.Id).ToArray();
    }

    /// <summary>
    /// Reminders off for the goals of mine among several named in one message, with one Undo for them all; one that is
    /// someone else's is said to be theirs and left as it is.
    /// </summary>
    private async Task MuteSeveralAsync(DialogContext dc, TurnScope scope, IReadOnlyList<Goal> named, string words, CancellationToken cancellationToken)
    {
        var several = named.Where(g => g.OwnerId == scope.Person.UserId).ToArray();
        var others = named.Where(g => g.OwnerId != scope.Person.UserId)
            .Select(g => $" {g.Definition.Label} is {g.OwnerName}'s goal, not yours, so you get no reminders about it; that one is unchanged.");
        var prefs = await PreferencesAsync(scope, scope.Person.UserId, cancellationToken);
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Muted = prefs.Muted.Concat(several.Select(g => g.Id)).ToHashSet() }, dc.Turn.Now, cancellationToken);
        var names = string.Join(" and ", several.Select(g => g.Definition.Label));
        var text = $"✓ No more reminders about {names}. Your other goals are still asked for, and each still shows as overdue to leadership when its number is missing." + string.Concat(others);
        var card = new Card("Reminders off for your goals", [new TextBlock(text)],
            [new CardAction("Undo", UndoMute, new Dictionary<string, string>(StringComparer.Ordinal) { [GoalKey] = string.Join(',', several.Select(g => g.Id.Value.ToString("D"))) })]);
        dc.Turn.Send(new OutgoingMessage(text + " Press Undo, or say \"start reminding me about " + words + "\".", card));
        dc.Recent = Corrections.RecentCorrections.RemindersMuted(several.Select(g => g.Id));
    }

    /// <summary>"Stop nagging me", no goal named: reminders off for every open goal of mine, with one Undo for them all.</summary>
    private async Task MuteAllAsync(DialogContext dc, TurnScope scope, CancellationToken cancellationToken)
    {
        var me = scope.Person.UserId;
        var mine = (await goals.ListAsync(scope.Workspace.Id, cancellationToken)).Where(g => g.IsOpen && g.OwnerId == me).ToArray();
        var prefs = await PreferencesAsync(scope, me, cancellationToken);
        var turnedOff = mine.Where(g => !prefs.Muted.Contains(g.Id)).ToArray();
        if (turnedOff.Length == 0)
        {
            dc.Turn.Send(mine.Length == 0
                ? "You own no open goal, so there are no check-in reminders to stop: I send you none. Nothing changed."
                : "Reminders about your goals were already off. Say \"start reminding me about …\" to turn one back on.");
            return;
        }

        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Muted = prefs.Muted.Concat(turnedOff.Select(g => g.Id)).ToHashSet() }, dc.Turn.Now, cancellationToken);
        var names = string.Join(", ", turnedOff.Select(g => g.Definition.Label));
        var text = $"✓ No more check-in reminders about your goals: {names}. They still show as overdue to leadership when a number is missing.";
        var card = new Card("Reminders off for your goals", [new TextBlock(text)],
            [new CardAction("Undo", UndoMute, new Dictionary<string, string>(StringComparer.Ordinal) { [GoalKey] = string.Join(',', turnedOff.Select(g => g.Id.Value.ToString("D"))) })]);
        dc.Turn.Send(new OutgoingMessage(text + " Press Undo, or say \"start reminding me about …\" for one of them.", card));
        dc.Recent = Corrections.RecentCorrections.RemindersMuted(turnedOff.Select(g => g.Id));
    }

    /// <summary>Reminders back on with no goal named: every goal of mine that had them off.</summary>
    private async Task UnmuteAllAsync(DialogContext dc, TurnScope scope, CancellationToken cancellationToken)
    {
        var prefs = await PreferencesAsync(scope, scope.Person.UserId, cancellationToken);
        if (prefs.Muted.Count == 0)
        {
            dc.Turn.Send("Your reminders are all on already. Nothing changed.");
            return;
        }

        var names = new List<string>();
        foreach (var id in prefs.Muted)
        {
            names.Add((await goals.GetAsync(scope.Workspace.Id, id, cancellationToken))?.Definition.Label ?? "a closed goal");
        }

        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Muted = new HashSet<GoalId>() }, dc.Turn.Now, cancellationToken);
        dc.Turn.Send($"✓ Reminders are back on for {string.Join(", ", names)}.");
    }

    private async Task OutAsync(DialogContext dc, ReminderRequest request, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var dateText = request.DateText;

        // Every day in the message, read in order ("OOO next thu and fri btw" is out until next week's Friday); when the
        // reader finds none, only the words of the last day are read: "from tomorrow till the 2nd of Jan" is out until the 2nd.
        var until = ReminderRequest.LastDayOut(request, dc.Turn.Today);
        if (until is null)
        {
            var said = string.IsNullOrWhiteSpace(dateText) ? null : dc.Turn.Entities.Read(dateText, dc.Turn.Today).DateList.Select(d => d.Deadline ?? d.RangeEnd).FirstOrDefault(d => d is not null);

            // "Back on 7 Dec": the last day out is the day before.
            until = request.Returning ? said?.AddDays(-1) : said;
        }

        // "I'm OOO": until when is asked; the answer ("till the 2nd", "back on monday") is read right after (RecentCorrections).
        if (until is null && AbsenceWords.AwayWithoutDay(request.Said))
        {
            dc.Turn.Send("Until when are you out? Say the last day you're away or the day you're back, for example \"till the 2nd\" or \"back on Monday\". Your reminders wait until then.");
            dc.Recent = Corrections.RecentCorrections.AbsenceAsked();
            return;
        }

        if (until is not { } day)
        {
            dc.Turn.Send($"I couldn't read \"{dateText}\" as a day. Nothing changed; say it like \"I'm out until 12 Dec\".");
            return;
        }

        if (day < dc.Turn.Today)
        {
            dc.Turn.Send($"{day.ToString("d MMM yyyy", Invariant)} has passed. Nothing changed; say the last day you are out.");
            return;
        }

        await OutUntilAsync(reminders, dc, day, cancellationToken);
    }

    /// <summary>
    /// Marks the speaker out of office until <paramref name="day"/> (only ever their own preferences); shared with the
    /// correction right after it ("actually make that dec 8"), which is remembered here so it moves this absence.
    /// </summary>
    internal static async Task OutUntilAsync(IReminderStore reminders, DialogContext dc, DateOnly day, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == scope.Person.UserId) ?? ReminderPreferences.None(scope.Person.UserId);
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { OutUntil = day }, dc.Turn.Now, cancellationToken);
        var before = prefs.OutUntil is { } was && was != day ? $" (was {was.ToString("ddd d MMM", Invariant)})" : string.Empty;
        dc.Turn.Send($"✓ Out of office until {day.ToString("ddd d MMM", Invariant)}{before}: no reminders until you're back; what is due is asked for on your first working day after. "
            + "Say \"I'm back\" if you return earlier.");
        dc.Recent = Corrections.RecentCorrections.AbsenceNoted(prefs.OutUntil);
    }

    private async Task BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = await PreferencesAsync(scope, scope.Person.UserId, cancellationToken);
        if (prefs.OutUntil is null)
        {
            dc.Turn.Send("Welcome back. You weren't marked out of office, so nothing changed.");
            return;
        }

        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { OutUntil = null }, dc.Turn.Now, cancellationToken);
        dc.Turn.Send($"✓ Welcome back: reminders are on again (you were out until {prefs.OutUntil.Value.ToString("ddd d MMM", Invariant)}).");
    }

    /// <summary>
    /// "remind Priya about CPL now": done when the speaker may (<see cref="PermissionAction.RemindNow"/>), whatever the period's
    /// state. A number due is asked for (the period's ask or second reminder); when it is in, or no period has ended yet, the
    /// person is told who asked, what is in and what comes next (a <see cref="ReminderKind.Requested"/> delivery keyed by the
    /// day, so at most one a day per person and goal). Out of office and muted goals are not nudged; the speaker hears why.
    /// "about their numbers" (no goal said) is every open goal the person owns, in one message.
    /// </summary>
    private async Task RemindNowAsync(DialogContext dc, string who, string words, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var ws = scope.Workspace;
        var people = await workspaces.ListPeopleAsync(ws.Id, cancellationToken);
        var named = FindPeople(people, who);
        if (named.Count != 1)
        {
            dc.Turn.Send(named.Count == 0
                ? $"I don't know anyone called \"{who}\" here. Nothing was sent."
                : $"More than one person is called \"{who}\": {string.Join(", ", named.Select(p => p.DisplayName))}. Say the full name. Nothing was sent.");
            return;
        }

        var person = named[0];
        var whole = string.IsNullOrWhiteSpace(GoalWords().Replace(words, string.Empty));
        var found = whole
            ? (await goals.ListAsync(ws.Id, cancellationToken)).Where(g => g.Status == GoalStatus.Active && g.OwnerId == person.UserId).OrderBy(g => g.CreatedAt).ToArray()
            : await FindGoalsAsync(scope, words, understanding, cancellationToken);
        var goal = found.FirstOrDefault(g => g.OwnerId == person.UserId);
        if (goal is null)
        {
            // Someone who may not have this person reminded at all hears who may, whichever goal they named.
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.RemindNow, new PermissionResource { Functions = person.Role is { } r ? [Roles.FunctionOf(r)] : [] }, cancellationToken))
            {
                return;
            }

            dc.Turn.Send(whole
                ? $"{person.DisplayName} owns no active goal, so there is nothing to remind them about. Nothing was sent."
                : found.Count == 0
                    ? $"I can't find an open goal matching \"{words}\". Nothing was sent."
                    : $"{person.DisplayName} doesn't own {found[0].Definition.Label} (\"{found[0].AskedAs}\"); its owner is {found[0].OwnerName}. Nothing was sent.");
            return;
        }

        var resource = new PermissionResource
        {
            AuthorId = goal.CreatedBy,
            Functions = person.Role is { } role ? [Roles.FunctionOf(role)] : GoalPermissions.Functions(goal.Audience),
        };
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.RemindNow, resource, cancellationToken))
        {
            return;
        }

        var name = person.DisplayName;
        var prefs = await PreferencesAsync(scope, person.UserId, cancellationToken);
        var zone = WorkspaceClock.Zone(person.TimeZone ?? ws.TimeZone);
        var theirToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dc.Turn.Now, zone).DateTime);
        if (prefs.OutUntil is { } back && back >= theirToday)
        {
            dc.Turn.Send($"{name} is out of office until {back.ToString("ddd d MMM", Invariant)}, so nothing was sent now; the reminder goes out when they're back.");
            return;
        }

        var plan = await planning.PlanAsync(ws, dc.Turn.Now, cancellationToken);
        var deliveries = await planning.DeliveriesAsync(ws, dc.Turn.Now, cancellationToken);
        var todayKey = theirToday.ToString("yyyy-MM-dd", Invariant);
        var items = new List<(DueReminder Due, Goal Goal)>();
        var said = new List<string>();
        foreach (var g in whole ? found : [goal])
        {
            var label = g.Definition.Label;
            if (prefs.Muted.Contains(g.Id))
            {
                said.Add($"{name} turned reminders off for {label}, so nothing was sent about it. It still shows on \"who hasn't checked in?\".");
                continue;
            }

            // One reminder a day per person and goal, asked for or scheduled: the last one's time is said.
            var last = deliveries.Where(d => d.GoalId == g.Id && d.PersonId == person.UserId && d.Kind != ReminderKind.SetterNotice
                    && d.State is ReminderDeliveryState.Sent or ReminderDeliveryState.Answered or ReminderDeliveryState.Sending
                    && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.UpdatedAt, zone).DateTime) == theirToday)
                .OrderByDescending(d => d.UpdatedAt).FirstOrDefault();
            if (last is not null)
            {
                said.Add($"{name} was already reminded about {label} today at {TimeZoneInfo.ConvertTime(last.UpdatedAt, zone).ToString("HH:mm", Invariant)}; the bot sends one a day. Nothing new was sent.");
                continue;
            }

            var status = plan.Statuses.FirstOrDefault(st => st.Goal.Id == g.Id);
            if (status is { Period: { } period, State: CheckInState.Due or CheckInState.Waiting })
            {
                // The number of the period that ended is due: its ask, or its second reminder once the ask went.
                var asked = deliveries.Any(d => d.GoalId == g.Id && d.PersonId == person.UserId && d.PeriodKey == period.Key && d.Kind == ReminderKind.Ask);
                items.Add((new DueReminder(g.Id, person.UserId, period, asked ? ReminderKind.Nudge : ReminderKind.Ask, dc.Turn.Now), g));
                continue;
            }

            // Asked for in chat though nothing is due yet: the period still missing after both reminders, else the one open now.
            var about = status is { Period: { } missing, State: CheckInState.Reminded }
                ? missing
                : CheckInPeriods.Containing(theirToday, g.Cadence, ws.WeekStart);
            items.Add((new DueReminder(g.Id, person.UserId, new CheckInPeriod(about.Range, todayKey), ReminderKind.Requested, dc.Turn.Now), g));
        }

        foreach (var line in said)
        {
            dc.Turn.Send(line);
        }

        if (items.Count == 0)
        {
            return;
        }

        var what = string.Join(" and ", items.Select(i => i.Goal.Definition.Label));
        var outcome = await dispatcher.SendBatchAsync(plan, new ReminderBatch(person.UserId, person, items, scope.Person.DisplayName), cancellationToken);
        dc.Turn.Send(outcome.State switch
        {
            ReminderDeliveryState.Sent => $"✓ Reminded {name} about {what}, just now: {string.Join("; ", items.Select(i => Sent(i.Due, i.Goal, plan)))}. The message says you asked.",
            null when outcome.Goals == 0 => $"{name} was already reminded about {what} today. Nothing new was sent.",
            null => $"The platform would not take the reminder to {name} just now; the next scheduled run tries again.",
            _ => $"I couldn't remind {name}: {outcome.Summary[(outcome.Summary.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()} \"reminders list\" shows it.",
        });
    }

    /// <summary>What the reminder asked of the person, for the one who asked: "the number for the week of 16 Nov (their second reminder)".</summary>
    private static string Sent(DueReminder due, Goal goal, ReminderPlan plan)
    {
        var status = plan.Statuses.FirstOrDefault(s => s.Goal.Id == goal.Id);
        return due.Kind switch
        {
            ReminderKind.Ask => $"asked for {goal.Definition.Label} for {due.Period.Describe()}",
            ReminderKind.Nudge => $"asked for {goal.Definition.Label} for {due.Period.Describe()} (their second reminder)",
            _ when status is { Period: { } p, State: CheckInState.Reminded } && p.Range == due.Period.Range => $"asked again for {goal.Definition.Label} for {p.Describe()}, still missing",
            _ when status is { Period: { } p, State: CheckInState.NumberIn } => $"{goal.Definition.Label} for {p.Describe()} is already in, so it says so and that the next number is for {due.Period.Describe()}",
            _ => $"the next {goal.Definition.Label} number is for {due.Period.Describe()}",
        };
    }

    private async Task OverdueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.SeeOverdueCheckIns, null, cancellationToken))
        {
            return;
        }

        var plan = await planning.PlanAsync(scope.Workspace, dc.Turn.Now, cancellationToken);
        var deliveries = await planning.DeliveriesAsync(scope.Workspace, dc.Turn.Now, cancellationToken);
        dc.Turn.Send(ReminderListTable.Render(plan, deliveries).TrimEnd());
    }

    private async Task<ReminderPreferences> PreferencesAsync(TurnScope scope, string personId, CancellationToken cancellationToken)
        => (await reminders.ListPreferencesAsync(scope.Workspace.Id, cancellationToken)).FirstOrDefault(p => p.PersonId == personId) ?? ReminderPreferences.None(personId);

    /// <summary>Open goals the words name: by metric ("CPL", "retention"), by label, or by what was asked ("Keep more customers").</summary>
    private async Task<IReadOnlyList<Goal>> FindGoalsAsync(TurnScope scope, string words, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var open = (await goals.ListAsync(scope.Workspace.Id, cancellationToken)).Where(g => g.IsOpen).ToArray();
        var bare = GoalWords().Replace(words, string.Empty).Trim();
        if (bare.Length == 0)
        {
            return [];
        }

        var metrics = MetricCatalog.TryParse(bare, out var key) ? [MetricCatalog.NameOf(key)] : understanding.Entities.MetricList;
        var found = open.Where(g => metrics.Contains(MetricCatalog.NameOf(g.Metric))).ToList();
        if (found.Count == 0)
        {
            found = open.Where(g => g.Definition.Label.Contains(bare, StringComparison.OrdinalIgnoreCase) || g.AskedAs.Contains(bare, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return found.OrderBy(g => g.ParentId is null ? 0 : 1).ThenByDescending(g => g.CreatedAt).ToArray();
    }

    private static List<Person> FindPeople(IReadOnlyList<Person> people, string who)
    {
        if (SlackMention().Match(who) is { Success: true } mention)
        {
            return people.Where(p => p.UserId == mention.Groups["id"].Value).ToList();
        }

        var name = who.TrimStart('@').Trim();
        var exact = people.Where(p => p.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        return people.Where(p => p.DisplayName.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)
            || p.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Equals(name, StringComparison.OrdinalIgnoreCase) == true).ToList();
    }

    [GeneratedRegex(@"^(?:the|my|our|their|her|his)\s+|(?:^|\s+)(?:goals?|numbers?|figures|nums|stats|metrics?|check[\s-]?ins?|targets?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalWords();

    /// <summary>Where a schedule for after an absence starts: "when I'm back", "once I get back", "after I'm back".</summary>
    [GeneratedRegex(@"\b(?:when|once|after)\s+(?:i'?m|i\s+am|i\s+get|i'?ve\s+got)\s+back\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenBack();

    /// <summary>Between goals named together: "and", "&", "+", a comma or "or".</summary>
    [GeneratedRegex(@"\s*(?:,\s*(?:and\s+)?|\s(?:and|&|\+|or)\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveralParts();

    [GeneratedRegex(@"^<@(?<id>[A-Za-z0-9]+)(?:\|[^>]*)?>$")]
    private static partial Regex SlackMention();
}
