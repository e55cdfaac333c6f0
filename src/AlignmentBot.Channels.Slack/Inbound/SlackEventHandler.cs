using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// Events API bodies. Queues the event as a <see cref="SlackEventWork"/> and acknowledges once it is recorded in the
/// inbox; a retry of an event already there is acknowledged without a second turn, and one refused because the queue
/// was full is still new when Slack sends it again.
/// </summary>
internal sealed class SlackEventHandler(
    IBackgroundTurns background,
    SlackIdentity identity,
    SlackUserDirectory users,
    ITurnRunner turns,
    SlackReplyDelivery delivery,
    SlackHomePublisher home,
    IInstallationEvents installations,
    ILogger<SlackEventHandler> logger) : ITurnWorkHandler<SlackEventWork>
{
    public async ValueTask<SlackAck> AcceptAsync(EventEnvelope envelope, int? retryAttempt, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        switch (envelope.Type)
        {
            case EventEnvelope.UrlVerification:
                return new SlackAck(new JsonObject { ["challenge"] = envelope.Challenge ?? string.Empty });
            case EventEnvelope.AppRateLimited:
                logger.LogWarning("Slack stopped sending events for a while: more than 30,000 in an hour for team {TeamId}", envelope.TeamId);
                return SlackAck.Ok;
            case EventEnvelope.EventCallback when envelope.Event is { } ev && !string.IsNullOrEmpty(envelope.EventId) && !string.IsNullOrEmpty(envelope.TeamId ?? ev.Team):
                if (retryAttempt > 0)
                {
                    logger.LogDebug("Slack event {EventId} delivered again (attempt {Attempt})", envelope.EventId, retryAttempt);
                }

                return await background.EnqueueAsync(new SlackEventWork(envelope, receivedAt), cancellationToken) ? SlackAck.Ok : SlackAck.Retry;
            default:
                logger.LogDebug("Slack event body of type {Type} ignored", envelope.Type);
                return SlackAck.Ok;
        }
    }

    public async Task HandleAsync(SlackEventWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (envelope, receivedAt) = work;
        var ev = envelope.Event!;
        var team = envelope.TeamId ?? ev.Team!;
        var at = envelope.EventTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(envelope.EventTime) : receivedAt;
        if (ev.Type is SlackEvent.AppUninstalled or SlackEvent.TokensRevoked)
        {
            // Before anything calls Slack: after an uninstall the token no longer works.
            await UninstalledAsync(ev, team, at, cancellationToken);
            return;
        }

        var me = await identity.GetAsync(cancellationToken);
        switch (ev.Type)
        {
            case SlackEvent.AppMention or SlackEvent.Message when IsFromPerson(ev, me) && ev.Channel is { } channel:
            {
                var (user, locale) = await users.GetAsync(team, ev.User!, null, ev.UserTeam, cancellationToken);
                var conversation = SlackAddresses.For(team, channel, ev.ThreadTs, me.UserId);
                var activity = new IncomingActivity(ActivityKind.Message, envelope.EventId!, conversation, user, SlackText.Decode(SlackAddresses.StripMention(ev.Text, me.UserId)), at, Locale: locale)
                {
                    Mentions = SlackAddresses.Mentions(ev.Text, me.UserId),
                    Files = Files(ev),
                };
                await RunAsync(activity, new ReplyContext(conversation, user.Id), journal, cancellationToken);
                break;
            }

            case SlackEvent.MemberJoinedChannel when ev.User == me.UserId && ev.Channel is { } channel:
            {
                // The bot was added to a channel: greet it, from the person who invited the bot when Slack says who.
                var inviter = ev.Inviter;
                var (user, locale) = inviter is null ? (new UserRef(me.UserId, "AlignmentBot"), null) : await users.GetAsync(team, inviter, null, cancellationToken);
                var conversation = SlackAddresses.For(team, channel, null, me.UserId);
                var activity = new IncomingActivity(ActivityKind.ConversationStarted, envelope.EventId!, conversation, user, null, at, Locale: locale);
                await RunAsync(activity, new ReplyContext(conversation, user.Id), journal, cancellationToken);
                break;
            }

            case SlackEvent.AppHomeOpened when ev.User is { } userId:
                await HomeOpenedAsync(envelope, ev, team, userId, me, at, journal, cancellationToken);
                break;
        }
    }

    /// <summary>Every attempt failed: tell the person where they wrote, without the lookups that kept failing.</summary>
    public async Task GiveUpAsync(SlackEventWork work, CancellationToken cancellationToken)
    {
        var ev = work.Envelope.Event!;
        if (ev.Type is SlackEvent.AppMention or SlackEvent.Message && ev.Channel is { } channel && ev.User is { } user)
        {
            var conversation = SlackAddresses.For(work.Key.WorkspaceId, channel, ev.ThreadTs, string.Empty);
            await delivery.PostAsync(new OutgoingMessage(TurnApology.Text), new ReplyContext(conversation, user), cancellationToken);
        }
    }

    private async Task HomeOpenedAsync(EventEnvelope envelope, SlackEvent ev, string team, string userId, BotIdentity me, DateTimeOffset at, ITurnJournal journal, CancellationToken cancellationToken)
    {
        if (ev.Tab is not (null or "home"))
        {
            return;
        }

        var (user, locale) = await users.GetAsync(team, userId, null, cancellationToken);

        // Slack includes the Home view once one was ever published for this person, so its absence marks the first visit.
        var firstVisit = ev.View is null || ev.View.Value.ValueKind is System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined;
        try
        {
            await home.PublishAsync(team, user, cancellationToken);
        }
        catch (SlackApiException ex)
        {
            // A Home tab that cannot be drawn must not also cost the person their welcome message.
            logger.LogWarning("Slack views.publish for {UserId} failed: {Error}", userId, ex.Error);
        }

        if (firstVisit && ev.Channel is { } channel)
        {
            var conversation = SlackAddresses.For(team, channel, null, me.UserId);
            var activity = new IncomingActivity(ActivityKind.ConversationStarted, envelope.EventId!, conversation, user, null, at, Locale: locale);
            await RunAsync(activity, new ReplyContext(conversation, user.Id), journal, cancellationToken);
        }
    }

    private async Task UninstalledAsync(SlackEvent ev, string team, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Revoking only people's user tokens leaves the app installed; without its bot token it can do nothing.
        if (ev.Type == SlackEvent.TokensRevoked && ev.Tokens?.Bot is not { Count: > 0 })
        {
            logger.LogInformation("Slack revoked {Count} user tokens in team {TeamId}; the bot's token is untouched", ev.Tokens?.OAuth?.Count ?? 0, team);
            return;
        }

        await installations.UninstalledAsync(new InstallationChange(SlackAddresses.ChannelId, team, ev.Type!, at), cancellationToken);
    }

    /// <summary>Files shared in a direct message (file_share), with where to download them; files elsewhere are not read.</summary>
    private static IReadOnlyList<SharedFile> Files(SlackEvent ev)
        => ev.Type == SlackEvent.Message && ev.ChannelType == "im" && ev.Files is { Count: > 0 } files
            ? files.Where(f => !string.IsNullOrEmpty(f.UrlPrivateDownload ?? f.UrlPrivate))
                .Select(f => new SharedFile(f.Name ?? f.Title ?? f.Id ?? "file", (f.UrlPrivateDownload ?? f.UrlPrivate)!, f.Size, f.FileType))
                .ToArray()
            : [];

    private Task RunAsync(IncomingActivity activity, ReplyContext context, ITurnJournal journal, CancellationToken cancellationToken)
        => turns.RunAsync(new TurnRequest<ReplyContext>(activity, context), delivery, journal, cancellationToken);

    /// <summary>
    /// Only what a person wrote: never our own posts (Bolt's ignoreSelf), never another bot's (no bot loops),
    /// and no edits, deletions or joins. message events count only in direct messages; channels use app_mention.
    /// </summary>
    private static bool IsFromPerson(SlackEvent ev, BotIdentity me)
    {
        if (ev.User is null || ev.User == me.UserId || ev.BotId is not null)
        {
            return false;
        }

        if (ev.Subtype is not (null or "file_share" or "thread_broadcast"))
        {
            return false;
        }

        return ev.Type == SlackEvent.AppMention || ev.ChannelType == "im";
    }
}
