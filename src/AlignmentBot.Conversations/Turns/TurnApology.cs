namespace AlignmentBot.Conversations.Turns;

/// <summary>What every channel shows when a turn fails outside the bot's own error handling.</summary>
public static class TurnApology
{
    public const string Text = "Sorry, something went wrong on my side. Please try again in a moment.";

    public static TurnResult Result { get; } = TurnResult.Reply(Text) with { IsApology = true };
}
