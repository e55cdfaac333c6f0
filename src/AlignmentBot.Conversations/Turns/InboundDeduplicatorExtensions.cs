using AlignmentBot.Conversations.Diagnostics;

namespace AlignmentBot.Conversations.Turns;

public static class InboundDeduplicatorExtensions
{
    /// <summary>
    /// <see cref="IInboundDeduplicator.TryBeginAsync"/>, counting every repeat in <see cref="AlignmentBotTelemetry.DuplicatesDropped"/>
    /// whichever store decides. Channels call this one; queued work is counted where the inbox turns a repeat away.
    /// </summary>
    public static async ValueTask<bool> FirstSightingAsync(this IInboundDeduplicator deduplicator, TurnWorkKey key, CancellationToken cancellationToken)
    {
        if (await deduplicator.TryBeginAsync(key, cancellationToken))
        {
            return true;
        }

        AlignmentBotTelemetry.RecordDuplicate(key.ChannelId);
        return false;
    }
}
