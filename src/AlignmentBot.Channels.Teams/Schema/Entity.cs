using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>An activity entity; Teams @mentions are type "mention" with the mentioned account and the text to strip.</summary>
internal sealed record Entity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}
