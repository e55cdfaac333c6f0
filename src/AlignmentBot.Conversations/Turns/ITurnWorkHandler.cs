namespace AlignmentBot.Conversations.Turns;

/// <summary>Does one kind of <see cref="ITurnWork"/>: registered by the channel that queues it, found by the queue's workers.</summary>
public interface ITurnWorkHandler<in TWork>
    where TWork : ITurnWork
{
    /// <summary>
    /// Does the work. <paramref name="journal"/> says how far an earlier attempt got and records progress; pass it to
    /// the runner. Throwing makes the queue try again later, up to <see cref="InboxOptions.MaxAttempts"/>.
    /// </summary>
    Task HandleAsync(TWork work, ITurnJournal journal, CancellationToken cancellationToken);

    /// <summary>
    /// The work failed on every attempt and is given up: tell the person if there is a way to reach them. Best effort;
    /// the failure is logged either way.
    /// </summary>
    Task GiveUpAsync(TWork work, CancellationToken cancellationToken) => Task.CompletedTask;
}
