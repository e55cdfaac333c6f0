using AlignmentBot.Conversations.Diagnostics;

namespace AlignmentBot.Conversations.Turns;

public static class InboundDeduplicatorExtensions
{
    /// <summary>
    /// <see cref="IInboundDeduplicator.TryBeginAsync"/>, counting every repeat in <see cref="AlignmentBotTelemetry.DuplicatesDropped"/>
    /// whichever store decides. Channels call this one.
    /// </summary>
    public static async ValueTask<bool> FirstSightingAsync(this IInboundDeduplicator deduplicator, string channelId, string activityId, CancellationToken cancellationToken)
    {
        if (await deduplicator.TryBeginAsync(channelId, activityId, cancellationToken))
        {
            return true;
        }

        AlignmentBotTelemetry.RecordDuplicate(channelId);
        return false;
    }
}
