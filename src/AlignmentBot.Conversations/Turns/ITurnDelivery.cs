namespace AlignmentBot.Conversations.Turns;

/// <summary>A channel's way of answering a turn in its own protocol. Throws when the answer could not be delivered.</summary>
public interface ITurnDelivery<in TReply>
{
    Task DeliverAsync(TurnResult result, TReply reply, CancellationToken cancellationToken);
}
