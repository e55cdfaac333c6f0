using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Looks a person up on their platform by id (Slack users.info), for someone mentioned or picked who has not talked to the
/// bot yet. One per channel, chosen by <see cref="ChannelId"/>; a channel without a directory registers none.
/// </summary>
public interface IPlatformDirectory
{
    string ChannelId { get; }

    /// <summary>The person, or null when the platform does not know them (or could not be asked).</summary>
    Task<UserRef?> FindAsync(string workspaceId, string userId, CancellationToken cancellationToken);
}
