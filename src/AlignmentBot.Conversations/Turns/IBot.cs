using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The bot's behaviour, as every channel sees it: one activity in, the replies out. Channels authenticate,
/// deduplicate and acknowledge before calling it, and deliver the result in their own protocol.
/// </summary>
public interface IBot
{
    Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken);
}
