namespace AlignmentBot.Conversations.Messages;

/// <summary>
/// Where a conversation lives, with everything a channel needs to post into it later (proactively).
/// </summary>
/// <param name="ChannelId">"msteams", "slack", "webchat", "terminal" (Bot Framework channel ids where they exist).</param>
/// <param name="WorkspaceId">Teams tenant id, Slack team id, or "local".</param>
/// <param name="ConversationId">Teams conversation.id, Slack channel id (C…/D…/G…), web chat conversation id.</param>
/// <param name="ThreadId">Slack thread_ts or a Teams reply-chain root, when the conversation is a thread.</param>
/// <param name="ServiceUrl">Teams: the serviceUrl of the last inbound activity (needed to reply and post proactively).</param>
/// <param name="BotId">The bot's own id in this conversation: Teams "28:…" recipient id, Slack bot user id.</param>
/// <param name="IsGroup">A channel or group chat rather than a 1:1 conversation with the bot.</param>
/// <param name="Name">Human name of the channel, when the platform tells us ("#marketing").</param>
public sealed record ConversationAddress(
    string ChannelId,
    string WorkspaceId,
    string ConversationId,
    string? ThreadId = null,
    string? ServiceUrl = null,
    string? BotId = null,
    bool IsGroup = false,
    string? Name = null)
{
    /// <summary>Stable key for state and dedupe: channel, workspace, conversation and thread.</summary>
    public string Key => ThreadId is null ? $"{ChannelId}/{WorkspaceId}/{ConversationId}" : $"{ChannelId}/{WorkspaceId}/{ConversationId}/{ThreadId}";
}
