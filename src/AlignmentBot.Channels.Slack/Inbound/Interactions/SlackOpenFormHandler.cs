using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// The button under a form summary: opens the parked form as a modal with the press's trigger, which is good for
/// 3 seconds. Not a turn; the bot sees the form only when it is submitted.
/// </summary>
internal sealed class SlackOpenFormHandler(
    IBackgroundTurns background,
    SlackIdentity identity,
    SlackReplyDelivery delivery,
    IConversationsApi conversations,
    ISlackFormStore forms,
    TimeProvider time,
    ILogger<SlackOpenFormHandler> logger) : ITurnWorkHandler<SlackOpenFormWork>
{
    public const string ExpiredForm = "That form has expired. Ask me again and I'll bring a fresh one.";

    public const string NotOpened = "I couldn't open the form in time. Press the button again to open it.";

    public async ValueTask<SlackAck> AcceptAsync(InteractionPayload payload, DateTimeOffset receivedAt, CancellationToken cancellationToken)
        => await background.TryEnqueueAsync(new SlackOpenFormWork(payload, receivedAt), cancellationToken) ? SlackAck.Ok : SlackAck.Retry;

    public async Task HandleAsync(SlackOpenFormWork work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (payload, receivedAt) = work;
        var action = payload.Actions![0];

        var key = ButtonValue.Parse(action.Value)?.FormKey;
        var form = key is null ? null : await forms.FindAsync<Card>(key, cancellationToken);
        var me = await identity.GetAsync(cancellationToken);

        // App Home buttons have no channel; the modal opens first and the DM is resolved when it is submitted.
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        var context = new ReplyContext(SlackAddresses.For(payload.Team!.Id!, channel ?? string.Empty, InteractionReplies.ThreadOf(payload), me.UserId), payload.User!.Id!)
        {
            ResponseUrl = payload.ResponseUrl,
            SourceMessageTs = payload.Container?.MessageTs ?? payload.Message?.Ts,
            SourceIsEphemeral = payload.Container?.IsEphemeral ?? false,
        };
        if (form is null)
        {
            await delivery.PostAsync(new OutgoingMessage(ExpiredForm), await conversations.WithConversationAsync(context, cancellationToken), cancellationToken);
            return;
        }

        var trigger = payload.TriggerId is null ? null : new TriggerHandle(payload.TriggerId, receivedAt);
        if (trigger is null || !trigger.TryTake(time.GetUtcNow()) || !await delivery.TryOpenModalAsync(form, context, trigger.Id, cancellationToken))
        {
            // The press was queued behind other work past the trigger's 3 seconds, or Slack refused it: say so rather than do nothing.
            logger.LogWarning("Slack form could not be opened in time for {UserId}", payload.User.Id);
            await delivery.PostAsync(new OutgoingMessage(NotOpened), await conversations.WithConversationAsync(context, cancellationToken), cancellationToken);
        }
    }
}
