using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>Someone mentioned or picked in Slack who has not talked to the bot yet, from users.info (cached).</summary>
internal sealed class SlackPlatformDirectory(SlackUserDirectory users) : IPlatformDirectory
{
    public string ChannelId => SlackAddresses.ChannelId;

    public async Task<UserRef?> FindAsync(string workspaceId, string userId, CancellationToken cancellationToken)
    {
        var (user, _) = await users.GetAsync(workspaceId, userId, null, cancellationToken);
        return user.Standing == UserStanding.Unverified ? null : user;
    }
}
