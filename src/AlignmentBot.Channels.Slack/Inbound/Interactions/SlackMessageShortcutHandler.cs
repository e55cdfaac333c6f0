using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// "Log as marketing request" on any message: acknowledged at once, then run as a <see cref="WellKnownVerbs.LogRequestFromMessage"/>
/// submission with the message's text, author and link; the bot answers with a pre-filled form.
/// </summary>
internal sealed class SlackMessageShortcutHandler(
    IBackgroundTurns background,
    SlackIdentity identity,
    SlackUserDirectory users,
    ITurnRunner turns,
    SlackReplyDelivery delivery,
    IConversationsApi conversations) : ITurnWorkHandler<SlackShortcutWork>
{
    public async ValueTask<SlackAck> AcceptAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
        => await background.TryEnqueueAsync(new SlackShortcutWork(payload, receivedAt), cancellationToken) ? SlackAck.Ok : SlackAck.Retry;

    public async Task HandleAsync(SlackShortcutWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (payload, receivedAt) = work;

        var me = await identity.GetAsync(cancellationToken);
        var team = payload.Team!.Id!;
        var message = payload.Message;
        var author = message?.User is { } authorId
            ? (await users.GetAsync(team, authorId, message.Username, cancellationToken)).User.Name
            : message?.Username ?? "someone";
        var channel = payload.Channel?.Id ?? string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["text"] = SlackText.Decode(message?.Text),
            ["author"] = author,
        };
        if (message?.User is { } authorUserId)
        {
            values["authorId"] = authorUserId;
        }

        if (SlackAddresses.Permalink(payload.Team.Domain, channel, message?.Ts ?? payload.MessageTs) is { } link)
        {
            values["link"] = link;
        }

        var context = new ReplyContext(SlackAddresses.For(team, channel, message?.ThreadTs, me.UserId, payload.Channel?.Name), payload.User!.Id!)
        {
            ResponseUrl = payload.ResponseUrl,
            Trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt),
        };
        context = await conversations.WithConversationAsync(context, cancellationToken);
        var (user, locale) = await users.GetAsync(team, payload.User.Id!, payload.User.Name, payload.User.TeamId, cancellationToken);
        var activity = new IncomingActivity(
            ActivityKind.Submission, payload.TriggerId ?? Guid.NewGuid().ToString("N"), context.Conversation, user, null, receivedAt,
            new CardSubmission(WellKnownVerbs.LogRequestFromMessage, values), locale);
        await turns.RunAsync(new TurnRequest<ReplyContext>(activity, context), delivery, journal, cancellationToken);
    }
}
