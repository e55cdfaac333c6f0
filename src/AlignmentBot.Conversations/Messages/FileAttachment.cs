namespace AlignmentBot.Conversations.Messages;

/// <summary>
/// A file the bot hands over with a reply (an export). Slack uploads it into the conversation; Teams offers it in the
/// 1:1 chat with a file consent card and uploads it to the person's OneDrive once they accept.
/// </summary>
/// <param name="Name">The file name, e.g. "scorecard-2026-12-03.csv".</param>
/// <param name="Title">What the file is, shown with it ("Scorecard, 3 Dec 2026").</param>
/// <param name="ContentType">The media type, e.g. "text/csv".</param>
/// <param name="Content">The bytes.</param>
public sealed record FileAttachment(string Name, string Title, string ContentType, byte[] Content);
