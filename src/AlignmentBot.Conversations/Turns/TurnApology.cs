namespace AlignmentBot.Conversations.Turns;

/// <summary>The apologies a person can see when a turn fails or is late, kept together so they read as one voice.</summary>
public static class TurnApology
{
    /// <summary>What every channel shows when a turn fails outside the bot's own error handling (<see cref="ITurnRunner"/>).</summary>
    public const string Text = "Sorry, something went wrong on my side. Please try again in a moment.";

    /// <summary>What the bot says when one of its dialogs failed and it reset the conversation so nobody is stuck in it.</summary>
    public const string AfterReset = "Sorry, something went wrong on my side. I've reset our conversation so you're not stuck; nothing half-finished was saved. Please try again, or say \"help\".";

    /// <summary>Said once while a turn waits for the database; the turn stays queued and is answered when it is back.</summary>
    public const string StorageDown = "I can't reach my database right now; I'll answer as soon as it's back.";

    /// <summary>Starts a text answer to a turn that ran late (after a restart or an outage).</summary>
    public const string LatePrefix = "Sorry for the delay: ";

    /// <summary>Sent before a late answer that starts with a card.</summary>
    public const string Late = "Sorry for the delay.";

    public static TurnResult Result { get; } = TurnResult.Reply(Text) with { IsApology = true };
}
