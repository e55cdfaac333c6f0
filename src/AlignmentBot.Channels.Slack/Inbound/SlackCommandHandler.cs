using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// "/align &lt;text&gt;": queued as a <see cref="SlackCommandWork"/> and acknowledged with an empty 200 once it is in
/// the inbox (the person sees nothing until the answer), then run as a message turn. A form answer opens as a modal while
/// the command's trigger is fresh.
/// </summary>
internal sealed class SlackCommandHandler(
    IBackgroundTurns background,
    SlackIdentity identity,
    SlackUserDirectory users,
    ITurnRunner turns,
    SlackReplyDelivery delivery,
    ResponseUrlClient responseUrls,
    ILogger<SlackCommandHandler> logger) : ITurnWorkHandler<SlackCommandWork>
{
    /// <summary>What "/align" with no text means to the bot.</summary>
    public const string EmptyCommandText = "help";

    public async ValueTask<SlackAck> AcceptAsync(SlashCommand command, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.TeamId) || string.IsNullOrEmpty(command.ChannelId) || string.IsNullOrEmpty(command.UserId))
        {
            logger.LogWarning("Slack slash command without team, channel or user ignored");
            return SlackAck.Ok;
        }

        responseUrls.Register(command.ResponseUrl, receivedAt);
        return await background.TryEnqueueAsync(new SlackCommandWork(command, receivedAt), cancellationToken) ? SlackAck.Ok : SlackAck.Retry;
    }

    public async Task HandleAsync(SlackCommandWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (command, receivedAt) = work;
        var id = work.Key.ItemId["command:".Length..];

        var me = await identity.GetAsync(cancellationToken);
        var (user, locale) = await users.GetAsync(command.TeamId!, command.UserId!, command.UserName, cancellationToken);
        var conversation = SlackAddresses.For(command.TeamId!, command.ChannelId!, null, me.UserId, command.ChannelName);
        var text = string.IsNullOrWhiteSpace(command.Text) ? EmptyCommandText : SlackText.Decode(command.Text).Trim();
        var activity = new IncomingActivity(ActivityKind.Message, id, conversation, user, text, receivedAt, Locale: locale) { Mentions = SlackAddresses.Mentions(command.Text, me.UserId) };
        var context = new ReplyContext(conversation, user.Id)
        {
            ResponseUrl = command.ResponseUrl,
            Trigger = command.TriggerId is null ? null : new TriggerHandle(command.TriggerId, receivedAt),
        };
        await turns.RunAsync(new TurnRequest<ReplyContext>(activity, context), delivery, journal, cancellationToken);
    }
}
