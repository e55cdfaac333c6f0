using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Downloads a file a person shared with the bot. One per channel, chosen by <see cref="ChannelId"/>; each knows how its
/// platform authorises a download and where that authorisation may go.
/// </summary>
public interface ISharedFileSource
{
    string ChannelId { get; }

    /// <summary>
    /// The file's bytes, or a problem to tell the person ("it is larger than 5 MB"). Never reads more than
    /// <paramref name="maxBytes"/>.
    /// </summary>
    Task<SharedFileDownload> DownloadAsync(SharedFile file, long maxBytes, CancellationToken cancellationToken);
}
