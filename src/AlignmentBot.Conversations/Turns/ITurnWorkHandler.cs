namespace AlignmentBot.Conversations.Turns;

/// <summary>Does one kind of <see cref="ITurnWork"/>: registered by the channel that queues it, found by the queue's workers.</summary>
public interface ITurnWorkHandler<in TWork>
    where TWork : ITurnWork
{
    Task HandleAsync(TWork work, CancellationToken cancellationToken);
}
