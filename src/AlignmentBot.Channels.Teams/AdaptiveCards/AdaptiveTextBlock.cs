using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

internal sealed record AdaptiveTextBlock(
    [property: JsonPropertyName("text")] string Text) : AdaptiveElement
{
    [JsonPropertyName("wrap")] public bool Wrap { get; init; } = true;
    [JsonPropertyName("size")] public string? Size { get; init; }
    [JsonPropertyName("weight")] public string? Weight { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("isSubtle")] public bool? IsSubtle { get; init; }
}
