using System.Text.Json.Serialization;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// One turn, self-contained: what the person did and what the channel needs to deliver the answer
/// (<typeparamref name="TReply"/>: a channel's record of where and how to reply, with no live connections or
/// handles in it). <see cref="ITurnRunner"/> runs it; it can also be queued as it is.
/// </summary>
public sealed record TurnRequest<TReply>(IncomingActivity Activity, TReply Reply) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"{Activity.Conversation.ChannelId} {Activity.Kind} {Activity.Id}";

    /// <summary>The conversation and the activity's id: platforms such as Teams number activities per conversation.</summary>
    [JsonIgnore]
    public TurnWorkKey Key => new(Activity.Conversation.ChannelId, Activity.Conversation.WorkspaceId, Activity.Conversation.ConversationId, Activity.Id);
}
