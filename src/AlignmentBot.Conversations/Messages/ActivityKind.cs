namespace AlignmentBot.Conversations.Messages;

public enum ActivityKind
{
    /// <summary>Someone wrote to the bot (DM, @mention, slash command text).</summary>
    Message,

    /// <summary>Someone pressed a card button or submitted a card form; see <see cref="IncomingActivity.Submission"/>.</summary>
    Submission,

    /// <summary>The bot was added to a conversation (installed in a team, chat or DM): greet and remember the address.</summary>
    ConversationStarted,
}
