namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Makes each inbound activity count once even when the platform retries it (Slack X-Slack-Retry-Num,
/// a Bot Framework retry, a Socket Mode redelivery after reconnect).
/// </summary>
public interface IInboundDeduplicator
{
    /// <summary>True the first time a (channel, id) pair is seen; false for every repeat within the retention window.</summary>
    ValueTask<bool> TryBeginAsync(string channelId, string activityId, CancellationToken cancellationToken);
}
