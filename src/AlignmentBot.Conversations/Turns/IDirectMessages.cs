using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Opens (or finds) the 1:1 conversation between the bot and a person, for someone who has not written to the bot yet:
/// Slack conversations.open, Teams a proactive 1:1 created through the Bot Connector. One per channel.
/// </summary>
public interface IDirectMessages
{
    string ChannelId { get; }

    /// <summary>
    /// The 1:1 conversation with <paramref name="userId"/> in the workspace (Slack team, Teams tenant), or null when the
    /// platform refuses. <paramref name="near"/> is any known conversation in the same workspace: Teams takes the serviceUrl
    /// and the bot's id from it. <paramref name="addressId"/> is the platform's address for the person when it differs from
    /// their id (Teams "29:…").
    /// </summary>
    Task<ConversationAddress?> OpenAsync(string workspaceId, string userId, string? addressId, ConversationAddress? near, CancellationToken cancellationToken);
}
