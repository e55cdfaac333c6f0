using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <param name="Direction">ASCENDING or DESCENDING.</param>
internal sealed record HubSpotSort(
    [property: JsonPropertyName("propertyName")] string PropertyName,
    [property: JsonPropertyName("direction")] string Direction);
