using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>Each activity is handled once, even when the channel delivers it again.</summary>
internal sealed class FirstDelivery(IInboundDeduplicator deduplicator, ILogger<FirstDelivery> logger)
{
    public async ValueTask<bool> IsFirstAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        if (await deduplicator.TryBeginAsync(activity.ChannelId ?? "msteams", activity.Id, cancellationToken))
        {
            return true;
        }

        logger.LogInformation("Ignored a repeated delivery of activity {ActivityId} in conversation {ConversationId}", activity.Id, activity.Conversation?.Id);
        return false;
    }
}
