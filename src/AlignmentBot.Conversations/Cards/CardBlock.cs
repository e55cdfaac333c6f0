namespace AlignmentBot.Conversations.Cards;

/// <summary>One element of a card's body.</summary>
public abstract record CardBlock;
