using AlignmentBot.Conversations.Cards;

namespace AlignmentBot.Conversations.Messages;

/// <summary>
/// A reply, channel-neutral. <see cref="Text"/> is always set: it is the whole message where cards are not
/// shown (terminal, notifications, screen readers) and the fallback text elsewhere.
/// Text uses a small markdown subset every channel can render: **bold**, _italic_, line breaks, "• " bullets.
/// </summary>
public sealed record OutgoingMessage(string Text, Card? Card = null)
{
    /// <summary>A file handed over with the message (an export); <see cref="Text"/> says what it is.</summary>
    public FileAttachment? File { get; init; }

    public static implicit operator OutgoingMessage(string text) => new(text);
}
