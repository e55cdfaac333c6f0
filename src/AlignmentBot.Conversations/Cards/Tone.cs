namespace AlignmentBot.Conversations.Cards;

/// <summary>Colour hint for a table row: on track, at risk, off track.</summary>
public enum Tone
{
    Default,
    Good,
    Warning,
    Attention,
}
