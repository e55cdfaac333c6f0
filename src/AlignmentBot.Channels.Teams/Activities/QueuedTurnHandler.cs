using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// A message or conversationUpdate acknowledged with 200 once it was in the inbox: its turn runs here and the answer
/// goes through the Connector. A repeated delivery never gets this far; the inbox's key (conversation and activity
/// id) turned it away.
/// </summary>
internal sealed class QueuedTurnHandler(ITurnRunner runner, TurnDelivery delivery) : ITurnWorkHandler<TurnRequest<TeamsReply>>
{
    public Task HandleAsync(TurnRequest<TeamsReply> work, ITurnJournal journal, CancellationToken cancellationToken)
        => runner.RunAsync(work, delivery, journal, cancellationToken);

    /// <summary>Every attempt failed: the apology, if the Connector takes it.</summary>
    public Task GiveUpAsync(TurnRequest<TeamsReply> work, CancellationToken cancellationToken)
        => delivery.DeliverAsync(TurnApology.Result, work.Reply, TurnJournal.None, cancellationToken);
}
