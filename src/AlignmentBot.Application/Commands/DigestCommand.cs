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

        if (Holiday().IsMatch(text) && understanding.Entities.Deadline is { } day)
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
            {
                return;
            }

            dc.Turn.Send(await digests.AddHolidayAsync(scope.Workspace.Id, day, null, scope.Person.DisplayName, cancellationToken));
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

            dc.Turn.Send((await digests.UnsubscribeAsync(address, DigestAudiences.Guess(text, null, null), scope.Person.DisplayName, cancellationToken)).Reply);
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

        var parsed = await digests.ParseScheduleAsync(address, text, person, audience, cancellationToken);

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
            var weekday = parsed.HasDay ? s.Day : cadence.Day ?? s.Day;
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
            dc.Recent = Corrections.RecentCorrections.DigestScheduled(set.Audience);
        }
    }

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
