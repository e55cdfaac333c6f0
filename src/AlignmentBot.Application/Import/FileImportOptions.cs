namespace AlignmentBot.Application.Import;

/// <summary>The "Files" configuration section: CSV files shared with the bot in chat.</summary>
public sealed class FileImportOptions
{
    public const string Section = "Files";

    public const long DefaultMaxImportBytes = 2 * 1024 * 1024;

    /// <summary>
    /// The largest file the bot downloads and reads (bytes). The file waits in the conversation's state between the
    /// preview and Confirm, so this also bounds what one conversation keeps. 2 MB holds about 15,000 CRM leads.
    /// </summary>
    public long MaxImportBytes { get; set; } = DefaultMaxImportBytes;
}
