namespace AlignmentBot.Conversations.Cards;

public enum ActionStyle
{
    Default,
    Primary,
    Destructive,
}
