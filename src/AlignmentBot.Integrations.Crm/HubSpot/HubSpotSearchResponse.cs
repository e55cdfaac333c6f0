using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

internal sealed record HubSpotSearchResponse
{
    [JsonPropertyName("total")] public int Total { get; init; }

    [JsonPropertyName("results")] public IReadOnlyList<HubSpotObject> Results { get; init; } = [];

    [JsonPropertyName("paging")] public HubSpotPaging? Paging { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
