using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>A message or conversationUpdate acknowledged with 200: its turn runs here and the answer goes through the Connector.</summary>
internal sealed class QueuedTurnHandler(FirstDelivery firstDelivery, ITurnRunner runner, TurnDelivery delivery, TeamsMemberDirectory members) : ITurnWorkHandler<TurnRequest<TeamsReply>>
{
    public async Task HandleAsync(TurnRequest<TeamsReply> work, CancellationToken cancellationToken)
    {
        // Deduplicated here rather than before queueing, so a delivery refused because the queue was full
        // is still new when the channel retries it.
        if (await firstDelivery.IsFirstAsync(work.Reply.Inbound, cancellationToken))
        {
            // Who the person is to the tenant (a guest, another organisation) is asked of the Connector before the turn.
            var turn = await members.EnrichAsync(work.Activity, work.Reply.Inbound, work.Reply.Caller, cancellationToken);
            await runner.RunAsync(work with { Activity = turn }, delivery, cancellationToken);
        }
    }
}
