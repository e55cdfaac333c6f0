using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>Opens the bot's direct message with a person (conversations.open, scope im:write), for reminders to people who never wrote to it.</summary>
internal sealed class SlackDirectMessages(IConversationsApi conversations, IOptions<SlackOptions> options, ILogger<SlackDirectMessages> logger) : IDirectMessages
{
    public string ChannelId => SlackAddresses.ChannelId;

    public async Task<ConversationAddress?> OpenAsync(string workspaceId, string userId, string? addressId, ConversationAddress? near, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        try
        {
            var channel = await conversations.OpenDirectMessageAsync(userId, cancellationToken);
            return SlackAddresses.For(workspaceId, channel, null, near?.BotId ?? string.Empty) with { BotId = near?.BotId };
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("conversations.open for {UserId} in {TeamId} failed: {Error}", userId, workspaceId, ex.Error);
            return null;
        }
    }
}
