using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>What a turn produced.</summary>
/// <param name="Replies">Messages to post into the conversation, in order.</param>
/// <param name="ReplaceCard">
/// For a <see cref="ActivityKind.Submission"/>: the message that should replace the card whose button was
/// pressed (e.g. "✓ Goal saved" without buttons, so it cannot be pressed twice). Teams answers an
/// Action.Execute invoke with it or updates the activity; Slack uses replace_original.
/// </param>
public sealed record TurnResult(IReadOnlyList<OutgoingMessage> Replies, OutgoingMessage? ReplaceCard = null)
{
    public static TurnResult Empty { get; } = new([]);

    public static TurnResult Reply(params OutgoingMessage[] replies) => new(replies);
}
