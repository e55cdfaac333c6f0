namespace AlignmentBot.Conversations.Cards;

public enum InputKind
{
    Text,
    Number,

    /// <summary>A token or password: never pre-filled, masked where the channel can mask it (Teams); Slack has no masked input.</summary>
    Secret,
}
