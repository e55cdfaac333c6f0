using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// A turn run inside the request (Action.Execute, expectReplies) is handled once, even when the channel delivers it
/// again. The key is the conversation and the activity id: Teams numbers activities per conversation.
/// </summary>
internal sealed class FirstDelivery(IInboundDeduplicator deduplicator, ILogger<FirstDelivery> logger)
{
    public async ValueTask<bool> IsFirstAsync(IncomingActivity turn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turn.Id))
        {
            return true;
        }

        var key = new TurnWorkKey(turn.Conversation.ChannelId, turn.Conversation.WorkspaceId, turn.Conversation.ConversationId, turn.Id);
        if (await deduplicator.FirstSightingAsync(key, cancellationToken))
        {
            return true;
        }

        logger.LogInformation("Ignored a repeated delivery of activity {ActivityId} in conversation {ConversationId}", turn.Id, turn.Conversation.ConversationId);
        return false;
    }
}
