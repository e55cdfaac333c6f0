namespace AlignmentBot.Conversations.Cards;

public sealed record DividerBlock : CardBlock;
