using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A card button (block_actions): acknowledged at once, then run as a submission turn with the button's verb and data.</summary>
internal sealed class SlackBlockActionHandler(
    IBackgroundTurns background,
    SlackIdentity identity,
    SlackUserDirectory users,
    ITurnRunner turns,
    SlackReplyDelivery delivery,
    IConversationsApi conversations,
    ISlackFormStore forms) : ITurnWorkHandler<SlackBlockActionWork>
{
    public async ValueTask<SlackAck> AcceptAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
        => await background.TryEnqueueAsync(new SlackBlockActionWork(payload, receivedAt), cancellationToken) ? SlackAck.Ok : SlackAck.Retry;

    public async Task HandleAsync(SlackBlockActionWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (payload, receivedAt) = work;
        var action = payload.Actions![0];

        var value = ButtonValue.Parse(action.Value);
        if (value?.FormKey is { } key && value.Data is null)
        {
            // A value too large for the button was parked in the store.
            value = await forms.FindAsync<ButtonValue>(key, cancellationToken) ?? value;
        }

        var verb = value?.Verb ?? action.ActionId ?? string.Empty;
        var me = await identity.GetAsync(cancellationToken);
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var context = new ReplyContext(SlackAddresses.For(payload.Team!.Id!, channel ?? string.Empty, InteractionReplies.ThreadOf(payload), me.UserId, payload.Channel?.Name), payload.User!.Id!)
        {
            ResponseUrl = payload.ResponseUrl,
            SourceMessageTs = payload.Container?.MessageTs ?? payload.Message?.Ts,
            SourceIsEphemeral = payload.Container?.IsEphemeral ?? false,
            Trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt),
        };
        context = await conversations.WithConversationAsync(context, cancellationToken);
        var (user, locale) = await users.GetAsync(payload.Team.Id!, payload.User.Id!, payload.User.Name ?? payload.User.Username, payload.User.TeamId, cancellationToken);
        var submission = new CardSubmission(verb, value?.Data ?? new Dictionary<string, string>(), value?.CardId);
        var activity = new IncomingActivity(ActivityKind.Submission, payload.TriggerId ?? action.ActionTs ?? Guid.NewGuid().ToString("N"), context.Conversation, user, null, receivedAt, submission, locale);
        await turns.RunAsync(new TurnRequest<ReplyContext>(activity, context), delivery, journal, cancellationToken);
    }
}
