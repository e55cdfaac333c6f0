using System.Text.Json.Serialization;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The answer to a turn that already ran, still to be delivered: a turn run inside the platform's request (a Slack
/// modal submission, a Teams card action), queued with <see cref="IBackgroundTurns.EnqueueMustNotDropAsync{TWork}"/>
/// because the turn cannot be asked for again; and what a queued turn stores in its inbox row before delivering.
/// </summary>
public sealed record PendingDelivery<TReply>(TurnRequest<TReply> Request, TurnResult Result) : IInboxWork
{
    [JsonIgnore]
    public string Description => "answer to " + Request.Description;

    [JsonIgnore]
    public TurnWorkKey Key => Request.Key;
}
