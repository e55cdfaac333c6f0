using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Events;

/// <summary>A file in a message event's <c>files</c> (subtype file_share): what it is and where the bot may download it.</summary>
internal sealed record SlackFile
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("mimetype")]
    public string? MimeType { get; init; }

    [JsonPropertyName("filetype")]
    public string? FileType { get; init; }

    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>Needs the bot token in the Authorization header (and the files:read scope).</summary>
    [JsonPropertyName("url_private_download")]
    public string? UrlPrivateDownload { get; init; }

    [JsonPropertyName("url_private")]
    public string? UrlPrivate { get; init; }
}
