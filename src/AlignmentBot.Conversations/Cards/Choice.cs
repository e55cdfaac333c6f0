namespace AlignmentBot.Conversations.Cards;

public sealed record Choice(string Title, string Value);
