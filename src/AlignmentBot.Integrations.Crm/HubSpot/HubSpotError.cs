using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.HubSpot;

/// <summary>
/// HubSpot's error body: {"status":"error","message":...,"correlationId":...,"category":...}. A 401 has category
/// EXPIRED_AUTHENTICATION or INVALID_AUTHENTICATION; a 429 has errorType RATE_LIMIT and a policyName (SECONDLY, DAILY, ...).
/// </summary>
internal sealed record HubSpotError
{
    [JsonPropertyName("status")] public string? Status { get; init; }

    [JsonPropertyName("message")] public string? Message { get; init; }

    [JsonPropertyName("category")] public string? Category { get; init; }

    [JsonPropertyName("correlationId")] public string? CorrelationId { get; init; }

    [JsonPropertyName("errorType")] public string? ErrorType { get; init; }

    [JsonPropertyName("policyName")] public string? PolicyName { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
