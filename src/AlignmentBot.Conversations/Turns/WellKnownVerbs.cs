namespace AlignmentBot.Conversations.Turns;

/// <summary>Verbs a channel sends on its own initiative, not from a card the bot drew.</summary>
public static class WellKnownVerbs
{
    /// <summary>
    /// "Log as marketing request" on any message (a Slack message shortcut). Values: "text" (the message),
    /// "author" (who wrote it, display name), and "link" (permalink) when available.
    /// The bot answers with the request form pre-filled.
    /// </summary>
    public const string LogRequestFromMessage = "request.fromMessage";
}
