using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Application.Bot;

/// <summary>The bot every channel talks to. (Dialogs and language understanding land in the conversations work.)</summary>
public sealed class AlignmentTurnHandler : IBot
{
    public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
        => Task.FromResult(TurnResult.Reply(new OutgoingMessage(
            "Hi, I'm AlignmentBot. I keep leadership, marketing and sales working toward the same measurable goals.")));
}
