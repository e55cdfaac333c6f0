using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>A message or conversationUpdate acknowledged with 200: its turn runs here and the answer goes through the Connector.</summary>
internal sealed class QueuedTurnHandler(FirstDelivery firstDelivery, ITurnRunner runner, TurnDelivery delivery) : ITurnWorkHandler<TurnRequest<TeamsReply>>
{
    public async Task HandleAsync(TurnRequest<TeamsReply> work, CancellationToken cancellationToken)
    {
        // Deduplicated here rather than before queueing, so a delivery refused because the queue was full
        // is still new when the channel retries it.
        if (await firstDelivery.IsFirstAsync(work.Reply.Inbound, cancellationToken))
        {
            await runner.RunAsync(work, delivery, cancellationToken);
        }
    }
}
