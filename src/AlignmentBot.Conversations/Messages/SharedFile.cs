namespace AlignmentBot.Conversations.Messages;

/// <summary>
/// A file a person shared with the bot (a Slack file share in a direct message, a file attachment in a Teams personal
/// chat). Only where it is: the channel's <see cref="Turns.ISharedFileSource"/> downloads it when the bot wants it.
/// </summary>
/// <param name="Name">The file name as shared.</param>
/// <param name="DownloadUrl">Slack url_private_download (needs the bot token), Teams downloadUrl (pre-authorised).</param>
/// <param name="Size">The size in bytes, when the platform says.</param>
/// <param name="FileType">The platform's file type, e.g. "csv".</param>
public sealed record SharedFile(string Name, string DownloadUrl, long? Size = null, string? FileType = null);
