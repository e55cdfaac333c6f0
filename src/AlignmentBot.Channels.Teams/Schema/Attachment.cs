using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams: the bot asks to put a file in the person's OneDrive (personal chat only).</summary>
    public const string FileConsentContentType = "application/vnd.microsoft.teams.card.file.consent";

    /// <summary>Teams: a file the bot uploaded, shown as a file card.</summary>
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>Teams: a file a person sent in a personal chat, with a pre-authorised downloadUrl.</summary>
    public const string FileDownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";

    [JsonPropertyName("contentType")] public string? ContentType { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("content")] public JsonElement? Content { get; init; }
}
