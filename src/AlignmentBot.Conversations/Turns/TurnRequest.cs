using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// One turn, self-contained: what the person did and what the channel needs to deliver the answer
/// (<typeparamref name="TReply"/>: a channel's record of where and how to reply, with no live connections or
/// handles in it). <see cref="ITurnRunner"/> runs it; it can also be queued as it is.
/// </summary>
public sealed record TurnRequest<TReply>(IncomingActivity Activity, TReply Reply) : ITurnWork
{
    public string Description => $"{Activity.Conversation.ChannelId} {Activity.Kind} {Activity.Id}";
}
