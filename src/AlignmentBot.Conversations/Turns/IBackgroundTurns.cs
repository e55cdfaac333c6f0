namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work a channel accepted and acknowledged (Slack's 3-second rule, Teams' 15-second rule) but has not
/// done yet. Bounded, so a flood sheds load with a clear log line instead of exhausting memory.
/// </summary>
public interface IBackgroundTurns
{
    /// <summary>False when the queue is full: the caller should answer the platform with a retryable error.</summary>
    bool TryEnqueue(string description, Func<CancellationToken, Task> work);

    /// <summary>
    /// Queues <paramref name="work"/>, waiting up to <see cref="BackgroundTurnsOptions.FullQueueWait"/> for room when the
    /// queue is full. False when there was still no room: the caller asks the platform to deliver again later.
    /// </summary>
    ValueTask<bool> EnqueueAsync(string description, Func<CancellationToken, Task> work, CancellationToken cancellationToken);
}
