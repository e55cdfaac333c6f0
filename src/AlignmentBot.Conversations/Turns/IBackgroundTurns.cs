namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work a channel accepted but has not done yet. The channel acknowledges the platform (Slack's 3-second rule,
/// Teams' 15-second rule) only once the work is taken: then it is recorded in the inbox (<see cref="ITurnInbox"/>),
/// survives a crash, and a platform retry of it is acknowledged without being done twice. Bounded, so a flood sheds
/// load with a clear log line instead of exhausting memory. Each item is done by the
/// <see cref="ITurnWorkHandler{TWork}"/> registered for its type.
/// </summary>
public interface IBackgroundTurns
{
    /// <summary>
    /// Takes the work only if there is room, and returns once it is recorded. True also when it was recorded before
    /// (a platform retry). False when the queue is full, storage cannot record it or the host is stopping: the caller
    /// answers the platform with a retryable error.
    /// </summary>
    ValueTask<bool> TryEnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork;

    /// <summary>
    /// Like <see cref="TryEnqueueAsync{TWork}"/>, but waits up to <see cref="BackgroundTurnsOptions.FullQueueWait"/> for
    /// room when the queue is full.
    /// </summary>
    ValueTask<bool> EnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork;

    /// <summary>
    /// Queues work that must not be refused because what it follows already happened (a turn ran inside the
    /// platform's request and may have saved something; asking the platform to retry would run it twice). A full
    /// queue takes it into <see cref="BackgroundTurnsOptions.ReservedCapacity"/>; when the reserve is full too the
    /// caller waits for room. When it cannot be recorded, or the host is stopping, it runs on the caller instead. It is
    /// never dropped; only <paramref name="cancellationToken"/> ends the wait for room.
    /// </summary>
    ValueTask EnqueueMustNotDropAsync<TWork>(TWork work, CancellationToken cancellationToken)
        where TWork : class, ITurnWork;
}
