namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The answer to a turn that already ran (inside the platform's request: a Slack modal submission, a Teams card
/// action), still to be delivered. Queued with <see cref="IBackgroundTurns.EnqueueMustNotDropAsync{TWork}"/>: the turn
/// cannot be asked for again.
/// </summary>
public sealed record PendingDelivery<TReply>(TurnRequest<TReply> Request, TurnResult Result) : ITurnWork
{
    public string Description => "answer to " + Request.Description;
}
