namespace AlignmentBot.Conversations.Cards;

public enum TextStyle
{
    Normal,
    Heading,
    Subtle,
    Good,
    Warning,
    Attention,
}
