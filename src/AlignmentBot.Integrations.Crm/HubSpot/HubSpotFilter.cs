using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <param name="Operator">EQ, GT, GTE, LT, LTE, ...</param>
internal sealed record HubSpotFilter(
    [property: JsonPropertyName("propertyName")] string PropertyName,
    [property: JsonPropertyName("operator")] string Operator,
    [property: JsonPropertyName("value")] string Value);
