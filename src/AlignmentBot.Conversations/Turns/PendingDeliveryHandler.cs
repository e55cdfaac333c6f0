namespace AlignmentBot.Conversations.Turns;

/// <summary>Delivers a <see cref="PendingDelivery{TReply}"/> through the channel's delivery, under the runner's error policy.</summary>
public sealed class PendingDeliveryHandler<TReply>(ITurnRunner runner, ITurnDelivery<TReply> delivery) : ITurnWorkHandler<PendingDelivery<TReply>>
{
    public Task HandleAsync(PendingDelivery<TReply> work, ITurnJournal journal, CancellationToken cancellationToken)
        => runner.DeliverAsync(work.Request, work.Result, delivery, journal, cancellationToken);
}
