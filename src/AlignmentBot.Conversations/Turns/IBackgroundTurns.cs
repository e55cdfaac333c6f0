namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work a channel accepted and acknowledged (Slack's 3-second rule, Teams' 15-second rule) but has not
/// done yet. Bounded, so a flood sheds load with a clear log line instead of exhausting memory.
/// </summary>
public interface IBackgroundTurns
{
    /// <summary>False when the queue is full: the caller should answer the platform with a retryable error.</summary>
    bool TryEnqueue(string description, Func<CancellationToken, Task> work);
}
