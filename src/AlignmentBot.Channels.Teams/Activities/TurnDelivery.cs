using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>Posts a turn's result through the Bot Connector: replies, the replaced card, input errors.</summary>
internal sealed class TurnDelivery(ConnectorClient connector, ILogger<TurnDelivery> logger)
{
    public async Task DeliverAsync(Activity inbound, IncomingActivity turn, CallerIdentity caller, TurnResult result, bool includeReplaceCard, CancellationToken cancellationToken)
    {
        var serviceUrl = inbound.ServiceUrl;
        var conversationId = inbound.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            logger.LogWarning("Cannot deliver {Count} replies for activity {ActivityId}: no serviceUrl or conversation id", result.Replies.Count, inbound.Id);
            return;
        }

        try
        {
            if (includeReplaceCard && result.ReplaceCard is { } replacement && !string.IsNullOrEmpty(inbound.ReplyToId))
            {
                // Action.Submit: replace the card whose button was pressed so it cannot be pressed twice.
                var update = OutgoingActivityFactory.Create(Replaceable(replacement), inbound.Locale)[0].AsReplyTo(inbound) with { Id = inbound.ReplyToId };
                await connector.UpdateActivityAsync(serviceUrl, conversationId, inbound.ReplyToId, update, caller.OutboundAudience, cancellationToken);
            }

            foreach (var message in Messages(result))
            {
                foreach (var activity in OutgoingActivityFactory.Create(message, inbound.Locale))
                {
                    var reply = activity.AsReplyTo(inbound);
                    if (turn.Kind == ActivityKind.ConversationStarted || string.IsNullOrEmpty(inbound.Id))
                    {
                        await connector.SendToConversationAsync(serviceUrl, conversationId, reply, caller.OutboundAudience, cancellationToken);
                    }
                    else
                    {
                        await connector.ReplyToActivityAsync(serviceUrl, conversationId, inbound.Id, reply, caller.OutboundAudience, cancellationToken);
                    }
                }
            }
        }
        catch (ConnectorException ex)
        {
            // Never dropped silently: the conversation and the reason are in the log, the token and body are not.
            logger.LogError(ex, "Delivering the reply to activity {ActivityId} in conversation {ConversationId} ({ChannelId}) failed {Kind}: {Reason}",
                inbound.Id, conversationId, inbound.ChannelId, ex.Permanent ? "permanently" : "after retries", ex.Message);
        }
    }

    /// <summary>The replies, then the input errors as a reply: Teams has no field-level error display for a sent card.</summary>
    public static IEnumerable<OutgoingMessage> Messages(TurnResult result)
    {
        foreach (var reply in result.Replies)
        {
            yield return reply;
        }

        if (result.InputErrors is { Count: > 0 } errors)
        {
            yield return new OutgoingMessage("Please check:\n" + string.Join("\n", errors.Values.Select(e => "• " + e)));
        }
    }

    /// <summary>A text-only replacement still becomes a card, so the old buttons disappear.</summary>
    public static OutgoingMessage Replaceable(OutgoingMessage message)
        => message.Card is null ? message with { Card = new Conversations.Cards.Card(null, [new Conversations.Cards.TextBlock(message.Text)]) } : message;
}
