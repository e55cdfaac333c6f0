namespace AlignmentBot.Conversations.Cards;

public enum InputKind
{
    Text,
    Number,
}
