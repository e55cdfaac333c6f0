using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

internal sealed record HubSpotPaging
{
    [JsonPropertyName("next")] public HubSpotNextPage? Next { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
