namespace AlignmentBot.Conversations.Cards;

/// <summary>A paragraph; the markdown subset of <see cref="Messages.OutgoingMessage"/> applies.</summary>
public sealed record TextBlock(string Text, TextStyle Style = TextStyle.Normal) : CardBlock;
