using System.Globalization;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// Digest subscriptions as the chat dialogs and the command line manage them: "send the weekly digest here
/// every Monday at 9", "move our digest to Friday 4pm", "stop sending the digest here", "preview this week's
/// digest", and company holidays. Every method that changes something returns a reply the dialog can post.
/// </summary>
public sealed class DigestSubscriptions(
    IDigestSubscriptionStore subscriptions,
    IDigestDeliveryStore deliveries,
    IDigestHolidayStore holidays,
    IWorkspaceStore workspaces,
    IDigestScheduler scheduler,
    DigestBuilder builder,
    DigestDispatcher dispatcher,
    DigestSenders senders,
    TimeProvider time,
    ILogger<DigestSubscriptions> logger)
{
    /// <summary>
    /// What a schedule phrase leaves out, for this conversation: the existing subscription's schedule when there
    /// is one (so "move it to 4pm" keeps the day), otherwise Monday 09:00 weekly in the person's time zone, or the
    /// workspace's.
    /// </summary>
    public async Task<DigestScheduleDefaults> DefaultsAsync(ConversationAddress address, UserRef? person, Audience? audience, CancellationToken cancellationToken)
    {
        var here = await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken);
        var existing = audience is { } a ? here.FirstOrDefault(s => s.Audience == a) : here.Count == 1 ? here[0] : null;
        if (existing is not null)
        {
            return DigestScheduleDefaults.From(existing.Schedule);
        }

        var workspace = await workspaces.GetAsync(Workspace(address), cancellationToken);
        var zone = DigestTimeZones.Normalize(person?.TimeZone) ?? DigestTimeZones.Normalize(workspace?.TimeZone) ?? "UTC";
        return new DigestScheduleDefaults(zone, workspace?.WeekStart ?? DayOfWeek.Monday);
    }

    /// <summary>Reads "every Monday at 9", "Friday 4pm", "every other Monday" against <see cref="DefaultsAsync"/>.</summary>
    public async Task<DigestScheduleParse> ParseScheduleAsync(ConversationAddress address, string text, UserRef? person, Audience? audience, CancellationToken cancellationToken)
        => DigestScheduleParser.Parse(text, await DefaultsAsync(address, person, audience, cancellationToken));

    /// <summary>Posts <paramref name="audience"/>'s digest into the conversation on <paramref name="schedule"/>; subscribing again changes the schedule.</summary>
    public async Task<SubscriptionChange> SubscribeAsync(ConversationAddress address, Audience audience, DigestSchedule schedule, string requestedBy, CancellationToken cancellationToken)
    {
        if (!DigestAudiences.IsDigestAudience(audience))
        {
            return new SubscriptionChange(SubscriptionChangeKind.Refused, null, null, "Digests are made for leadership, marketing or sales: which one should go here?");
        }

        var ws = Workspace(address);
        await EnsureWorkspaceAsync(address, schedule, cancellationToken);
        var existing = (await subscriptions.ListForConversationAsync(ws, address.Key, cancellationToken)).FirstOrDefault(s => s.Audience == audience);
        if (existing is not null)
        {
            return await ChangeScheduleAsync(existing, address, schedule, requestedBy, cancellationToken);
        }

        var now = time.GetUtcNow();
        var subscription = new DigestSubscription(Guid.NewGuid(), ws, audience, address, DigestCalendar.AnchorAtNext(schedule, now), now, requestedBy, now, requestedBy);
        await subscriptions.SaveAsync(subscription, cancellationToken);
        await scheduler.ScheduleAsync(subscription, cancellationToken);
        logger.LogInformation("Digest {SubscriptionId} ({Audience}) subscribed in {Conversation} by {User}: {Schedule}", subscription.Id, audience, address.Key, requestedBy, subscription.Schedule);
        var next = await NextRunAsync(subscription, cancellationToken);
        return new SubscriptionChange(SubscriptionChangeKind.Created, subscription, next,
            $"Done: the {DigestPhrases.AudienceNoun(audience)} digest will be posted here {subscription.Schedule.Describe()}. The first one arrives {When(subscription.Schedule, next)}.{SenderWarning(address)}");
    }

    /// <summary>Moves this conversation's digest (the one for <paramref name="audience"/>, or the only one) to <paramref name="schedule"/>.</summary>
    public async Task<SubscriptionChange> RescheduleAsync(ConversationAddress address, Audience? audience, DigestSchedule schedule, string requestedBy, CancellationToken cancellationToken)
    {
        var (target, problem) = await TargetAsync(address, audience, cancellationToken);
        return target is null ? problem! : await ChangeScheduleAsync(target, address, schedule, requestedBy, cancellationToken);
    }

    /// <summary>
    /// Moves this conversation's digest (the one for <paramref name="audience"/>, or the only one) to <paramref name="day"/>
    /// and/or <paramref name="at"/>, and/or to every <paramref name="everyWeeks"/> weeks, keeping the part not given: "make it
    /// 8:30" keeps Monday, "wednesday instead" keeps 9:00, "once a fortnight is plenty" keeps both.
    /// </summary>
    public async Task<SubscriptionChange> MoveAsync(ConversationAddress address, Audience? audience, DayOfWeek? day, TimeOnly? at, int? everyWeeks, string requestedBy, CancellationToken cancellationToken)
    {
        var (target, problem) = await TargetAsync(address, audience, cancellationToken);
        if (target is null)
        {
            return problem!;
        }

        var s = target.Schedule;
        return await ChangeScheduleAsync(target, address, new DigestSchedule(day ?? s.Day, at ?? s.Time, s.TimeZone, everyWeeks ?? s.EveryWeeks, s.WeekStart, s.Anchor), requestedBy, cancellationToken);
    }

    /// <summary>Whether this conversation gets any digest (so "make that tuesdays instead" in it can be about one).</summary>
    public async Task<bool> AnyHereAsync(ConversationAddress address, CancellationToken cancellationToken)
        => (await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken)).Count > 0;

    /// <summary>Stops this conversation's digest for <paramref name="audience"/>, or all of its digests when no audience is named.</summary>
    public async Task<SubscriptionChange> UnsubscribeAsync(ConversationAddress address, Audience? audience, string requestedBy, CancellationToken cancellationToken)
    {
        var here = await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken);
        var removing = here.Where(s => audience is null || s.Audience == audience).ToArray();
        if (removing.Length == 0)
        {
            return NotFound(audience);
        }

        foreach (var subscription in removing)
        {
            await scheduler.UnscheduleAsync(subscription.WorkspaceId, subscription.Id, cancellationToken);
            await subscriptions.DeleteAsync(subscription.WorkspaceId, subscription.Id, cancellationToken);
            logger.LogInformation("Digest {SubscriptionId} ({Audience}) in {Conversation} stopped by {User}", subscription.Id, subscription.Audience, address.Key, requestedBy);
        }

        var names = string.Join(" and ", removing.OrderBy(s => s.Audience).Select(s => DigestPhrases.AudienceNoun(s.Audience)));
        return new SubscriptionChange(SubscriptionChangeKind.Removed, removing[0], null, $"Stopped: no more {names} digests here.");
    }

    public async Task<IReadOnlyList<DigestSubscriptionStatus>> ListAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => await StatusAsync(workspaceId, await subscriptions.ListAsync(workspaceId, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<DigestSubscriptionStatus>> ListForConversationAsync(ConversationAddress address, CancellationToken cancellationToken)
        => await StatusAsync(Workspace(address), await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken), cancellationToken);

    /// <summary>This week's digest for <paramref name="audience"/> against the current data, without posting or recording anything.</summary>
    public async Task<OutgoingMessage> PreviewAsync(WorkspaceId workspaceId, Audience audience, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
        var schedule = DigestSchedule.Default(DigestTimeZones.Normalize(workspace?.TimeZone) ?? "UTC", workspace?.WeekStart ?? DayOfWeek.Monday);
        return await PreviewAsync(workspaceId, audience, schedule, cancellationToken);
    }

    /// <summary>The digest this conversation would get now: its subscription's audience and cadence, or <paramref name="audience"/>.</summary>
    public async Task<OutgoingMessage> PreviewForConversationAsync(ConversationAddress address, Audience? audience, CancellationToken cancellationToken)
    {
        var here = await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken);
        var subscription = audience is { } a ? here.FirstOrDefault(s => s.Audience == a) : here.Count == 1 ? here[0] : null;
        return subscription is not null
            ? await PreviewAsync(subscription.WorkspaceId, subscription.Audience, subscription.Schedule, cancellationToken)
            : await PreviewAsync(Workspace(address), audience ?? Audience.Leadership, cancellationToken);
    }

    /// <summary>Posts the current period's digest now (at most one per period still holds).</summary>
    public Task<DeliveryOutcome> SendNowAsync(WorkspaceId workspaceId, Guid subscriptionId, CancellationToken cancellationToken)
        => dispatcher.SendNowAsync(workspaceId, subscriptionId, cancellationToken);

    public async Task<DeliveryOutcome> SendNowForConversationAsync(ConversationAddress address, Audience? audience, CancellationToken cancellationToken)
    {
        var (target, problem) = await TargetAsync(address, audience, cancellationToken);
        return target is null
            ? new DeliveryOutcome(DeliveryOutcomeKind.NoSubscription, null, problem!.Reply)
            : await dispatcher.SendNowAsync(target.WorkspaceId, target.Id, cancellationToken);
    }

    /// <summary>A subscription by full id or by the first characters of it (as <c>digest list</c> shows them).</summary>
    public async Task<(DigestSubscription? Subscription, string? Problem)> FindAsync(WorkspaceId workspaceId, string idOrPrefix, CancellationToken cancellationToken)
    {
        var text = idOrPrefix.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var matches = (await subscriptions.ListAsync(workspaceId, cancellationToken)).Where(s => s.Id.ToString("N").StartsWith(text, StringComparison.Ordinal)).ToArray();
        return matches.Length switch
        {
            1 => (matches[0], null),
            0 => (null, $"No digest subscription starting with '{idOrPrefix}' in workspace '{workspaceId}'. `digest list` shows them."),
            _ => (null, $"'{idOrPrefix}' matches {matches.Length} subscriptions; give more of the id."),
        };
    }

    public Task<IReadOnlyList<DigestHoliday>> ListHolidaysAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => holidays.ListAsync(workspaceId, cancellationToken);

    /// <summary>Makes <paramref name="date"/> a company holiday: digests due that day are skipped and the next one says so.</summary>
    public async Task<string> AddHolidayAsync(WorkspaceId workspaceId, DateOnly date, string? name, string addedBy, CancellationToken cancellationToken)
    {
        await holidays.SaveAsync(new DigestHoliday(workspaceId, date, string.IsNullOrWhiteSpace(name) ? null : name.Trim(), addedBy, time.GetUtcNow()), cancellationToken);
        return $"Done: no digests on {DigestPhrases.Weekday(date)}{(string.IsNullOrWhiteSpace(name) ? string.Empty : $" ({name.Trim()})")}; the next digest will say so.";
    }

    public async Task<string> RemoveHolidayAsync(WorkspaceId workspaceId, DateOnly date, CancellationToken cancellationToken)
        => await holidays.RemoveAsync(workspaceId, date, cancellationToken)
            ? $"Done: {DigestPhrases.Weekday(date)} is no longer a holiday for digests."
            : $"{DigestPhrases.Weekday(date)} was not a holiday.";

    /// <summary>The next digest that will actually go out: periods already served are skipped.</summary>
    public async Task<DateTimeOffset> NextRunAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        var schedule = subscription.Schedule;
        var now = time.GetUtcNow();
        var next = DigestCalendar.Next(schedule, now > subscription.ScheduleChangedAt ? now : subscription.ScheduleChangedAt);
        for (var i = 0; i < 3; i++)
        {
            var key = DigestCalendar.PeriodKey(schedule, DigestCalendar.LocalDate(schedule, next));
            if (await deliveries.GetAsync(subscription.WorkspaceId, subscription.Id, key, cancellationToken) is null)
            {
                break;
            }

            next = DigestCalendar.Next(schedule, next);
        }

        return next;
    }

    /// <summary>"Mon 30 Nov 2026 at 09:00" in the schedule's time zone.</summary>
    public static string When(DigestSchedule schedule, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, DigestTimeZones.Get(schedule.TimeZone));
        return local.ToString("ddd d MMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
    }

    private async Task<OutgoingMessage> PreviewAsync(WorkspaceId workspaceId, Audience audience, DigestSchedule schedule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var period = new DigestPeriod(DigestCalendar.LocalDate(schedule, now), schedule.EveryWeeks, schedule.WeekStart);
        var digest = await builder.BuildAsync(workspaceId, audience, period, now, [], fresh: true, cancellationToken);
        return DigestRenderer.Render(digest, $"digest-preview:{DigestPhrases.AudienceNoun(audience)}");
    }

    private async Task<SubscriptionChange> ChangeScheduleAsync(DigestSubscription existing, ConversationAddress address, DigestSchedule schedule, string requestedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // The address is refreshed too: Teams may have moved the conversation to another serviceUrl since.
        var updated = existing with { Address = address, Schedule = DigestCalendar.AnchorAtNext(schedule, now), ScheduleChangedAt = now, ChangedBy = requestedBy };
        await subscriptions.SaveAsync(updated, cancellationToken);
        await scheduler.ScheduleAsync(updated, cancellationToken);
        logger.LogInformation("Digest {SubscriptionId} ({Audience}) rescheduled by {User}: {Schedule}", updated.Id, updated.Audience, requestedBy, updated.Schedule);
        var next = await NextRunAsync(updated, cancellationToken);
        return new SubscriptionChange(SubscriptionChangeKind.Updated, updated, next,
            $"Done: the {DigestPhrases.AudienceNoun(updated.Audience)} digest here now goes out {updated.Schedule.Describe()}. The next one arrives {When(updated.Schedule, next)}.{SenderWarning(address)}", existing.Schedule);
    }

    private async Task<(DigestSubscription? Target, SubscriptionChange? Problem)> TargetAsync(ConversationAddress address, Audience? audience, CancellationToken cancellationToken)
    {
        var here = await subscriptions.ListForConversationAsync(Workspace(address), address.Key, cancellationToken);
        if (audience is { } a)
        {
            var match = here.FirstOrDefault(s => s.Audience == a);
            return match is null ? (null, NotFound(a)) : (match, null);
        }

        return here.Count switch
        {
            0 => (null, NotFound(null)),
            1 => (here[0], null),
            _ => (null, new SubscriptionChange(SubscriptionChangeKind.Ambiguous, null, null,
                $"This conversation gets the {string.Join(" and ", here.OrderBy(s => s.Audience).Select(s => DigestPhrases.AudienceNoun(s.Audience)))} digests: which one do you mean?")),
        };
    }

    private async Task<IReadOnlyList<DigestSubscriptionStatus>> StatusAsync(WorkspaceId workspaceId, IReadOnlyList<DigestSubscription> list, CancellationToken cancellationToken)
    {
        var latest = (await deliveries.ListLatestAsync(workspaceId, cancellationToken)).ToDictionary(d => d.SubscriptionId);
        var result = new List<DigestSubscriptionStatus>(list.Count);
        foreach (var subscription in list)
        {
            result.Add(new DigestSubscriptionStatus(subscription, await NextRunAsync(subscription, cancellationToken), latest.GetValueOrDefault(subscription.Id),
                senders.Problem(subscription.Address)));
        }

        return result;
    }

    private async Task EnsureWorkspaceAsync(ConversationAddress address, DigestSchedule schedule, CancellationToken cancellationToken)
    {
        // The scheduler's sweeps walk the workspaces table; a workspace first seen through a subscription must be in it.
        var id = Workspace(address);
        if (await workspaces.GetAsync(id, cancellationToken) is null)
        {
            var platform = address.ChannelId switch { "msteams" => Platform.Teams, "slack" => Platform.Slack, _ => Platform.Local };
            await workspaces.SaveAsync(new Workspace(id, platform, id.Value, schedule.TimeZone, WeekStart: schedule.WeekStart), cancellationToken);
        }
    }

    private string SenderWarning(ConversationAddress address)
        => senders.Problem(address) is { } problem ? $" (Note: digests cannot be posted here yet: {problem.TrimEnd('.')}. Until then each one is reported as not posted.)" : string.Empty;

    private static SubscriptionChange NotFound(Audience? audience)
        => new(SubscriptionChangeKind.NotFound, null, null,
            audience is { } a
                ? $"No {DigestPhrases.AudienceNoun(a)} digest is posted here."
                : "No digest is posted here yet. Say “send the weekly digest here every Monday at 9” to start one.");

    private static WorkspaceId Workspace(ConversationAddress address) => new(address.WorkspaceId);
}
