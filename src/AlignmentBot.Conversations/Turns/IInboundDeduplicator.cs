namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Makes a turn that runs inside the platform's request (a Slack modal submission, a Teams Action.Execute or
/// expectReplies delivery) count once even when the platform sends it again. Queued work needs none: the inbox's key
/// does it (<see cref="ITurnInbox.AddAsync"/>).
/// </summary>
public interface IInboundDeduplicator
{
    /// <summary>True the first time a key is seen; false for every repeat within the retention window.</summary>
    ValueTask<bool> TryBeginAsync(TurnWorkKey key, CancellationToken cancellationToken);
}
