using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// Posts a turn's result through the Bot Connector in steps: the replaced card, then each activity of each reply and
/// the input errors, each recorded in the journal right after the Connector took it, so a resumed delivery carries on
/// after the last one recorded. The Connector cannot be asked whether a post arrived: a step whose post was taken but
/// not recorded before a crash is posted again (docs/delivery.md). Throws <see cref="ConnectorException"/> (its
/// message is safe to log) when the Connector refuses; the turn runner logs it.
/// </summary>
internal sealed class TurnDelivery(ConnectorClient connector, Files.TeamsFileOffers files) : ITurnDelivery<TeamsReply>
{
    public async Task DeliverAsync(TurnResult result, TeamsReply reply, ITurnJournal journal, CancellationToken cancellationToken)
    {
        var (inbound, caller) = reply;
        var serviceUrl = inbound.ServiceUrl;
        var conversationId = inbound.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException($"activity {inbound.Id} has no serviceUrl or conversation id to answer to");
        }

        // Each step is recorded before the next one is posted (a resumed attempt must not post that one again); the last
        // is recorded without waiting, since only the done mark follows it (ITurnJournal.DeliveredAsync).
        var step = 0;
        int? unrecorded = null;
        async Task RecordAsync(bool last)
        {
            if (unrecorded is { } posted)
            {
                unrecorded = null;
                await journal.DeliveredAsync(posted, last, cancellationToken);
            }
        }

        try
        {
            if (result.ReplaceCard is { } replacement && !string.IsNullOrEmpty(inbound.ReplyToId))
            {
                // Action.Submit: replace the card whose button was pressed so it cannot be pressed twice.
                if (step++ >= journal.Delivered)
                {
                    var update = OutgoingActivityFactory.Create(Replaceable(replacement), inbound.Locale)[0].AsReplyTo(inbound) with { Id = inbound.ReplyToId };
                    await connector.UpdateActivityAsync(serviceUrl, conversationId, inbound.ReplyToId, update, caller.OutboundAudience, cancellationToken);
                    unrecorded = step;
                }
            }

            foreach (var message in Messages(result))
            {
                // A file (an export) is offered with a consent card; a step already delivered is not offered again.
                var activities = message.File is { } file && step >= journal.Delivered
                    ? await files.ActivitiesAsync(message, file, inbound, cancellationToken)
                    : OutgoingActivityFactory.Create(message, inbound.Locale);
                foreach (var activity in activities)
                {
                    if (step++ < journal.Delivered)
                    {
                        continue;
                    }

                    await RecordAsync(last: false);
                    var answer = activity.AsReplyTo(inbound);
                    if (inbound.Type == ActivityTypes.ConversationUpdate || string.IsNullOrEmpty(inbound.Id))
                    {
                        await connector.SendToConversationAsync(serviceUrl, conversationId, answer, caller.OutboundAudience, cancellationToken);
                    }
                    else
                    {
                        await connector.ReplyToActivityAsync(serviceUrl, conversationId, inbound.Id, answer, caller.OutboundAudience, cancellationToken);
                    }

                    unrecorded = step;
                }
            }
        }
        finally
        {
            // Done, or failed before posting anything more: nothing is posted after this record in this attempt.
            await RecordAsync(last: true);
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
