namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work a channel accepted and acknowledged (Slack's 3-second rule, Teams' 15-second rule) but has not
/// done yet. Bounded, so a flood sheds load with a clear log line instead of exhausting memory. Each item is
/// done by the <see cref="ITurnWorkHandler{TWork}"/> registered for its type.
/// </summary>
public interface IBackgroundTurns
{
    /// <summary>False when the queue is full: the caller should answer the platform with a retryable error.</summary>
    bool TryEnqueue<TWork>(TWork work)
        where TWork : class, ITurnWork;

    /// <summary>
    /// Queues <paramref name="work"/>, waiting up to <see cref="BackgroundTurnsOptions.FullQueueWait"/> for room when the
    /// queue is full. False when there was still no room: the caller asks the platform to deliver again later.
    /// </summary>
    ValueTask<bool> EnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork;

    /// <summary>
    /// Queues work that must not be refused because what it follows already happened (a turn ran inside the
    /// platform's request and may have saved something; asking the platform to retry would run it twice). A full
    /// queue takes it into <see cref="BackgroundTurnsOptions.ReservedCapacity"/>; when the reserve is full too the
    /// caller waits for room. While the queue shuts down the work runs on the caller instead. It is never dropped;
    /// only <paramref name="cancellationToken"/> ends the wait for room.
    /// </summary>
    ValueTask EnqueueMustNotDropAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork;
}
