namespace AlignmentBot.Conversations.Turns;

/// <summary>The apologies a person can see when a turn fails, kept together so they read as one voice.</summary>
public static class TurnApology
{
    /// <summary>What every channel shows when a turn fails outside the bot's own error handling (<see cref="ITurnRunner"/>).</summary>
    public const string Text = "Sorry, something went wrong on my side. Please try again in a moment.";

    /// <summary>What the bot says when one of its dialogs failed and it reset the conversation so nobody is stuck in it.</summary>
    public const string AfterReset = "Sorry, something went wrong on my side. I've reset our conversation so you're not stuck; nothing half-finished was saved. Please try again, or say \"help\".";

    public static TurnResult Result { get; } = TurnResult.Reply(Text) with { IsApology = true };
}
