using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.AdaptiveCards;

/// <summary>An Adaptive Card, version 1.5: the highest Teams renders for bot messages.</summary>
internal sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CurrentVersion = "1.5";

    [JsonPropertyName("type")] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema => SchemaUrl;
    [JsonPropertyName("version")] public string Version { get; init; } = CurrentVersion;
    [JsonPropertyName("body")] public IReadOnlyList<AdaptiveElement> Body { get; init; } = [];
    [JsonPropertyName("actions")] public IReadOnlyList<AdaptiveAction>? Actions { get; init; }
    [JsonPropertyName("fallbackText")] public string? FallbackText { get; init; }
    [JsonPropertyName("msteams")] public TeamsCardProperties? MsTeams { get; init; }
}

/// <param name="Width">"Full" lets a wide card (a scorecard table) use the whole message width in Teams.</param>
internal sealed record TeamsCardProperties([property: JsonPropertyName("width")] string? Width);
