using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>POST /crm/v3/objects/{objectType}/search.</summary>
/// <param name="After">The paging token from the previous page's paging.next.after.</param>
internal sealed record HubSpotSearchRequest(
    [property: JsonPropertyName("filterGroups")] IReadOnlyList<HubSpotFilterGroup> FilterGroups,
    [property: JsonPropertyName("sorts")] IReadOnlyList<HubSpotSort> Sorts,
    [property: JsonPropertyName("properties")] IReadOnlyList<string> Properties,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("after")] string? After = null);
