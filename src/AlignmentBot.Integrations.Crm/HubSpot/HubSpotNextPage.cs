using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

internal sealed record HubSpotNextPage
{
    [JsonPropertyName("after")] public string? After { get; init; }

    [JsonPropertyName("link")] public string? Link { get; init; }
}
