using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Requests;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// Corrections to what was just recorded: "undo that" or "actually the reason is no budget" after a lead verdict,
/// "actually 44" or "no, forty-four" after a check-in, "actually Sam asked for it, not Dana" or "sorry, it's €3k" after a
/// request was logged. Only right after it (<see cref="DialogContext.Recent"/>), and only when the message says it corrects.
/// A correction passes the same permission checks as the action it corrects.
/// </summary>
public sealed partial class RecentCorrections(
    LeadFeedbackService leads,
    IMeasurementStore measurements,
    IRequestStore requests,
    IGoalStore goals,
    SlaService slas,
    PersonResolver people,
    PermissionGate gate,
    RequestService requestService,
    Digests.DigestSubscriptions digests,
    Goals.GoalChangeUndo goalUndo,
    IReminderStore reminders,
    Microsoft.Extensions.Options.IOptions<Reminders.ReminderOptions> reminderOptions)
{
    public const string Lead = "lead";
    public const string CheckIn = "check_in";

    /// <summary>A check-in's number was asked for (<see cref="RecentCheckIn.Asking"/>).</summary>
    public const string CheckInAsk = "check_in_ask";

    /// <summary>A check-in's figure came without its metric, which was asked (<see cref="RecentCheckIn.AskingMetric"/>).</summary>
    public const string CheckInMetricAsk = "check_in_metric_ask";
    public const string Request = "request";

    /// <summary>A request was just declined in words: "wait no, undo that" opens it again as it was (<see cref="UndoDeclineAsync"/>).</summary>
    public const string RequestDeclined = "request_declined";
    public const string Sla = "sla";

    /// <summary>A signature just put on the lead agreement: "oops, undo" takes it back (<see cref="Dialogs.Sla.SlaService.UnsignAsync"/>).</summary>
    public const string SlaSigned = "sla_signed";
    public const string Review = "review";
    public const string Goal = "goal";
    public const string Digest = "digest";
    public const string GoalChange = "goal_change";
    public const string Reminder = "reminder";

    /// <summary>The speaker just turned off reminders about some of their goals (the key lists them): "turn them back on" undoes it.</summary>
    public const string Muted = "reminders_muted";

    /// <summary>The speaker's own out of office was just noted: a last day said again moves it.</summary>
    public const string Absence = "absence";
    public const string Refusal = "refusal";

    /// <summary>The speaker said they are away with no day ("I'm OOO") and was asked until when.</summary>
    public const string AbsenceAsk = "absence_ask";

    /// <summary>Right after "Until when are you out?": the answer is the absence's last day.</summary>
    public static RecentAction AbsenceAsked() => new(AbsenceAsk, "self");

    /// <summary>A figure's numbers were just run (a realism question): what its card's "Make it a goal" would make the goal.</summary>
    public const string Numbers = "numbers";

    /// <summary>What a remembered verdict keeps for taking it back (<see cref="VerdictRecorded.Undo"/>).</summary>
    private const string UndoData = "undo";

    /// <summary>Taking back the last thing: the phrasings of <see cref="Undo"/>, and any other words <see cref="UndoWords"/> reads as it.</summary>
    public static bool IsUndo(string text) => Undo().IsMatch(text) || UndoWords.Reads(text);

    /// <summary>How long after a channel's digest was set up or moved a colleague's next words may still be about it.</summary>
    private static readonly TimeSpan ChannelTopicFor = TimeSpan.FromMinutes(15);

    /// <summary>
    /// In a channel, each person's last action is their own, so right after Sam set up the channel's digest Alex's "nobody reads
    /// this thing tbh, can you kill it", "what'll it cover?" or "actually once a fortnight is plenty" had no digest to be about.
    /// When the speaker has nothing of their own in talk and the channel's digest was set up or moved in the last minutes, the
    /// digest is their topic too (as <see cref="Digests.DigestAsk.Talked"/>); whatever they then ask goes through the digest
    /// command and its permission check as if they had named it.
    /// </summary>
    public async Task ChannelDigestInTalkAsync(DialogContext dc, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (dc.Recent is not null || !scope.Address.IsGroup)
        {
            return;
        }

        var here = await digests.ListForConversationAsync(scope.Address, ct);
        if (here.Any(s => dc.Turn.Now - s.Subscription.ScheduleChangedAt is var ago && ago >= TimeSpan.Zero && ago <= ChannelTopicFor))
        {
            dc.Recent = Digests.DigestAsk.Talked();
        }
    }

    public async Task<bool> TryAsync(DialogContext dc, string text, CancellationToken ct)
    {
        // "move it to half ten" right after the digest was set up, or "could we make that tuesdays at ten instead?" from a
        // colleague in a channel whose digest someone else just set up (their Recent is their own, perhaps a look-up such as the
        // overlap): the digest moved.
        // "an hour later would be better", "hmm, 7:30 is early, make it 8", "can we switch it from monday to friday at half four?"
        // are read against the schedule it has now (DigestMove.From), while it is the topic or named.
        // Right after a stop only "undo that" brings the digest back (below): "ok bring it back, fridays at 3pm" or "digest
        // here thursdays 4pm pls" is a digest of its own, set up by the digest command, not a move of the one stopped.
        if (dc.Recent is { Kind: Digest } stoppedJustNow && DigestWasStopped(stoppedJustNow)
            && (Digests.DigestWhenWords.Read(text) is not null || Digests.DigestMove.Read(text) is not null || Digests.DigestCadence.Read(text) is not null))
        {
            // Still the topic, so "ok fine, bring it back but tuesdays at 8" asks for one (DigestAsk).
            dc.Recent = Digests.DigestAsk.Talked();
            return false;
        }

        // So after a look-up of a lead or the agreement ("is 1286 still pending?" then "digest to 10 instead"): a day or a time
        // has nothing to move there, and a message that names the digest is about it whatever came before.
        if ((dc.Recent is null or { Kind: Digest or Digests.DigestAsk.Talk or Questions.GoalFollowUp.Talk or Questions.OverlapFollowUp.Talk or Dialogs.Sla.SlaLookup.Talk or Dialogs.Leads.LeadInTalk.Talk }
             || Digests.DigestAsk.Mentions(text))
            && await DigestMovedFromAsync(dc, text, ct))
        {
            return true;
        }

        // "actually once a fortnight is plenty, same day and time" right after it was set up: how often it goes out changes,
        // with the day or time the message names (DigestCadence); what it leaves out stays.
        if (dc.Recent is { Kind: Digest or Digests.DigestAsk.Talk } && Digests.DigestCadence.Read(text) is { EveryWeeks: 1 or 2 } cadence
            && await DigestMovedAsync(dc, (cadence.Day, cadence.Time), cadence.EveryWeeks, ct))
        {
            return true;
        }

        // "decline the fantasy football logo request, it's not marketing's job", or "let's decline that one" in the channel where
        // a colleague just logged it: the request its words name (or that one), declined as its Decline button does. Named, it
        // is that request also right after another was logged ("decline the mug request" after a look-up).
        if ((dc.Recent is not { Kind: Request } || DeclineNamed().Match(text.Trim()) is { Success: true } naming && TitleWords(naming.Groups["what"].Value).Count > 0) && await DeclineNamedAsync(dc, text, ct))
        {
            return true;
        }

        if (dc.Recent is not { } recent)
        {
            return false;
        }

        // Right after a refusal, "ok so who can?" is answered with the names it gave (the question alone names no action).
        if (recent.Kind == Refusal)
        {
            if (!WhoMayQuestion.Asks(text) || recent.Value("reply") is not { } reply)
            {
                return false;
            }

            dc.Recent = null;
            dc.Turn.Send(reply);
            return true;
        }

        // "49" after "How many MQLs for the week of 16 Nov?": that metric's figure for that period.
        if (recent.Kind == CheckInAsk)
        {
            return await CheckInAnsweredAsync(dc, recent, text, ct);
        }

        // "MQLs" after "Which metric is the 45 for …?": that metric's figure for that period.
        if (recent.Kind == CheckInMetricAsk)
        {
            return await CheckInMetricAnsweredAsync(dc, recent, text, ct);
        }

        // Right after signing the lead agreement, "oops, undo" takes that signature back; nothing else said here is about it.
        if (recent.Kind == SlaSigned)
        {
            return IsUndo(text) && !Questions.QuestionAnswers.IsQuestion(text) && await UnsignAsync(dc, recent, ct);
        }

        // Right after declining a request, "wait no, undo that - sales might actually want it" opens it again; anything else
        // starts afresh.
        if (recent.Kind == RequestDeclined)
        {
            return IsUndo(text) && !Questions.QuestionAnswers.IsQuestion(text) && await UndoDeclineAsync(dc, recent, ct);
        }

        // With a lead's review card showing, a verdict typed in words ("wrong contact", "accept") is about that lead.
        if (recent.Kind == Review)
        {
            return await ReviewAsync(dc, recent, text, ct);
        }

        // Right after logging a request, "decline it" / "let's decline that one, no goal behind it" / "nah, decline it, it's
        // fluff" is the Decline button in words.
        if (recent.Kind == Request && (DeclineIt().IsMatch(text.Trim()) || DeclinePointed().IsMatch(text) && !Questions.QuestionAnswers.IsQuestion(text)))
        {
            return await DeclineRequestAsync(dc, recent, ct);
        }

        // Right after a check-in, "no wait, that was last week's number": the same figures, moved to the period meant.
        if (recent.Kind == CheckIn && CheckInMove.Read(text) is { } moved)
        {
            return await CheckInMovedAsync(dc, recent, moved, ct);
        }

        // "this week so far 12", "and last week 49" right after an MQL check-in: a figure and a period, no metric, so the same metric.
        if (recent.Kind == CheckIn && await CheckInContinuedAsync(dc, recent, text, ct))
        {
            return true;
        }

        // Right after a goal was changed (its target, deadline, owner or status), "wait no, undo that" is its Undo button.
        if (recent.Kind == GoalChange)
        {
            // "oh no, wrong goal - restore the sales cycle one" right after archiving it takes the archive back too.
            var restores = Restores().IsMatch(text) && !Questions.QuestionAnswers.IsQuestion(text)
                && dc.Turn.Entities.Read(text, dc.Turn.Today).MetricList.All(m => recent.Value("metric") is not { } changed || m == changed);
            return IsUndo(text) || restores ? await UndoGoalChangeAsync(dc, recent, ct)
                : await GoalMovedByAsync(dc, recent, text, ct) || await GoalChangeCorrectedAsync(dc, recent, text, ct);
        }

        // Right after saving a goal, "make the owner Marco" corrects it as "actually make it 260" does.
        if (recent.Kind == Goal && !IsUndo(text))
        {
            return await GoalAsync(dc, recent, text, ct);
        }

        // Right after the digest was set up or moved, "oops, undo that" or "nvm, cancel" takes it back.
        if (recent.Kind == Digest && recent.Value(UndoData) is not null && (IsUndo(text) || (!DigestWasStopped(recent) && DigestCalledOff().IsMatch(text.Trim()))) && !Questions.QuestionAnswers.IsQuestion(text))
        {
            return await DigestUndoneAsync(dc, recent, ct);
        }

        // Right after setting my reminder, my absence or muting a goal, "ugh no, undo that" takes it back (a question about
        // undoing, "how do I undo that?", is not one).
        if (recent.Kind is Reminder or Absence or Muted && IsUndo(text) && !Questions.QuestionAnswers.IsQuestion(text))
        {
            if (recent.Kind == Reminder)
            {
                await ReminderUndoneAsync(dc, recent, ct);
                return true;
            }

            if (recent.Kind == Absence)
            {
                await AbsenceUndoneAsync(dc, recent, ct);
                return true;
            }

            if (Commands.ReminderChatCommand.GoalIds(recent.Key) is { } undoneIds)
            {
                await Commands.ReminderChatCommand.UnmuteAsync(dc, goals, reminders, undoneIds, ct);
                dc.Recent = null;
                return true;
            }
        }

        // Right after setting my reminder, "actually thursdays at nine in the morning instead" moves it (not a digest).
        if (recent.Kind == Reminder && Reminders.ReminderRequest.Rescheduled(text) is { Day: { } day, Time: { } at })
        {
            await Commands.ReminderChatCommand.ScheduleAsync(reminders, dc, day, at, reminderOptions.Value.ReminderDays(), ct);
            return true;
        }

        // "till the 2nd", "back on monday", "the 4th" after "Until when are you out?": the absence, from its last day.
        if (recent.Kind == AbsenceAsk && !Questions.QuestionAnswers.IsQuestion(text)
            && (Reminders.AbsenceWords.LastDayOut("i'm out " + text.Trim(), dc.Turn.Today) ?? Reminders.AbsenceWords.Corrected(text, dc.Turn.Today)) is { } answered && answered >= dc.Turn.Today)
        {
            await Commands.ReminderChatCommand.OutUntilAsync(reminders, dc, answered, ct);
            return true;
        }

        // Right after my out of office was noted, "actually make that dec 8, flights changed" moves its last day.
        if (recent.Kind == Absence && Reminders.AbsenceWords.Corrected(text, dc.Turn.Today) is { } lastDay && lastDay >= dc.Turn.Today)
        {
            await Commands.ReminderChatCommand.OutUntilAsync(reminders, dc, lastDay, ct);
            return true;
        }

        // Right after muting, "hmm, actually I do want those, turn them back on" is the Undo button in words.
        if (recent.Kind == Muted && TurnBackOn().IsMatch(text) && !Questions.QuestionAnswers.IsQuestion(text) && Commands.ReminderChatCommand.GoalIds(recent.Key) is { } mutedIds)
        {
            await Commands.ReminderChatCommand.UnmuteAsync(dc, goals, reminders, mutedIds, ct);
            dc.Recent = null;
            return true;
        }

        // Or only what changes: "sorry, make that fridays, same time" keeps the time, "no wait, 9:30" the day.
        if (recent.Kind == Reminder && await ReminderCorrectedAsync(dc, text, ct) is { } corrected)
        {
            await Commands.ReminderChatCommand.ScheduleAsync(reminders, dc, corrected.Day, corrected.Time, reminderOptions.Value.ReminderDays(), ct);
            return true;
        }

        // Right after a verdict, a reason said on its own ("they said maybe next year", "not in market, they told me on the
        // call") is about that lead too: recorded as its reason, and the verdict stays open to "actually it's no budget".
        // A verdict on another waiting lead named by its company ("Vandelay are just browsing, zero budget, pass") is that
        // lead's, not a new reason for the one just decided.
        // "oops meant 1237, not hooli": the verdict just recorded was for another lead.
        if (recent.Kind == Lead && await LeadMeantAsync(dc, recent, text, ct))
        {
            return true;
        }

        if (recent.Kind == Lead && !IsUndo(text) && ReasonAlone(text) && !await NamesAnotherLeadAsync(dc, text, ct))
        {
            return await LeadAsync(dc, recent, text, ct);
        }

        // "hmm, it was Alex who asked" names another requester however it starts, "sorry, it costs four hundred" another cost,
        // "call it Partner webinar deck" another title, "wrong goal, that's for CPL" another goal.
        if (!IsUndo(text) && !(recent.Kind == Sla && ProposalPulled().IsMatch(text)) && !GoalWords.IsCorrection(text) && !(recent.Kind == Request && (RequestParsing.CorrectedRequester(text) is not null
            || RequestCostCorrection.Read(text, dc.Turn.Entities.Read(text, dc.Turn.Today)) is not null || FixOf(dc, text) is not null
            || CorrectionOf(dc, text) is not null)))
        {
            return false;
        }

        return recent.Kind switch
        {
            Lead => await LeadAsync(dc, recent, text, ct),
            CheckIn => await CheckInAsync(dc, recent, text, ct),
            Request => await RequestAsync(dc, recent, text, ct),
            Sla => await SlaAsync(dc, recent, text, ct),
            Digest => await DigestAsync(dc, recent, text, ct),
            _ => false,
        };
    }

    /// <summary>A new title or goal for the request just logged (<see cref="RequestFix"/>), goals found by the language model's metrics.</summary>
    private static RequestFixed? FixOf(DialogContext dc, string text)
        => RequestFix.Read(text, said => dc.Turn.Entities.Read(said, dc.Turn.Today).MetricList)
            // "MQLs", "the MQL goal" said alone right after logging: the goal it serves, said again or said instead.
            ?? (RequestParsing.GoalNamedAlone(text) && dc.Turn.Entities.Read(text, dc.Turn.Today).MetricList is [var alone]
                ? new RequestFixed(RequestFixField.Goal, alone)
                : null);

    /// <summary>Any field of the request just logged corrected in one message (<see cref="RequestCorrection"/>): who asked, cost, currency, due date, title.</summary>
    private static RequestCorrected? CorrectionOf(DialogContext dc, string text)
        => RequestCorrection.Read(text, said => dc.Turn.Entities.Read(said, dc.Turn.Today), said => dc.Turn.Entities.Read(said, dc.Turn.Today).MetricList, dc.Turn.Today);

    /// <summary>Right after a refusal (<see cref="PermissionGate.Refused"/>): "who can then?" is answered with the same names.</summary>
    public static RecentAction AfterRefusal(string reply) => new(Refusal, "refusal", new Dictionary<string, string> { ["reply"] = reply });

    /// <summary>
    /// Right after a figure's numbers were run: "ok make that the goal", "go with that" (<see cref="Goals.GoalFromFigure"/>)
    /// presses the card's first "Make it a goal", whose data this keeps. Questions asked in between keep it too, so "what's
    /// the MQL target now?" before "ok make 245 the goal" still finds it.
    /// </summary>
    public static RecentAction FigureRun(IReadOnlyDictionary<string, string> offered)
        => new(Numbers, offered.TryGetValue("metric", out var metric) ? metric : string.Empty, offered);

    /// <summary>Right after <paramref name="before"/> was changed: "undo that" puts back what it was.</summary>
    public static RecentAction GoalChanged(Domain.Goals.Goal before)
        => new(GoalChange, before.Id.Value.ToString(), new Dictionary<string, string> { [UndoData] = GoalEditDialog.UndoData(before), ["metric"] = MetricCatalog.NameOf(before.Metric) });

    private async Task<bool> UndoGoalChangeAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        dc.Recent = null;
        if (await goalUndo.UndoAsync(dc, new Domain.Goals.GoalId(Guid.Parse(recent.Key)), recent.Value(UndoData), ct) is { } undone)
        {
            dc.Turn.Send(undone);
        }

        return true;
    }

    /// <summary>
    /// Right after a channel's digest was set up or moved: "make that 2pm instead" moves it again, and "undo that" or "nvm,
    /// cancel" takes it back: a digest just set up is stopped, one just moved goes back to the schedule it had (kept here).
    /// </summary>
    public static RecentAction DigestScheduled(Domain.Goals.Audience audience, Digests.SubscriptionChange? change = null)
        => new(Digest, audience.ToString(), change switch
        {
            { Kind: Digests.SubscriptionChangeKind.Created } => new Dictionary<string, string> { [UndoData] = DigestCreated },
            // "wait no, undo that" right after "stop the digest here": it comes back on the schedule it had.
            { Kind: Digests.SubscriptionChangeKind.Removed, Subscription: { } stopped } => new Dictionary<string, string>
            {
                [UndoData] = string.Join('|', DigestStopped, (int)stopped.Schedule.Day, stopped.Schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture), stopped.Schedule.EveryWeeks, stopped.Schedule.TimeZone),
            },
            { Kind: Digests.SubscriptionChangeKind.Updated, Before: { } before } => new Dictionary<string, string>
            {
                [UndoData] = string.Join('|', (int)before.Day, before.Time.ToString("HH:mm", CultureInfo.InvariantCulture), before.EveryWeeks),
            },
            _ => null,
        });

    /// <summary>"Move the digest" said with no day or time: asked when; "never mind, leave it" then keeps it as it is.</summary>
    public static RecentAction DigestMoveAsked(Domain.Goals.Audience audience)
        => new(Digest, audience.ToString(), new Dictionary<string, string> { [UndoData] = DigestAsked });

    private const string DigestCreated = "created";
    private const string DigestStopped = "stopped";

    private static bool DigestWasStopped(RecentAction recent) => recent.Value(UndoData)?.StartsWith(DigestStopped + "|", StringComparison.Ordinal) == true;
    private const string DigestAsked = "asked";

    /// <summary>
    /// The digest just set up or moved taken back ("undo that", "scratch that", "nvm, cancel", "actually no, cancel that"), or,
    /// after "move the digest" was asked when, left as it is ("never mind, leave it"). Behind the same permission as setting it.
    /// </summary>
    private async Task<bool> DigestUndoneAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var audience = Enum.Parse<Domain.Goals.Audience>(recent.Key);
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, new PermissionResource { InChannel = true }, ct))
        {
            return true;
        }

        dc.Recent = null;
        var undo = recent.Value(UndoData);
        if (undo == DigestAsked)
        {
            var here = (await digests.ListForConversationAsync(scope.Address, ct)).FirstOrDefault(s => s.Subscription.Audience == audience);
            dc.Turn.Send(here is null
                ? "OK, nothing changed."
                : $"OK, nothing changed: the {Digests.DigestPhrases.AudienceNoun(audience)} digest here still goes out {here.Subscription.Schedule.Describe()}.");
            return true;
        }

        if (undo == DigestCreated)
        {
            var stopped = await digests.UnsubscribeAsync(scope.Address, audience, scope.Person.DisplayName, ct);
            dc.Turn.Send(stopped.Kind == Digests.SubscriptionChangeKind.Removed
                ? $"Undone: the {Digests.DigestPhrases.AudienceNoun(audience)} digest won't be posted here."
                : stopped.Reply);
            return true;
        }

        if (undo?.Split('|') is [DigestStopped, var wasDay, var wasTime, var wasEvery, var zone]
            && int.TryParse(wasDay, CultureInfo.InvariantCulture, out var sd) && TimeOnly.TryParseExact(wasTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sat)
            && int.TryParse(wasEvery, CultureInfo.InvariantCulture, out var sweeks))
        {
            var again = await digests.SubscribeAsync(scope.Address, audience, new Domain.Digests.DigestSchedule((DayOfWeek)sd, sat, zone, sweeks), scope.Person.DisplayName, ct);
            dc.Turn.Send(again.Reply.StartsWith("Done:", StringComparison.Ordinal) ? "Undone, it's back:" + again.Reply["Done:".Length..] : again.Reply);
            return true;
        }

        if (undo?.Split('|') is [var day, var time, var every]
            && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && int.TryParse(every, CultureInfo.InvariantCulture, out var weeks))
        {
            var back = await digests.MoveAsync(scope.Address, audience, (DayOfWeek)d, at, weeks, scope.Person.DisplayName, ct);
            dc.Turn.Send(back.Kind == Digests.SubscriptionChangeKind.Updated && back.Reply.StartsWith("Done:", StringComparison.Ordinal) ? "Undone:" + back.Reply["Done:".Length..] : back.Reply);
            return true;
        }

        dc.Turn.Send("I can't take that back any more: say \"stop the digest here\" or \"move our digest to Friday 4pm\".");
        return true;
    }

    /// <summary>Calling off what was just done with the digest: "nvm, cancel", "actually no, cancel that", "cancel, leave it as is", "never mind, leave it".</summary>
    [GeneratedRegex(@"^\W*(?:(?:nvm|never\s*mind|nah|no|nope|actually(?:\s+no)?|oops|wait|hmm+|ok|okay|sorry)\b[\s,.!-]*)*(?:cancel|never\s*mind|nvm|forget\s+it|leave\s+it(?:\s+as\s+(?:it\s+)?is)?|keep\s+it(?:\s+as\s+(?:it\s+)?is)?)\b(?:\s+(?:that|it|this))?(?:[\s,.!-]+(?:please|pls|thanks|thx|(?:leave|keep)\s+it(?:\s+as\s+(?:it\s+)?is)?|as\s+(?:it\s+)?is|then))*[\s,.!-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestCalledOff();

    /// <summary>
    /// The digest moved in words (<see cref="Digests.DigestMove"/>): right after it was set up or moved, or in a group
    /// conversation that gets one. False when there is no digest it could be about, so the message is read as usual.
    /// </summary>
    private async Task<bool> DigestMovedAsync(DialogContext dc, (DayOfWeek? Day, TimeOnly? Time) move, int? everyWeeks, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        Domain.Goals.Audience? audience = dc.Recent is { Kind: Digest } recent ? Enum.Parse<Domain.Goals.Audience>(recent.Key) : null;
        if (audience is null && !(scope.Address.IsGroup && await digests.AnyHereAsync(scope.Address, ct)))
        {
            return false;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, new PermissionResource { InChannel = true }, ct))
        {
            return true;
        }

        var change = await digests.MoveAsync(scope.Address, audience, move.Day, move.Time, everyWeeks, scope.Person.DisplayName, ct);
        dc.Turn.Send(change.Reply);
        if (change.Subscription is { } moved && change.Kind is Digests.SubscriptionChangeKind.Updated)
        {
            dc.Recent = DigestScheduled(moved.Audience, change);
        }

        return true;
    }

    /// <summary>
    /// The digest moved in words, read against the schedule it has now (<see cref="Digests.DigestMove.From"/>) when the digest is
    /// the topic, the message names it, or it moves a digest with a clock time as <see cref="Digests.DigestMove.Read"/> reads one
    /// (a colleague in a channel whose digest someone else set up). False when nothing here is moved.
    /// </summary>
    private async Task<bool> DigestMovedFromAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var inTalk = dc.Recent is { Kind: Digest or Digests.DigestAsk.Talk };
        // "wednesday 9am" alone right after it was set up: the answer to when it should go out, so it moves there.
        var move = Digests.DigestMove.Read(text) ?? (dc.Recent is { Kind: Digest } && Digests.DigestWhenWords.Read(text) is { } only ? (only.Day, only.Time) : null);
        var scope = dc.Turn.Get<TurnScope>();
        // In a channel that gets a digest, a colleague's "could we make that 10 instead?" or "ok push it back half an hour" after
        // a question about something else is still about it: read against its schedule below, when the channel has one.
        if (!inTalk && move is null && !Digests.DigestAsk.Mentions(text) && !scope.Address.IsGroup)
        {
            return false;
        }

        Domain.Goals.Audience? audience = dc.Recent is { Kind: Digest } recent ? Enum.Parse<Domain.Goals.Audience>(recent.Key) : null;
        var here = (await digests.ListForConversationAsync(scope.Address, ct)).Select(s => s.Subscription).Where(s => audience is null || s.Audience == audience).ToArray();

        // "and the sales digest here as well, mondays at 8:15am" right after the leadership one: another audience's digest,
        // a subscription of its own (the digest command's business), never a move of the one set up.
        if (AudienceDigestNamed().Match(text) is { Success: true } named && Digests.DigestAudiences.TryParse(named.Groups["who"].Value, out var other)
            && here.All(s => s.Audience != other))
        {
            return false;
        }

        // Right after it was set up or moved, a correction in the words people correct themselves with ("no wait 10", "same day
        // but 11", "ugh, 10:30") moves it too (DigestMove.Corrected); otherwise only a move in words (DigestMove.From).
        if (here.Length == 1 && (inTalk ? Digests.DigestMove.Corrected(text, here[0].Schedule.Day, here[0].Schedule.Time)
                : Digests.DigestMove.From(text, here[0].Schedule.Day, here[0].Schedule.Time)) is { } moved)
        {
            return await DigestMovedAsync(dc, (moved.Day, moved.Time), null, ct);
        }

        return move is { } said && await DigestMovedAsync(dc, said, null, ct);
    }

    /// <summary>The speaker's reminder as just set, with the day or time the message corrects (<see cref="Reminders.ReminderCorrection"/>).</summary>
    private async Task<(DayOfWeek Day, TimeOnly Time)?> ReminderCorrectedAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var person = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(person.Workspace.Id, ct)).FirstOrDefault(p => p.PersonId == person.Person.UserId);
        return prefs is { Day: { } day, Time: { } at } ? Reminders.ReminderCorrection.Read(text, day, at) : null;
    }

    /// <summary>
    /// Right after a person set their own reminder: a day and time said next moves it, and "undo that" puts back the day and
    /// time it had before (<paramref name="wasDay"/>, <paramref name="wasTime"/>; none: the default).
    /// </summary>
    public static RecentAction ReminderScheduled(DayOfWeek? wasDay, TimeOnly? wasTime) => new(Reminder, "self", new Dictionary<string, string>
    {
        [WasDay] = wasDay?.ToString() ?? string.Empty,
        [WasTime] = wasTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    });

    private const string WasDay = "was_day";
    private const string WasTime = "was_time";
    private const string WasOut = "was_out";

    /// <summary>"Undo that" right after a reminder day and time were set: the ones it had before, or none.</summary>
    private async Task ReminderUndoneAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        var day = Enum.TryParse<DayOfWeek>(recent.Value(WasDay), out var d) ? d : (DayOfWeek?)null;
        var time = TimeOnly.TryParseExact(recent.Value(WasTime) ?? string.Empty, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, ct)).FirstOrDefault(p => p.PersonId == scope.Person.UserId)
            ?? Domain.Reminders.ReminderPreferences.None(scope.Person.UserId);
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { Day = day, Time = time }, dc.Turn.Now, ct);
        dc.Recent = null;
        dc.Turn.Send(day is { } wasDay && time is { } wasTime
            ? $"Undone: your check-in reminders are back to {wasDay}s at {wasTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}."
            : "Undone: you have no reminder day or time of your own again, so each number is asked for when its period ends.");
    }

    /// <summary>"Undo that" right after an out of office was noted: the last day it had before, or none.</summary>
    private async Task AbsenceUndoneAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        var was = DateOnly.TryParseExact(recent.Value(WasOut) ?? string.Empty, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var w) ? w : (DateOnly?)null;
        var scope = dc.Turn.Get<TurnScope>();
        var prefs = (await reminders.ListPreferencesAsync(scope.Workspace.Id, ct)).FirstOrDefault(p => p.PersonId == scope.Person.UserId)
            ?? Domain.Reminders.ReminderPreferences.None(scope.Person.UserId);
        await reminders.SavePreferencesAsync(scope.Workspace.Id, prefs with { OutUntil = was }, dc.Turn.Now, ct);
        dc.Recent = null;
        dc.Turn.Send(was is { } day
            ? $"Undone: you're out of office until {day.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)} again."
            : "Undone: you're not marked out of office, so your reminders come as usual.");
    }

    /// <summary>Right after a person turned off reminders about these goals of theirs.</summary>
    public static RecentAction RemindersMuted(IEnumerable<Domain.Goals.GoalId> ids) => new(Muted, string.Join(',', ids.Select(i => i.Value.ToString("D"))));

    /// <summary>"turn them back on", "I do want those", "switch it back on", "unmute them", "keep reminding me about it": the reminders just muted wanted after all.</summary>
    [GeneratedRegex(@"\b(?:turn|switch|put|flip)\s+(?:them|those|it|that|'em|em)\s+(?:back\s+)?on\b|\b(?:unmute|resume|restart|re-?enable|bring\s+back)\s+(?:them|those|it|that|'em)\b|\bi\s+(?:do\s+|actually\s+|still\s+)*(?:want|need)\s+(?:them|those|it|those\s+reminders|the\s+reminders)\b(?!\s+off)|\bkeep\s+(?:them|those|the\s+reminders)\s+(?:on|coming)\b|\b(?:keep|start|go\s+back\s+to)\s+(?:reminding|nudging|pinging|chasing)\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TurnBackOn();

    /// <summary>Right after a person's own out of office was noted: a last day said next moves it.</summary>
    public static RecentAction AbsenceNoted(DateOnly? wasOut) => new(Absence, "self", new Dictionary<string, string>
    {
        [WasOut] = wasOut?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    });

    /// <summary>
    /// "hmm, make that 2pm instead", "sorry, wednesday instead", "no wait, 8:30" right after the digest was set up: the day or
    /// time it names replaces the one just set, and what it leaves out stays. Nothing else (a target, a lead) is read here.
    /// </summary>
    private async Task<bool> DigestAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var audience = Enum.Parse<Domain.Goals.Audience>(recent.Key);
        var person = new Conversations.Messages.UserRef(scope.Person.UserId, scope.Person.DisplayName, scope.Person.TimeZone);
        var parsed = await digests.ParseScheduleAsync(scope.Address, Domain.Digests.ClockWords.ToDigits(text), person, audience, ct);
        if (!parsed.Succeeded || !(parsed.HasDay || parsed.HasTime))
        {
            return false;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, new PermissionResource { InChannel = true }, ct))
        {
            return true;
        }

        dc.Turn.Send((await digests.RescheduleAsync(scope.Address, audience, parsed.Schedule!, scope.Person.DisplayName, ct)).Reply);
        return true;
    }

    private async Task<bool> LeadAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        // "nope on 1237, student" right after accepting 1155: another lead's number, so that lead's verdict, not this one's.
        if (LeadParsing.BareId(text) is { } other && !SameLeadId(recent.Key, other))
        {
            return false;
        }

        // "hmm scratch that, reject 1063 actually, they have no budget": the verdict changed, said whole, is no bare undo.
        if (IsUndo(text) && !VerdictVerb().IsMatch(text))
        {
            return await UndoVerdictAsync(dc, recent.Key, recent, ct);
        }

        var accept = LeadParsing.Decision(text) == "accept";
        var newReason = RejectionReasons.Normalize(text);
        if (!accept && newReason == RejectionReason.Other)
        {
            return false;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.DecideLead, null, ct))
        {
            return true;
        }

        if (await leads.RecordAsync(scope, recent.Key, accept, accept ? null : newReason, accept ? null : text, dc.Turn.Now, dc.Turn.Today, ct, amends: true) is not { } changed)
        {
            dc.Turn.Send(LeadFeedbackService.NotFound(recent.Key));
            dc.Recent = null;
            return true;
        }

        dc.Turn.Send(changed.Reply);
        dc.Recent = Decided(recent.Key, changed with { Undo = LeadUndoData.Chain(recent.Value(UndoData), changed.Undo) });
        return true;
    }

    /// <summary>
    /// Right after a verdict, "oops meant 1237, not hooli", "ugh, meant 1167 not 1155", "wrong one, should've been 1296": the
    /// verdict was for another lead. The one decided is put back (as its Undo does, by its decider or an admin) and the same
    /// verdict, with its reason, recorded for the lead meant, behind the same permission as deciding a lead.
    /// </summary>
    private async Task<bool> LeadMeantAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (Questions.QuestionAnswers.IsQuestion(text))
        {
            return false;
        }

        string meant;
        if (LeadMeant().Match(text) is { Success: true } said)
        {
            meant = said.Groups["id"].Value;
        }
        else if (CompanyMeant().Match(text) is { Success: true } company
                 && (await leads.PendingNamedAsync(dc.Turn.Get<TurnScope>(), company.Groups["c"].Value, dc.Turn.Now, ct)).Leads is [var one])
        {
            meant = one.ExternalId;
        }
        else
        {
            return false;
        }

        if (recent.Key.Equals(meant, StringComparison.OrdinalIgnoreCase) || recent.Key.EndsWith("-" + meant, StringComparison.OrdinalIgnoreCase)
            || recent.Value(UndoData) is not { } undo)
        {
            return false;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.DecideLead, null, ct))
        {
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var found = await leads.FindAsync(scope, meant, null, dc.Turn.Now, ct);
        var wrong = (await leads.FindAsync(scope, recent.Key, null, dc.Turn.Now, ct)).FirstOrDefault(l => l.ExternalId == recent.Key);
        if (found.Count != 1 || wrong is null)
        {
            dc.Turn.Send($"I can't find lead {meant}, so I've left lead {recent.Key} as it is.");
            return true;
        }

        dc.Turn.Send(await leads.UndoAsync(scope, recent.Key, undo, ct));
        var after = (await leads.FindAsync(scope, recent.Key, null, dc.Turn.Now, ct)).FirstOrDefault(l => l.ExternalId == recent.Key);
        if (after is null || after.Verdict == wrong.Verdict)
        {
            // The undo was refused (said in its reply): nothing moves.
            dc.Recent = null;
            return true;
        }

        var accept = wrong.Decision == LeadDecision.Accepted;
        if (await leads.RecordAsync(scope, found[0].ExternalId, accept, accept ? null : wrong.RejectionReason, accept ? null : wrong.ReasonNote, dc.Turn.Now, dc.Turn.Today, ct) is { } moved)
        {
            dc.Turn.Send(moved.Reply);
            dc.Recent = Decided(found[0].ExternalId, moved);
        }
        else
        {
            dc.Turn.Send(LeadFeedbackService.NotFound(found[0].ExternalId));
            dc.Recent = null;
        }

        return true;
    }

    private static bool SameLeadId(string key, string said)
        => key.Equals(said, StringComparison.OrdinalIgnoreCase) || key.EndsWith("-" + said, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:accept|reject|decline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictVerb();

    // "oops meant hooli manufacturing, not robotics", "I meant the aperture labs one": the lead meant by its company.
    [GeneratedRegex(@"\bmeant\s+(?:the\s+)?(?<c>[a-z][\w&'.-]*(?:\s+[a-z][\w&'.-]*){0,3}?)(?:\s+(?:one|lead))?\s*(?:[,;.!]|\bnot\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyMeant();

    // "meant 1237", "I meant lead 1167", "should've been 1296", "wrong one, it's 1087", "wrong id - 1167": the lead meant by its number.
    [GeneratedRegex(@"\b(?:meant|should\s*(?:'?ve|\s+have)\s+been|should\s+be|wrong\s+(?:lead|one|id|number)\b[\s,:;.!-]*(?:(?:it'?s|its|it\s+was|i\s+meant|was)\s+)?)\s*(?:lead\s+|#)?(?<id>(?:[a-z]+-)?\d{3,7})\b(?!\s*(?:%|k\b|mqls?|sqls?|leads|hours|h\b|days))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadMeant();

    /// <summary>
    /// A verdict word and a waiting lead's company ("Initech", "the robotics one"), or a waiting lead's whole company name
    /// ("Relecloud Foods is a no, they make frozen pizza", "Globex Pharma too, the contact is a student"): a decision on that
    /// lead, not a new reason for the one just decided.
    /// </summary>
    private async Task<bool> NamesAnotherLeadAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var named = (await leads.PendingNamedAsync(dc.Turn.Get<TurnScope>(), text, dc.Turn.Now, ct)).Leads;
        return named.Count > 0 && (LeadVerdicts.Said(text) is not null
            || named.Any(l => l.Company is { } company && company.Contains(' ', StringComparison.Ordinal) && text.Contains(company, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>A rejection reason named, with no lead id or number beside it and not as a question.</summary>
    private static bool ReasonAlone(string text)
        => RejectionReasons.Normalize(text) != RejectionReason.Other && !AnyNumber().IsMatch(text) && !Questions.QuestionAnswers.IsQuestion(text);

    // A closed goal asked back: "restore the sales cycle one", "unarchive it", "reopen that goal", "bring the cycle goal back".
    [GeneratedRegex(@"\b(?:restore|un-?archive|re-?open|reactivate|revive|bring\s+(?:it|that|this|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:goal|one))\s+back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restores();

    // What a length of time moves right after a goal was saved: its deadline, or the goal itself ("push it back a month").
    [GeneratedRegex(@"\b(?:deadline|due\s+date|end\s+date|date|it|that|this|goal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineNamed();

    // The goal just saved, pointed at: "the goal I just made", "the one we just set up", "that goal", "the new goal", "it".
    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:new\s+)?(?:goal|one)\s+(?:i|we)(?:'ve|\s+have)?\s+just\s+(?:made|set(?:\s+up)?|saved|created|added|did)\b|\b(?:that|this|the\s+new)\s+(?:goal|one)\b|^\W*(?:(?:ok|okay|actually|hmm+|wait|pls|please|can\s+you|go\s+ahead\s+and)\W+)*(?:archive|shelve|park|drop|scrap|ditch|kill)\s+(?:it|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JustMade();

    // A goal handed to someone in one's own words: "let priya own it", "have alex run it", "put Priya on it", "hand it to sam".
    [GeneratedRegex(@"\b(?:let|have|make)\s+@?[A-Za-z][\w'-]*\s+(?:own|run|carry|take|lead|drive|handle|have)\b|\bput\s+@?[A-Za-z][\w'-]*\s+on\s+(?:it|this|that)\b|\b(?:hand|give|pass|assign|transfer)\s+(?:it|that|this|the\s+goal|ownership)\s+(?:over\s+)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandsOver();

    [GeneratedRegex(@"\d")]
    private static partial Regex AnyNumber();

    /// <summary>"Undo that" after a verdict: puts the lead back as <paramref name="verdict"/> remembers it was, and says so.</summary>
    private async Task<bool> UndoVerdictAsync(DialogContext dc, string externalId, RecentAction verdict, CancellationToken ct)
    {
        if (verdict.Value(UndoData) is not { } undo)
        {
            return false;
        }

        dc.Turn.Send(await leads.UndoAsync(dc.Turn.Get<TurnScope>(), externalId, undo, ct));
        dc.Recent = null;
        return true;
    }

    /// <summary>Right after a verdict on <paramref name="externalId"/>: "undo that" takes it back, "actually no budget" changes it.</summary>
    public static RecentAction Decided(string externalId, VerdictRecorded recorded) => new(Lead, externalId, new Dictionary<string, string> { [UndoData] = recorded.Undo });

    /// <summary>
    /// The review card of <paramref name="shown"/>; after a verdict on the card before it (<paramref name="decided"/>),
    /// "undo that" takes that verdict back.
    /// </summary>
    public static RecentAction Reviewing(string shown, string? decided = null, VerdictRecorded? recorded = null)
        => new(Review, shown, decided is null || recorded is null ? null : new Dictionary<string, string> { ["lead"] = decided, [UndoData] = recorded.Undo });

    private async Task<bool> ReviewAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (IsUndo(text))
        {
            return recent.Value("lead") is { } decided && await UndoVerdictAsync(dc, decided, recent, ct);
        }

        // "cancel", "stop", "that's enough for now" with a review card showing: the review ends there. The verdicts given on
        // the cards before stay recorded (each has its undo), so it is never "nothing in progress" nor "nothing was saved".
        if (ReviewStopped().IsMatch(text.Trim()))
        {
            var waiting = (await leads.PendingAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, ct)).Count;
            dc.Recent = null;
            dc.Turn.Send($"OK, I've stopped the review. {(recent.Value("lead") is null ? "Nothing was decided" : "The verdicts you gave stay recorded")}; "
                + $"{waiting} lead{(waiting == 1 ? " still waits" : "s still wait")} for a decision. Say \"review the pending leads\" to pick it up again.");
            return true;
        }

        var words = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        // Another lead named ("accept DEMO-1063", "reject 1237") is not about the card shown: leave it to the lead command.
        if (dc.Turn.Entities.Read(text, dc.Turn.Today).Reference is { } other && !other.Equals(recent.Key, StringComparison.OrdinalIgnoreCase)
            || LeadParsing.BareId(text) is { } bare && !recent.Key.EndsWith(bare, StringComparison.OrdinalIgnoreCase) || LeadParsing.Company(text) is not null)
        {
            return false;
        }

        // "oh and relecloud foods is good, accept", "globex pharma - way outside who we sell to": another waiting lead named by its
        // whole company or its first word is that lead's verdict (the lead command's), not the card's.
        if ((await leads.PendingNamedAsync(dc.Turn.Get<TurnScope>(), text, dc.Turn.Now, ct)) is { Leads.Count: > 0 } named
            && !named.Leads.Any(l => l.ExternalId.Equals(recent.Key, StringComparison.OrdinalIgnoreCase))
            && named.Leads.Any(l => l.Company is { } c && (c.Equals(named.Label, StringComparison.OrdinalIgnoreCase) || c.Split(' ')[0].Equals(named.Label, StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        // "this one's fine, accept it", "looks good, take it": a verdict about "it" / "this one" is about the card shown.
        // A short message is about the card; a longer one only when it says a verdict in so many words ("nope, they only asked
        // about pricing, wrong contact tbh"), so a long message about something else is not taken for one.
        var length = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var limit = LeadParsing.Decision(text) is null ? 8 : 16;
        var accept = words is "accept" or "accept it" or "yes" or "good lead" or "take it" || LeadParsing.Decision(text) == "accept" && length <= limit;
        var reason = RejectionReasons.Normalize(text);
        if (!accept && reason == RejectionReason.Other || length > limit || Questions.QuestionAnswers.IsQuestion(text))
        {
            return false;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.DecideLead, null, ct))
        {
            dc.Recent = null;
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var recorded = await leads.RecordAsync(scope, recent.Key, accept, accept ? null : reason, accept ? null : text, dc.Turn.Now, dc.Turn.Today, ct);
        if (recorded is null)
        {
            dc.Turn.Send(LeadFeedbackService.NotFound(recent.Key));
        }
        else
        {
            dc.Turn.Send(recorded.Reply);
        }
        var pending = await leads.PendingAsync(scope, dc.Turn.Now, ct);
        dc.Turn.Send(pending.Count == 0 ? "No leads are waiting for a decision." : await leads.TriageAsync(scope, pending[0], pending.Count, ct));
        dc.Recent = pending.Count == 0 ? null : Reviewing(pending[0].ExternalId, recent.Key, recorded);
        return true;
    }

    private async Task<bool> CheckInAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (RecentCheckIn.Read(recent) is not { } checkIn)
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        if (IsUndo(text))
        {
            // Taking a number back is checking in again: the same permission as recording it.
            if (!await MayCheckInAsync(dc, checkIn.Metrics, ct))
            {
                return true;
            }

            dc.Turn.Send(await RecentCheckIn.UndoAsync(measurements, scope.Workspace.Id, recent, checkIn.Metrics, checkIn.Period, scope.Currency, ct));
            dc.Recent = null;
            return true;
        }

        // "nope on 1155, they're a competitor" right after checking in SQLs: a verdict on a lead by its number is the lead's
        // (the lead command's, with its permission check), never 1,155 SQLs (table lead-verdict-after-figure).
        if (LeadVerdicts.OnLeadNumber(text))
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        if (checkIn.Metrics is not [var metric] || e.Metric is { } other && other != recent.Key)
        {
            return false;
        }

        var (start, end) = (checkIn.Period.Start, checkIn.Period.End);

        // "hmm no, more like a day and a half" after follow-up time: hours said in days, as the check-in itself reads them.
        if (CorrectedValue(metric, text, e) is not { } v)
        {
            return false;
        }

        if (!await MayCheckInAsync(dc, [metric], ct))
        {
            return true;
        }

        await measurements.AddAsync(scope.Workspace.Id, [CheckedIn(dc, metric, v, new DateRange(start, end))], ct);
        dc.Turn.Send($"Corrected: {MetricFormat.Quantity(metric, v, scope.Currency)} for {Formatting.Date(start)}–{Formatting.Date(end)}.");
        return true;
    }

    /// <summary>
    /// Right after a check-in of one metric, a line with one figure and a period but no metric ("this week so far 12", "and
    /// last week 49") checks in that metric for the period it says, with the check-in's permission, and is remembered as the
    /// check-in so "undo that" takes it back. Not a question, an undo or a correction (those are the check-in's own).
    /// </summary>
    private async Task<bool> CheckInContinuedAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (RecentCheckIn.Read(recent) is not { Metrics: [var metric] } || text.Length > 80 || !PeriodSaid().IsMatch(text) || IsUndo(text)
            || GoalWords.IsCorrection(text) || Questions.QuestionAnswers.IsQuestion(text) || LeadVerdicts.OnLeadNumber(text))
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        if (e.MetricList.Count > 0 || InternalMetricNamed().IsMatch(text) || (CorrectedValue(metric, text, e) ?? (e.NumberList is [var only] ? only.Value : null)) is not { } v)
        {
            return false;
        }

        if (!await MayCheckInAsync(dc, [metric], ct))
        {
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var period = Commands.CheckInCommand.PeriodOf(e, dc.Turn.Today, scope.Workspace.WeekStart);
        var before = await measurements.ListAsync(scope.Workspace.Id, period, [metric], ct);
        await measurements.AddAsync(scope.Workspace.Id, [CheckedIn(dc, metric, v, period)], ct);
        dc.Recent = RecentCheckIn.Remember([metric], period, before);
        dc.Turn.Send($"Recorded {MetricFormat.Quantity(metric, v, scope.Currency)} for {Commands.CheckInCommand.Describe(period)}.");
        return true;
    }

    /// <summary>
    /// The answer to which metric a check-in's figure was for: a short line naming one metric ("mqls", "SQLs", "spend") and no
    /// other figure records the figure for it and the period asked, with the check-in's permission; anything else is not an answer.
    /// </summary>
    private async Task<bool> CheckInMetricAnsweredAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (!decimal.TryParse(recent.Key, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            || !DateOnly.TryParse(recent.Value("start"), CultureInfo.InvariantCulture, out var start) || !DateOnly.TryParse(recent.Value("end"), CultureInfo.InvariantCulture, out var end)
            || text.Contains('?', StringComparison.Ordinal) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6)
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        MetricKey? named = e.MetricList is [var one] && MetricCatalog.TryParse(one, out var key) ? key
            : e.MetricList.Count == 0 && SpendAlone().IsMatch(text) ? MetricKey.Spend : null;
        if (named is not { } metric || e.NumberList.Any(n => n.Value != value))
        {
            return false;
        }

        if (!await MayCheckInAsync(dc, [metric], ct))
        {
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var period = new DateRange(start, end);
        var before = await measurements.ListAsync(scope.Workspace.Id, period, [metric], ct);
        await measurements.AddAsync(scope.Workspace.Id, [CheckedIn(dc, metric, value, period)], ct);
        dc.Recent = RecentCheckIn.Remember([metric], period, before);
        dc.Turn.Send($"Recorded {MetricFormat.Quantity(metric, value, scope.Currency)} for {Commands.CheckInCommand.Describe(period)}.");
        return true;
    }

    [GeneratedRegex(@"^\W*(?:it'?s\s+|that'?s\s+)?(?:spend|spent|marketing\s+spend)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendAlone();

    [GeneratedRegex(@"\b(?:this|last|lst|past|previous|prev)\s+(?:week|wk|month|mnth|mo)\b|\bso\s+far\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodSaid();

    [GeneratedRegex(@"\b(?:spend|spent|spending|revenue|deals|won|leads|budget)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalMetricNamed();

    /// <summary>
    /// The answer to a check-in's number asked for: a short line with one figure ("49", "about 52", "$18.5k") and no other
    /// metric is recorded for the metric and period asked, with the check-in's permission; anything else is not an answer.
    /// </summary>
    private async Task<bool> CheckInAnsweredAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (!MetricCatalog.TryParse(recent.Key, out var metric) || RecentCheckIn.Read(recent) is not { } asked
            || text.Contains('?', StringComparison.Ordinal) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
        {
            return false;
        }

        // "oh, accept 1296 first", "1237 is a dupe, bin it", "1296 is good to go": a verdict on a lead named by its number is the
        // lead's, never the figure asked for; it is done on its own and the number is asked again (ResumeCheckInAsync).
        if (LeadVerdicts.OnLeadNumber(text))
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        if ((ValueSaid(metric, e) ?? (e.NumberList is [var only] ? only.Value : null)) is not { } v
            || e.MetricList.Any(m => !MetricCatalog.TryParse(m, out var other) || other != metric))
        {
            return false;
        }

        if (!await MayCheckInAsync(dc, [metric], ct))
        {
            return true;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var before = await measurements.ListAsync(scope.Workspace.Id, asked.Period, [metric], ct);
        await measurements.AddAsync(scope.Workspace.Id, [CheckedIn(dc, metric, v, asked.Period)], ct);
        dc.Recent = RecentCheckIn.Remember([metric], asked.Period, before);
        dc.Turn.Send($"Recorded {MetricFormat.Quantity(metric, v, scope.Currency)} for {Commands.CheckInCommand.Describe(asked.Period)}.");
        return true;
    }

    /// <summary>
    /// The check-in just made belongs to another period: its figures are taken back where they were recorded (what they
    /// replaced is put back) and recorded for the period meant, with the same permission as checking them in. Remembered
    /// again, so "undo that" or "actually 44" now apply to the moved figures.
    /// </summary>
    private async Task<bool> CheckInMovedAsync(DialogContext dc, RecentAction recent, Commands.PeriodFigure moved, CancellationToken ct)
    {
        if (RecentCheckIn.Read(recent) is not { } checkIn)
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var to = Commands.TwoPeriodCheckIn.Range(moved, dc.Turn.Today, scope.Workspace.WeekStart);
        if (to == checkIn.Period)
        {
            dc.Turn.Send($"Those figures are already recorded for {Commands.CheckInCommand.Describe(to)}; nothing changed.");
            return true;
        }

        if (!await MayCheckInAsync(dc, checkIn.Metrics, ct))
        {
            return true;
        }

        var recorded = (await measurements.ListAsync(scope.Workspace.Id, checkIn.Period, checkIn.Metrics, ct))
            .Where(m => m.Period == checkIn.Period && m.Breakdown == Breakdown.None && m.Source == MeasurementSource.CheckIn).ToArray();
        if (recorded.Length == 0)
        {
            return false;
        }

        var before = await measurements.ListAsync(scope.Workspace.Id, to, checkIn.Metrics, ct);
        await RecentCheckIn.UndoAsync(measurements, scope.Workspace.Id, recent, checkIn.Metrics, checkIn.Period, scope.Currency, ct);
        var now = recorded.Select(m => m with { Id = Guid.NewGuid(), Period = to, RecordedAt = dc.Turn.Now, RecordedBy = scope.Person.DisplayName }).ToArray();
        await measurements.AddAsync(scope.Workspace.Id, now, ct);
        dc.Recent = RecentCheckIn.Remember(now.Select(m => m.Metric).ToArray(), to, before);
        var left = Commands.CheckInCommand.Describe(checkIn.Period);
        dc.Turn.Send($"Moved: {string.Join(", ", now.Select(m => MetricFormat.Quantity(m.Metric, m.Value, scope.Currency)))} for {Commands.CheckInCommand.Describe(to)}, " +
            $"not {left}; {left} is back to what it had before.");
        return true;
    }

    /// <summary>Whether the person may check in every one of <paramref name="metrics"/> (a refusal, naming who may, is sent when not).</summary>
    private async Task<bool> MayCheckInAsync(DialogContext dc, IReadOnlyCollection<MetricKey> metrics, CancellationToken ct)
    {
        var open = await goals.ListAsync(dc.Turn.Get<TurnScope>().Workspace.Id, ct);
        foreach (var m in metrics)
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.CheckIn, GoalPermissions.CheckIn(m, open), ct))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The figure a correction or an answer gives a metric, in its unit: money for money, a percentage for a rate, else the number.</summary>
    /// <summary>
    /// The figure a correction right after a check-in of <paramref name="metric"/> gives: for hours, a duration said in days is
    /// hours ("more like a day and a half" 36, "closer to two days" 48); otherwise the number in the metric's unit.
    /// </summary>
    internal static decimal? CorrectedValue(MetricKey metric, string text, Conversations.Understanding.Entities e)
        => (MetricCatalog.Get(metric).Unit == MetricUnit.Hours ? Commands.CheckInCommand.HoursInDays(text) : null) ?? ValueSaid(metric, e);

    /// <summary>
    /// What <see cref="TryAsync"/> records as the corrected figure right after a follow-up time check-in, or null when the message
    /// is no correction of it (no correcting word, a question, another metric): the reader of <c>Paraphrases/check-in-hours-corrected.*.txt</c>.
    /// </summary>
    public static decimal? HoursCorrected(string text, Conversations.Understanding.Entities e)
        => !IsUndo(text) && GoalWords.IsCorrection(text) && !Questions.QuestionAnswers.IsQuestion(text)
            && (e.Metric is null || e.Metric == MetricCatalog.NameOf(MetricKey.FollowUpTime))
            ? CorrectedValue(MetricKey.FollowUpTime, text, e)
            : null;

    private static decimal? ValueSaid(MetricKey metric, Conversations.Understanding.Entities e) => MetricCatalog.Get(metric).Unit switch
    {
        MetricUnit.Money => e.Money?.Amount ?? e.Target,
        MetricUnit.Percent => e.Percent ?? e.Target,
        _ => e.Target,
    };

    /// <summary>A whole-company check-in of <paramref name="value"/> for <paramref name="period"/>, recorded now by the person speaking.</summary>
    private static Measurement CheckedIn(DialogContext dc, MetricKey metric, decimal value, DateRange period)
    {
        var scope = dc.Turn.Get<TurnScope>();
        return new Measurement(Guid.NewGuid(), scope.Workspace.Id, metric, value, period, MeasurementSource.CheckIn, Breakdown.None, dc.Turn.Now, scope.Person.DisplayName);
    }

    private async Task<bool> DeclineRequestAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!Guid.TryParse(recent.Key, out var id) || await requests.GetAsync(scope.Workspace.Id, id, ct) is not { } request)
        {
            return false;
        }

        dc.Recent = null;
        await DeclineRememberedAsync(dc, request, ct);
        return true;
    }

    /// <summary>
    /// Declines through <see cref="RequestService.DeclineAsync"/> (its permission check included) and, when the request was
    /// open until now, remembers how it was so "undo that" right after opens it again.
    /// </summary>
    private async Task DeclineRememberedAsync(DialogContext dc, MarketingRequest request, CancellationToken ct)
    {
        var before = request.Status;
        if (await requestService.DeclineAsync(dc.Turn, request, keepIfDeclined: true, ct) && before != RequestStatus.Declined)
        {
            var data = new Dictionary<string, string> { ["status"] = before.ToString() };
            if (request.DecisionReason is { } reason)
            {
                data["reason"] = reason;
            }

            dc.Recent = new RecentAction(RequestDeclined, request.Id.ToString(), data);
        }
    }

    /// <summary>
    /// "wait no, undo that" right after a decline: the request is open again with the status and reason it had
    /// (<see cref="RequestService.ReopenAsync"/>, behind the same permission check as declining it).
    /// </summary>
    private async Task<bool> UndoDeclineAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!Guid.TryParse(recent.Key, out var id) || await requests.GetAsync(scope.Workspace.Id, id, ct) is not { } request)
        {
            return false;
        }

        dc.Recent = null;
        var status = Enum.TryParse<RequestStatus>(recent.Value("status"), out var was) ? was : RequestStatus.Open;
        await requestService.ReopenAsync(dc.Turn, request, status, recent.Value("reason"), ct);
        return true;
    }

    /// <summary>
    /// A request declined by naming it: the one open request whose title has every word said ("decline the fantasy football
    /// logo request"), or, in a group conversation, "decline that one" for the request logged in the last minutes. Declined
    /// through <see cref="RequestService.DeclineAsync"/>, behind its permission check; false when no one request is meant.
    /// </summary>
    private async Task<bool> DeclineNamedAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var said = text.Trim();
        var named = DeclineNamed().Match(said);
        if (!named.Success && !DeclineIt().IsMatch(said) && !DeclinePointed().IsMatch(said) || Questions.QuestionAnswers.IsQuestion(text))
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        var open = (await requests.ListAsync(scope.Workspace.Id, ct)).Where(r => r.Status is RequestStatus.Open or RequestStatus.InProgress).ToArray();
        var words = named.Success ? TitleWords(named.Groups["what"].Value) : [];

        if (words.Count > 0)
        {
            // Named: exactly one open request has every word, else the person is told, and nothing is declined by a guess.
            var fits = open.Where(r => TitleWords(r.Title) is var title && words.All(title.Contains)).ToArray();
            if (fits is not [var one])
            {
                var what = named.Groups["what"].Value.Trim();
                dc.Turn.Send(fits.Length == 0
                    ? $"I can't find an open request with \"{what}\" in its title, so nothing was declined."
                    : $"{fits.Length} open requests have \"{what}\" in their titles ({string.Join("; ", fits.Take(5).Select(r => $"\"{r.Title}\""))}); say more of the title of the one to decline.");
                return true;
            }

            await DeclineRememberedAsync(dc, one, ct);
            return true;
        }

        // "decline that one" in a channel: the request logged in the last minutes, only when it is the only one (requests do
        // not record the conversation they were logged in, so two in that time could be another channel's).
        if (!scope.Address.IsGroup || open.Where(r => r.LoggedAt >= dc.Turn.Now.AddMinutes(-15)).ToArray() is not [var meant])
        {
            return false;
        }

        await DeclineRememberedAsync(dc, meant, ct);
        return true;
    }

    /// <summary>The words of a title that tell it apart (lower case, without "a", "the", "for", "that", ...).</summary>
    /// One or many of a thing is the same word ("the mug request" names "Team mugs with the logo").
    private static HashSet<string> TitleWords(string title)
        => Regex.Split(title.ToLowerInvariant(), @"[^\p{L}\d]+").Where(w => w.Length > 1 && w is not ("an" or "the" or "for" or "of" or "to" or "on" or "and" or "that" or "this" or "it" or "our" or "new"))
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w).ToHashSet(StringComparer.Ordinal);

    private async Task<bool> RequestAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        // "ugh, long day. before I forget - Dana asked for a battle card vs Globex, 900 bucks, by Dec 11": another thing asked
        // for is a new request, logged as such, never the cost and due date of the one just logged.
        if (RequestCorrection.IsNewAsk(text))
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        if (!Guid.TryParse(recent.Key, out var id) || await requests.GetAsync(scope.Workspace.Id, id, ct) is not { } request)
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        // An amount said without a currency ("ah no, it's four hundred", "scratch that, three grand") is the new cost, not an undo.
        var read = RequestCostCorrection.Read(text, e);
        var spoken = e.Money is null ? read : null;
        // "two thousand five hundred not two grand": the money model may hold the amount being replaced; the correction's
        // reader knows which one is new, and the currency said stays.
        var said = e.Money is { } heard && read is { } newer && newer != heard.Amount ? heard with { Amount = newer } : e.Money;
        // A new title or goal ("wrong goal, that's for CPL") owns up to a mistake too, but corrects rather than takes back.
        var fix = FixOf(dc, text);
        // "oh due date's the 14th actually", "wait, correction - Dana's the one who asked for it", "gah, fat-fingered it - seven
        // hundred": the field said, read as a whole; "scratch that, Alex asked" corrects who asked and takes nothing back.
        var whole = CorrectionOf(dc, text);
        // A day of the month ("the 14th") is the due date, not an amount.
        spoken = whole is { Due: not null, Cost: null } ? null : spoken ?? (e.Money is null && whole?.Cost is { } wordedCost ? wordedCost : null);
        fix ??= whole?.Fix;
        var undo = IsUndo(text) && spoken is null && fix is null && whole is null;
        // "it's a two-pager, not a one-pager" swaps words the title has; other words ("it's Sam not Dana") are no swap of it.
        var swapped = fix is { Field: RequestFixField.Swap, Replaced: { } old } && SwappedTitle(request.Title, old, fix.Value) is { } t ? t : null;
        // A title's own figures and dates ("call it Q1 launch one-pager", "two-pager") are its words, not a new cost or due date.
        var titled = fix is { Field: RequestFixField.Title } || swapped is not null;
        // "that's euros not dollars" names a currency, not who asked.
        var corrected = fix is { Field: RequestFixField.Currency } || swapped is not null ? null : RequestParsing.CorrectedRequester(text) ?? whole?.Requester;
        // The day said as the new due date ("the 14th, not the 10th"), else the day the message names.
        var dueSaid = whole?.Due ?? e.Deadline;
        if (!undo && corrected is null && e.Money is null && spoken is null && dueSaid is null && fix is null)
        {
            return false;
        }

        // Only whoever logged it (or an admin) takes it back or changes it. Their own conversation is what remembers it, but
        // roles and people change between two messages, so the matrix decides here as for every other command.
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ChangeLoggedRequest, new PermissionResource { AuthorId = request.LoggedById }, ct))
        {
            return true;
        }

        if (undo)
        {
            await requests.RemoveAsync(scope.Workspace.Id, request.Id, ct);
            dc.Turn.Send($"Undone: \"{request.Title}\" is no longer logged.");
            dc.Recent = null;
            return true;
        }

        var changed = request;
        var notes = new List<string>();
        if (corrected is { } who && !who.Equals(request.RequestedBy, StringComparison.OrdinalIgnoreCase))
        {
            var match = await people.ResolveAsync(scope, who, dc.Turn.Activity.Mentions, ct);
            changed = match is { Kind: PersonMatchKind.Found, Person: { } person }
                ? changed with { RequestedBy = person.DisplayName, RequestedById = person.UserId }
                : changed with { RequestedBy = who, RequestedById = null };
            notes.Add("asked by " + changed.RequestedBy);
        }

        if (said is { } money && !titled)
        {
            var cost = new Money(money.Amount, money.Currency ?? request.Cost?.Currency ?? scope.Currency);
            changed = changed with { Cost = cost };
            notes.Add("cost " + Formatting.Money(cost.Amount, cost.Currency));
        }
        else if (spoken is { } amount && !titled)
        {
            var worded = new Money(amount, request.Cost?.Currency ?? scope.Currency);
            changed = changed with { Cost = worded };
            notes.Add("cost " + Formatting.Money(worded.Amount, worded.Currency));
        }

        if ((fix is { Field: RequestFixField.Title, Value: var named } ? named : swapped) is { } title && title != request.Title)
        {
            changed = changed with { Title = title };
            notes.Add($"now called \"{title}\"");
        }

        // The amount stays; only what it is counted in changes ("sorry, that's euros not dollars").
        if (fix is { Field: RequestFixField.Currency, Value: var code } && changed.Cost is { } priced && priced.Currency != code)
        {
            changed = changed with { Cost = priced with { Currency = code } };
            notes.Add("cost " + Formatting.Money(priced.Amount, code));
        }

        // The goal meant is one of the open goals the "which goal?" question offers, found by its metric.
        var servedAlready = false;
        if (fix is { Field: RequestFixField.Goal, Value: var metric }
            && (await requestService.OpenGoalsAsync(scope, ct)).FirstOrDefault(g => g.Definition.Name == metric) is { } goal)
        {
            if (goal.Id != request.GoalId)
            {
                changed = changed with { GoalId = goal.Id };
                notes.Add("serves " + goal.Definition.Label);
            }
            else
            {
                servedAlready = true;
            }
        }

        if (dueSaid is { } due && due != request.DueDate && !titled)
        {
            changed = changed with { DueDate = due };
            notes.Add("due " + Formatting.Date(due));
        }

        if (changed == request)
        {
            // The goal the request was logged for, said again ("MQLs" where the question would have been): nothing to change.
            if (servedAlready)
            {
                dc.Turn.Send($"\"{request.Title}\" already serves that goal; nothing changed.");
                return true;
            }

            return false;
        }

        await requests.SaveAsync(changed, ct);
        dc.Turn.Send($"Updated \"{changed.Title}\": {string.Join(", ", notes)}.");
        return true;
    }

    /// <summary>The title with <paramref name="old"/> (whole words, any case) replaced by <paramref name="meant"/>; null when it has no such words.</summary>
    private static string? SwappedTitle(string title, string old, string meant)
    {
        var at = Regex.Match(title, @"(?<![\p{L}\d-])" + Regex.Escape(old) + @"(?![\p{L}\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return at.Success ? title[..at.Index] + meant + title[(at.Index + at.Length)..] : null;
    }

    /// <summary>
    /// "Actually make it 260", "make it end of Q3", "owner is Marco" right after a goal was saved: the same change as
    /// "change the MQL target to 260" would make to it, through the edit dialog and its Confirm. Another metric named
    /// ("actually we need 90 SQLs too") is a new goal, not a correction.
    /// </summary>
    private static async Task<bool> GoalAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        // "archive the goal I just made", "scrap that one" right after saving: the one just saved, closed through the edit
        // dialog, its permission check and its Confirm.
        if (Guid.TryParse(recent.Key, out var closedId) && JustMade().IsMatch(text) && !Questions.QuestionAnswers.IsQuestion(text)
            && GoalClosing.Read(text) is { } close && !dc.Turn.Entities.Read(text, dc.Turn.Today).MetricList.Any(m => m != recent.Value("metric")))
        {
            dc.Recent = null;
            await dc.BeginDialogAsync(Dialogs.DialogIds.GoalEdit, new GoalEditDraft(text, "status", [], null, GoalId: closedId) with { Status = close.Status, Reason = close.Reason }, ct);
            return true;
        }

        // "eh let priya own it actually": a new owner said in one's own words, as at the card, when said as a correction.
        // Only with a word of handing it over, so "end of april actually, sorry" names nobody (journeys-hf30).
        // "hmm actually make it mine", "no wait, I'll take it myself": the speaker taking it, said as a correction, is the same change.
        var owner = GoalWords.Owner(text) ?? (GoalWords.IsCorrection(text) && (HandsOver().IsMatch(text) || GoalCardCorrection.SpeakerTakesIt(text)) ? GoalCardCorrection.OwnerSaid(text) : null);
        // "push the deadline back a month" right after saving: the one just saved, moved from its own deadline.
        if (Guid.TryParse(recent.Key, out var shiftedId) && owner is null && GoalEdits.ShiftMonths(text) is { } shift && DeadlineNamed().IsMatch(text)
            && !Questions.QuestionAnswers.IsQuestion(text) && !dc.Turn.Entities.Read(text, dc.Turn.Today).MetricList.Any(m => m != recent.Value("metric")))
        {
            dc.Recent = null;
            await dc.BeginDialogAsync(Dialogs.DialogIds.GoalEdit, new GoalEditDraft(text, "deadline", [], null, GoalId: shiftedId, ShiftMonths: shift), ct);
            return true;
        }

        if (!Guid.TryParse(recent.Key, out var id) || owner is null && !GoalWords.IsCorrection(text))
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        if (e.MetricList.Any(m => m != recent.Value("metric")) || Questions.QuestionAnswers.IsQuestion(text))
        {
            return false;
        }

        // "we need 200 MQLs a month, Priya owns it" says a whole goal: only a correction changes the one just saved.
        var number = e.Money?.Amount ?? e.Percent ?? e.Target;
        var correcting = GoalWords.IsCorrection(text);
        var start = new GoalEditDraft(text, string.Empty, e.MetricList, null, GoalId: id);
        GoalEditDraft? edit = owner is not null && (correcting || number is null && e.Deadline is null) ? start with { Kind = "owner", OwnerSaid = owner }
            : !correcting ? null
            : e.Deadline is { } deadline && number is null ? start with { Kind = "deadline", Deadline = deadline }
            : number is { } n ? start with { Kind = "target", Target = n }
            : null;
        return await BeginGoalEditAsync(dc, edit, ct);
    }

    /// <summary>
    /// "push the deadline back a month", "and give it another two months", "bump it up by 10 more" right after a goal change was
    /// confirmed: the goal just changed, moved by that length of time or amount from what it has now, through the edit dialog, its
    /// permission check and its Confirm, as right after saving a goal. Not a question, nor a message naming another metric.
    /// </summary>
    private static async Task<bool> GoalMovedByAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (!Guid.TryParse(recent.Key, out var id) || Questions.QuestionAnswers.IsQuestion(text) || GoalWords.Owner(text) is not null
            || dc.Turn.Entities.Read(text, dc.Turn.Today).MetricList.Any(m => m != recent.Value("metric")))
        {
            return false;
        }

        GoalEditDraft? edit = GoalEdits.ShiftMonths(text) is { } shift && DeadlineNamed().IsMatch(text)
            ? new GoalEditDraft(text, "deadline", [], null, GoalId: id, ShiftMonths: shift)
            : GoalEdits.TargetBy(text) is { } by && DeadlineNamed().IsMatch(text)
                ? new GoalEditDraft(text, "target", [], null, GoalId: id, TargetBy: by.Amount, TargetByPercent: by.Percent)
                : null;
        return await BeginGoalEditAsync(dc, edit, ct);
    }

    /// <summary>The goal just saved or changed, changed again through the edit dialog (its permission check, Confirm and Undo); false when nothing was read.</summary>
    private static async Task<bool> BeginGoalEditAsync(DialogContext dc, GoalEditDraft? edit, CancellationToken ct)
    {
        if (edit is null)
        {
            return false;
        }

        dc.Recent = null;
        await dc.BeginDialogAsync(Dialogs.DialogIds.GoalEdit, edit, ct);
        return true;
    }

    /// <summary>
    /// "actually 245", "ugh, no - 260", "no, Priya not Marco" right after a goal change was saved: the goal changed again, as
    /// a correction at its card would have (<see cref="GoalCardCorrection"/>), through the edit dialog, its permission check
    /// and its Confirm. Only a message said as a correction; a question, or one naming another metric, is not.
    /// </summary>
    private async Task<bool> GoalChangeCorrectedAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (!Guid.TryParse(recent.Key, out var id) || !GoalWords.IsCorrection(text) || Questions.QuestionAnswers.IsQuestion(text)
            || GoalCardCorrection.Read(text, t => dc.Turn.Entities.Read(t, dc.Turn.Today)) is not { } said)
        {
            return false;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        var scope = dc.Turn.Get<Bot.TurnScope>();
        if (await goals.GetAsync(scope.Workspace.Id, new Domain.Goals.GoalId(id), ct) is not { } goal
            || e.MetricList.Any(m => m != Domain.Metrics.MetricCatalog.NameOf(goal.Metric)))
        {
            return false;
        }

        // A name that is no one's in the workspace is not read as a new owner ("I meant to say 260").
        var owner = said.Owner is { } name && (await people.ResolveAsync(scope, name, dc.Turn.Activity.Mentions, ct)).Kind == PersonMatchKind.Found ? name : null;
        var kind = said.Target is not null ? "target"
            : said.Deadline is not null && owner is not null ? "change"
            : said.Deadline is not null ? "deadline"
            : owner is not null ? "owner"
            : null;
        if (kind is null)
        {
            return false;
        }

        var edit = new GoalEditDraft(text, kind, e.MetricList, null, Target: said.Target, Deadline: said.Deadline, OwnerSaid: owner, GoalId: id);
        dc.Recent = null;
        await dc.BeginDialogAsync(Dialogs.DialogIds.GoalEdit, edit, ct);
        return true;
    }

    /// <summary>"Actually make follow-up 12 hours", "actually make it 240 MQLs" right after proposing: the proposal is redone with the change.</summary>
    private async Task<bool> SlaAsync(DialogContext dc, RecentAction recent, string text, CancellationToken ct)
    {
        if (!Guid.TryParse(recent.Key, out var id) || !int.TryParse(recent.Value("leads"), NumberStyles.None, CultureInfo.InvariantCulture, out var leadCount)
            || !decimal.TryParse(recent.Value("hours"), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
        {
            return false;
        }

        if (IsUndo(text) || ProposalPulled().IsMatch(text))
        {
            dc.Turn.Send(await slas.WithdrawAsync(dc.Turn.Get<TurnScope>(), id, ct));
            dc.Recent = null;
            return true;
        }

        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        var said = SlaParsing.Parse(text, e);
        // Changed terms are a new version of the agreement: the proposal just made is withdrawn, never re-signed under new terms.
        var draft = new SlaDraft(Guid.NewGuid(), said.Leads ?? leadCount, said.Period ?? recent.Value("period"), said.FollowUpHours ?? hours, said.Definition ?? recent.Value("definition"));
        if (draft.Leads == leadCount && draft.FollowUpHours == hours && draft.Period == recent.Value("period") && draft.Definition == recent.Value("definition"))
        {
            return false;
        }

        var scope = dc.Turn.Get<TurnScope>();
        foreach (var reply in await slas.ProposeAsync(scope, draft with { Period = draft.Period ?? "month" }, dc.Turn.Now, ct))
        {
            dc.Turn.Send(reply);
        }

        dc.Recent = Remember(draft);
        return true;
    }

    private async Task<bool> UnsignAsync(DialogContext dc, RecentAction recent, CancellationToken ct)
    {
        if (!Guid.TryParse(recent.Key, out var id) || !Enum.TryParse<Domain.Workspaces.Function>(recent.Value("side"), out var side))
        {
            return false;
        }

        var (reply, card) = await slas.UnsignAsync(dc.Turn.Get<TurnScope>(), new Dialogs.Sla.SignaturePut(id, side), ct);
        dc.Turn.Send(reply);
        if (card is not null)
        {
            dc.Turn.Send(card);
        }

        dc.Recent = null;
        return true;
    }

    /// <summary>What "undo" right after a signature needs: the version signed and the side.</summary>
    public static RecentAction SignedNow(Dialogs.Sla.SignaturePut put)
        => new(SlaSigned, put.Id.ToString(), new Dictionary<string, string> { ["side"] = put.Side.ToString() });

    /// <summary>What a correction right after proposing an agreement needs.</summary>
    public static RecentAction Remember(SlaDraft draft)
    {
        var data = new Dictionary<string, string>
        {
            ["leads"] = (draft.Leads ?? 0).ToString(CultureInfo.InvariantCulture),
            ["hours"] = (draft.FollowUpHours ?? 0).ToString(CultureInfo.InvariantCulture),
            ["period"] = draft.Period ?? "month",
        };
        if (draft.Definition is { } definition)
        {
            data["definition"] = definition;
        }

        return new RecentAction(Sla, draft.Id.ToString(), data);
    }

    /// <summary>
    /// "undo that", and the ways people say it: after <see cref="Interjections"/> ("wait no", "oops", "nvm"); "take that back", "scratch that",
    /// "roll it back", "delete that", the figure pointed at ("take that 31 back out"); with "please" or a short reason after ("undo that, posted it too early"), but not with a
    /// change after it ("scratch that, the reason is no budget" corrects the record, it does not take it back).
    /// </summary>
    [GeneratedRegex(@"^\W*(?:" + Interjections.One + @"\b[\s,.!-]*)*" + Interjections.Asking + @"(?:undo|revert|reverse|take\s+(?:that|it|this)(?:\s+\d+(?:\.\d+)?)?\s+back(?:\s+out)?|scratch\s+(?:that|it|this)(?:\s+\d+(?:\.\d+)?)?|roll\s+(?:that|it|this)\s+back|delete\s+(?:that|it|this)(?:\s+\d+(?:\.\d+)?)?|remove\s+(?:that|it|this)(?:\s+\d+(?:\.\d+)?)?)\b(?:\s+(?:that|it|this|the\s+last\s+one|my\s+last\s+one|the\s+last\s+(?:check[\s-]?in|verdict|decision|entry|number)|please|pls|plz))*(?:\s*[,.;:!-]+\s*(?![^?]*\b(?:reason|make\s+it|should\s+be|instead|actually|rather)\b)[^?\d]{0,80})?[\W]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Undo();

    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|so|then|yeah|yes|nah|no|nope|meh|hmm+|ugh|well|honestly|tbh|ah|right|let's|lets|let\s+us|please|pls|just|actually|go\s+ahead\s+and|we\s+should|i'll|i\s+will)[,.!\s]+)*(?:decline|reject|turn\s+down|say\s+no\s+to)\s+(?:it|that|this|that\s+one|this\s+one|the\s+request|that\s+request|this\s+request)\b(?:\s+please)?(?:\W.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclineIt();

    /// <summary>"decline the fantasy football logo request", "nah let's turn down the pricing poster ask": a request named by its words.</summary>
    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|so|then|yeah|yes|nah|no|nope|meh|hmm+|ugh|well|honestly|tbh|ah|right|let's|lets|let\s+us|please|pls|just|actually|go\s+ahead\s+and|we\s+should|i'll|i\s+will)[,.!\s]+)*(?:decline|turn\s+down|say\s+no\s+to)\s+(?:the\s+|that\s+|this\s+)?(?<what>[\p{L}\d][\p{L}\d\s'-]{1,60}?)\s+(?:request|ask)\b(?:\s+please)?(?:\W.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclineNamed();

    /// <summary>"nah we're not doing that one, decline it", "ok - decline this one pls": "decline it" as the last clause.</summary>
    [GeneratedRegex(@"(?:^|[,;.!]\s*|\s[-–—]\s*)(?:(?:so|just|then|pls|please|let's|lets|ok(?:ay)?)\s+)*(?:decline|turn\s+down)\s+(?:it|that|this)(?:\s+one)?(?:\s+(?:please|pls|then))?\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclinePointed();

    // Right after a proposal, "pull that, I sent it too early", "hmm pull it, I jumped the gun", "yank that": the proposal just
    // sent, pulled (UndoWords leaves a bare "pull it" alone, since elsewhere it fetches numbers). Not "pull up …", "pull the numbers".
    [GeneratedRegex(@"^\W*(?:(?:hmm+|oops|ugh|ah|argh|wait|sorry|ok(?:ay)?|no|actually|please|pls)\W+)*(?:pull|yank|kill|scrap|ditch|withdraw|retract)\s+(?:that|it|this)(?:\s+(?:back|one|proposal))?\b(?!\s+(?:up|in|out)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProposalPulled();

    [GeneratedRegex(@"\b(?<who>leadership|exec(?:utive)?s?|marketing|sales)\s+(?:digest|summary|one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AudienceDigestNamed();

    // Ending a review: "cancel", "stop", "done", "that's enough for now", "let's stop here", "stop the review", "I'm done for now".
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|alright|right)[\s,.!]+)?(?:cancel|stop|quit|exit|done|enough|that'?s\s+(?:it|enough|all)|let'?s\s+stop|stop\s+(?:the\s+)?review(?:ing)?|(?:i'?m|we'?re)\s+done|end\s+(?:the\s+)?review)(?:\s+(?:here|there|now|for\s+now|for\s+today|(?:the\s+)?review|pls|please|thanks|thx))*\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewStopped();
}
