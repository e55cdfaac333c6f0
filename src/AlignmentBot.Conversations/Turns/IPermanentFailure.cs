namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Implemented by a channel's exceptions that know whether trying again can help. A delivery that failed permanently
/// (the bot was removed, the channel is archived) is logged and dropped; any other is tried again later.
/// </summary>
public interface IPermanentFailure
{
    bool IsPermanent { get; }
}
