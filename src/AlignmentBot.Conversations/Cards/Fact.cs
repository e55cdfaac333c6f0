namespace AlignmentBot.Conversations.Cards;

public sealed record Fact(string Label, string Value);
