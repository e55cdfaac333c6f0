using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>Filters in a group must all match (AND); groups are alternatives (OR).</summary>
internal sealed record HubSpotFilterGroup([property: JsonPropertyName("filters")] IReadOnlyList<HubSpotFilter> Filters);
