using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// A message or conversationUpdate acknowledged with 200 once it was in the inbox: its turn runs here and the answer
/// goes through the Connector. A repeated delivery never gets this far; the inbox's key (conversation and activity
/// id) turned it away.
/// </summary>
internal sealed class QueuedTurnHandler(ITurnRunner runner, TurnDelivery delivery, TeamsMemberDirectory members) : ITurnWorkHandler<TurnRequest<TeamsReply>>
{
    public async Task HandleAsync(TurnRequest<TeamsReply> work, ITurnJournal journal, CancellationToken cancellationToken)
    {
        // Who the person is to the tenant (a guest, another organisation) is asked of the Connector before the turn;
        // on every attempt, so a turn resumed from the inbox sees the same facts as one run at once.
        var turn = await members.EnrichAsync(work.Activity, work.Reply.Inbound, work.Reply.Caller, cancellationToken);
        await runner.RunAsync(work with { Activity = turn }, delivery, journal, cancellationToken);
    }

    /// <summary>Every attempt failed: the apology, if the Connector takes it.</summary>
    public Task GiveUpAsync(TurnRequest<TeamsReply> work, CancellationToken cancellationToken)
        => delivery.DeliverAsync(TurnApology.Result, work.Reply, TurnJournal.None, cancellationToken);
}
