using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// Digest subscriptions managed in chat: "send the weekly digest here every Monday at 9", "move our digest to Friday 4pm",
/// "stop sending the digest here", "preview this week's digest", "no digest on December 26". Changing a channel's digest
/// takes a role and being in that channel (or an admin); holidays are workspace-wide, so admins'; previews and lists are reading.
/// </summary>
public sealed partial class DigestCommand(DigestSubscriptions digests, PermissionGate gate) : IBotCommand
{
    public string Intent => "digest";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        // A digest asked for in a clause of a longer message ("we agreed to stop the monday meeting, so what I want is the
        // digest every thursday at half ten instead"): that clause is the command, the rest is the story around it.
        var asked = DigestAsk.Read(understanding.Text, digestInTalk: true);
        var text = asked?.Clause ?? understanding.Text;
        var address = scope.Address;
        var person = new UserRef(scope.Person.UserId, scope.Person.DisplayName, scope.Person.TimeZone);
        var audience = DigestAudiences.Guess(text, address.Name, scope.Person.Role);

        // "help with digests", "how do digests work?": explained; nothing is set up.
        if (HelpAsked().IsMatch(understanding.Text.Trim()) && !ScheduleBefore().IsMatch(understanding.Text))
        {
            dc.Turn.Send(HelpText);
            return;
        }

        // "no digest on December 26", and "no digests the week of christmas please" with no day the date reader takes: holidays
        // are the workspace's, so an admin's; anyone else is refused naming who may before any day is asked.
        if ((Holiday().IsMatch(text) && understanding.Entities.Deadline is not null) || NoDigestsOn().IsMatch(text))
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
            {
                return;
            }

            dc.Turn.Send(understanding.Entities.Deadline is { } day
                ? await digests.AddHolidayAsync(scope.Workspace.Id, day, null, scope.Person.DisplayName, cancellationToken)
                : "Which days should have no digest? Say each date, for example \"no digest on 28 December\". Nothing changed.");
            return;
        }

        // The person is in the conversation whose digest they change: they are talking in it.
        var channel = new PermissionResource { InChannel = true };
        // "honestly nobody opens it, can the digest in this channel", "tbh we can drop the digest in here" (DigestOff).
        if (Stop().IsMatch(text) || DigestOff.Asks(understanding.Text))
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, channel, cancellationToken))
            {
                return;
            }

            var stopped = await digests.UnsubscribeAsync(address, DigestAudiences.Guess(text, null, null), scope.Person.DisplayName, cancellationToken);
            dc.Turn.Send(stopped.Reply);
            // "wait no, undo that" next brings it back; with two stopped at once, each is set up again by asking.
            if (stopped is { Kind: SubscriptionChangeKind.Removed, Subscription: { } one } && !stopped.Reply.Contains(" and ", StringComparison.Ordinal))
            {
                dc.Recent = Corrections.RecentCorrections.DigestScheduled(one.Audience, stopped);
            }

            return;
        }

        if (Preview().IsMatch(text))
        {
            dc.Turn.Send(await digests.PreviewForConversationAsync(address, DigestAudiences.Guess(text, address.Name, scope.Person.Role), cancellationToken));
            return;
        }

        if (SendNow().IsMatch(text))
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, channel, cancellationToken))
            {
                return;
            }

            dc.Turn.Send((await digests.SendNowForConversationAsync(address, DigestAudiences.Guess(text, null, null), cancellationToken)).Summary);
            return;
        }

        if (List().IsMatch(text))
        {
            var all = await digests.ListAsync(scope.Workspace.Id, cancellationToken);
            dc.Turn.Send(all.Count == 0
                ? "No channel gets a digest yet. In the channel that should get one, say \"send the weekly digest here every Monday at 9\"."
                : "Digests in this workspace:\n" + string.Join("\n", all.Select(s =>
                    $"• {DigestAudiences.Noun(s.Subscription.Audience)} digest to {s.Subscription.Address.Name ?? s.Subscription.Address.ConversationId}: {DigestSubscriptions.When(s.Subscription.Schedule, s.NextRun)}" +
                    (s.NeedsAttention ? $" ⚠ {s.Problem ?? s.LastDelivery?.State.ToString()}" : string.Empty))));
            return;
        }

        // "the digest last week was actually kinda helpful ngl": said about a digest, asking for nothing; nothing changes.
        if (DigestAsk.IsRemark(understanding.Text))
        {
            dc.Turn.Send("Glad the digest helps. Nothing changed: say \"move our digest to Friday 4pm\" or \"stop sending the digest here\" to change it.");
            return;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageChannelDigest, channel, cancellationToken))
        {
            return;
        }

        // "sundays 9pm so we start monday ready": the day in the purpose is not the digest's; "tuesdays - no, wednesdays - at 9":
        // the day said again after a change of mind is the one meant.
        text = DayChangedInBreath().Replace(WithoutPurpose(text), m => m.Groups["time"].Success ? m.Groups["time"].Value.Trim() + " " : string.Empty);
        var parsed = await digests.ParseScheduleAsync(address, text, person, audience, cancellationToken);

        // "move the digest" with no day, time or cadence: asked when, rather than "moved" to where it already is.
        if (parsed is { Succeeded: true, HasDay: false, HasTime: false, HasCadence: false } && Move().IsMatch(text)
            && (await digests.ListForConversationAsync(address, cancellationToken)) is { Count: > 0 } here
            && (here.FirstOrDefault(h => h.Subscription.Audience == audience) ?? (here.Count == 1 ? here[0] : null)) is { } current)
        {
            dc.Turn.Send($"When should the {DigestPhrases.AudienceNoun(current.Subscription.Audience)} digest go out instead? It goes out {current.Subscription.Schedule.Describe()} now. Say a day and time, for example \"Thursdays at 10\".");
            dc.Recent = Corrections.RecentCorrections.DigestMoveAsked(current.Subscription.Audience);
            return;
        }

        // "every tuesday morning at ten", "wednesdays at half past eight": a time in words the schedule parser leaves.
        if (parsed is { Succeeded: true, HasTime: false } && DigestWhenWords.Read(text) is { } said)
        {
            var s = parsed.Schedule!;
            parsed = parsed with { Schedule = new Domain.Digests.DigestSchedule(said.Day, said.Time, s.TimeZone, s.EveryWeeks, s.WeekStart, s.Anchor), HasDay = true, HasTime = true };
        }

        // "can we get one fridays at noon": the day and time of the ask, where the schedule parser missed one of them.
        if (parsed is { Succeeded: true } && !(parsed.HasDay && parsed.HasTime) && asked is { } ask)
        {
            var s = parsed.Schedule!;
            parsed = parsed with { Schedule = new Domain.Digests.DigestSchedule(ask.Day, ask.Time, s.TimeZone, s.EveryWeeks, s.WeekStart, s.Anchor), HasDay = true, HasTime = true };
        }
        // "every 2nd thursday, 10 o'clock", "evry wensday 9am", "every monday at 6:30am - wait, no, make it 7": the day and how
        // often where the schedule parser found none, and the time said after a change of mind (DigestCadence).
        if (parsed is { Succeeded: true } && DigestCadence.Read(text) is { } cadence)
        {
            var s = parsed.Schedule!;
            // "send the digest here tuesdays at 10, no wait, wednesdays": a day said after the change of mind wins over the first.
            var weekday = parsed.HasDay && !(cadence.Day is not null && DigestCadence.ChangesMind(text)) ? s.Day : cadence.Day ?? s.Day;
            var at = cadence.Time is { } t && (!parsed.HasTime || DigestCadence.ChangesMind(text)) ? t : s.Time;
            var every = !parsed.HasCadence && cadence.EveryWeeks is 1 or 2 ? cadence.EveryWeeks.Value : s.EveryWeeks;
            parsed = parsed with
            {
                Schedule = new Domain.Digests.DigestSchedule(weekday, at, s.TimeZone, every, s.WeekStart, s.Anchor),
                HasDay = parsed.HasDay || cadence.Day is not null,
                HasTime = parsed.HasTime || cadence.Time is not null,
                HasCadence = parsed.HasCadence || cadence.EveryWeeks is not null,
            };
        }

        if (!parsed.Succeeded)
        {
            dc.Turn.Send(parsed.Problem ?? "I couldn't read that schedule. Try \"every Monday at 9\" or \"every other Friday at 4pm\".");
            return;
        }

        // Asked for with "instead" where there is none yet ("…the digest every thursday at half ten instead"): set it up.
        var change = Move().IsMatch(text) && !(asked is not null && !await digests.AnyHereAsync(address, cancellationToken))
            ? await digests.RescheduleAsync(address, audience, parsed.Schedule!, scope.Person.DisplayName, cancellationToken)
            : await digests.SubscribeAsync(address, audience ?? Domain.Goals.Audience.Marketing, parsed.Schedule!, scope.Person.DisplayName, cancellationToken);
        dc.Turn.Send(change.Reply);

        // "hmm, make that 2pm instead" right after it is about this digest (RecentCorrections).
        if (change.Subscription is { } set && change.Kind is SubscriptionChangeKind.Created or SubscriptionChangeKind.Updated)
        {
            dc.Recent = Corrections.RecentCorrections.DigestScheduled(set.Audience, change);
        }
    }

    public const string HelpText = "The weekly digest posts each week's goals and their pace, the funnel against the lead agreement, sales' verdicts on leads and the requests logged to a channel, for leadership, marketing or sales. "
        + "In the channel that should get it, say \"send the weekly digest here every Monday at 9\"; \"move our digest to Friday 4pm\" moves it, \"preview the digest\" shows it now and \"stop the digest here\" stops it. Nothing changed.";

    /// <summary>Asking how digests work: "help with digests", "how do digests work?", "what's the digest?", "explain the weekly digest".</summary>
    [GeneratedRegex(@"^\W*(?:(?:hi|hey|so|ok|um+)\W+)?(?:help(?:\s+(?:me\s+)?(?:with|on))?|explain|tell\s+me\s+about|how\s+(?:do|does)\s+(?:the\s+|your\s+)?(?:weekly\s+)?digests?\s+work|what\s+(?:is|are|'s)\s+(?:the\s+|a\s+|this\s+)?(?:weekly\s+)?digests?\b(?!\s+(?:here|in|for|on|at)\b)|how\s+do\s+i\s+(?:use|set\s+up|get)\s+(?:the\s+|a\s+)?(?:weekly\s+)?digests?)\b(?:\s+(?:the\s+|a\s+)?(?:weekly\s+)?digests?)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpAsked();

    /// <summary>The message without a purpose said after its schedule (a day or a time before it); a message that opens with "so we …" keeps it.</summary>
    private static string WithoutPurpose(string text)
        => Purpose().Match(text) is { Success: true, Index: > 0 } purpose && ScheduleBefore().IsMatch(text[..purpose.Index]) ? text[..purpose.Index] : text;

    [GeneratedRegex(@"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleBefore();

    /// <summary>A purpose said after the schedule: "so we start monday ready", "so the team can plan friday", "to prep for the monday standup".</summary>
    [GeneratedRegex(@"\s*(?:[,;-]\s*)?\b(?:so\s+(?:that\s+)?(?:we|i|you|they|the\s+\w+|everyone|everybody|people|sales|marketing)\b|(?:in\s+order\s+)?to\s+(?:plan|prep|prepare|start|kick\s*off|get\s+ready|be\s+ready|review)\b|ahead\s+of\b|before\s+(?:the|our)\b).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    /// <summary>
    /// A day taken back in the same breath: "tuesdays - no, wednesdays", "mondays, sorry, tuesdays", "thursday, I mean friday", and
    /// with its time between, "tuesdays at 10, no wait, wednesdays", "fridays at 3pm, wait no, thursdays": the time is kept
    /// (<c>${time}</c>), the day taken back is not.
    /// </summary>
    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?s?\b(?<time>\s+(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\s*[,;-]*\s*(?:(?:no|nope|sorry|wait|i\s+mean|or\s+rather|rather|actually|make\s+(?:it|that))\b[\s,;:.!-]*)+(?=\b(?:mon|tue|wed|thu|fri|sat|sun))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayChangedInBreath();

    /// <summary>Days without a digest asked for: "no digests the week of christmas", "no digest over the holidays", "no digests between christmas and new year".</summary>
    [GeneratedRegex(@"\bno\s+digests?\s+(?:on|over|during|for|the\s+week|in\s+the\s+week|between|around|at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoDigestsOn();

    [GeneratedRegex(@"\b(holiday|holidays|no digest on|skip)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Holiday();

    // "switch it off", "we don't need the digest here anymore", "nobody reads it any more": not wanting it is stopping it.
    [GeneratedRegex(@"\b(stop|unsubscribe|(?:turn|switch|shut)\s+(?:it\s+|that\s+|this\s+|the\s+(?:\w+\s+)?digest\s+)?off|pause|cancel|no more|don'?t send|remove|get rid of|kill|scrap|ditch|(?:don'?t|do not|no longer)\s+(?:need|want|use)|(?:nobody|no one|no-one)\s+(?:reads|looks at|needs|wants))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stop();

    // "gimme a sneak peek", "a quick look at this week's digest": seeing it before it goes out changes nothing. "preview"
    // typed with its letters swapped or one dropped ("preveiw", "previw", "preiview") is still a preview, never a subscription.
    // "show up in this channel on thursdays" is the digest arriving, not a preview.
    [GeneratedRegex(@"\b(pre?v(?:iew|eiw|iw|ew|ie|iwe)|preiview|show(?!\s+up\b)|look like|what does|see|peek|peak|glimpse|look at|a look|what'?s in|draft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preview();

    [GeneratedRegex(@"\b(send (it |the digest |this week'?s digest |the \w+ digest )?now|resend|right now|send it again)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SendNow();

    [GeneratedRegex(@"\b(which channels|list|settings|subscriptions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex List();

    [GeneratedRegex(@"\b(move|change|reschedule|make it|switch|instead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Move();
}
