namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// A channel's way of answering a turn in its own protocol. The answer is delivered in steps (a replaced card, each
/// reply): steps before <see cref="ITurnJournal.Delivered"/> were delivered by an earlier attempt and are skipped;
/// each step is recorded with <see cref="ITurnJournal.DeliveredAsync"/> right after it is posted. Throws when the
/// answer could not be delivered.
/// </summary>
public interface ITurnDelivery<in TReply>
{
    Task DeliverAsync(TurnResult result, TReply reply, ITurnJournal journal, CancellationToken cancellationToken);
}
