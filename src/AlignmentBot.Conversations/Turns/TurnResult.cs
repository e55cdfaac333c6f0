using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>What a turn produced.</summary>
/// <param name="Replies">Messages to post into the conversation, in order.</param>
/// <param name="ReplaceCard">
/// For a <see cref="ActivityKind.Submission"/>: the message that should replace the card whose button was
/// pressed (e.g. "✓ Goal saved" without buttons, so it cannot be pressed twice). Teams answers an
/// Action.Execute invoke with it or updates the activity; Slack uses replace_original.
/// </param>
/// <param name="InputErrors">
/// For a submitted form with invalid fields: input id → what is wrong. Slack shows them next to the fields of
/// the open modal (response_action "errors") and keeps it open; other channels show them as a reply.
/// </param>
public sealed record TurnResult(IReadOnlyList<OutgoingMessage> Replies, OutgoingMessage? ReplaceCard = null, IReadOnlyDictionary<string, string>? InputErrors = null)
{
    /// <summary>
    /// True for <see cref="TurnApology.Result"/>: the turn failed and this is the apology. A channel whose answer sits
    /// inside an open form (a Slack modal) shows it there, so what the person typed is not lost.
    /// </summary>
    public bool IsApology { get; init; }

    public static TurnResult Empty { get; } = new([]);

    public static TurnResult Reply(params OutgoingMessage[] replies) => new(replies);
}
