using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>A CRM object in a search result: every property value is a string (or null).</summary>
internal sealed record HubSpotObject
{
    [JsonPropertyName("id")] public required string Id { get; init; }

    [JsonPropertyName("properties")] public Dictionary<string, string?> Properties { get; init; } = [];

    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; init; }

    [JsonPropertyName("archived")] public bool Archived { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    public string? Get(string name) => Properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
