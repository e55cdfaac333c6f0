using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>One entry of Salesforce's error array: [{"message": ..., "errorCode": "INVALID_SESSION_ID"}].</summary>
internal sealed record SalesforceError
{
    [JsonPropertyName("message")] public string? Message { get; init; }

    [JsonPropertyName("errorCode")] public string? ErrorCode { get; init; }

    [JsonPropertyName("fields")] public IReadOnlyList<string>? Fields { get; init; }
}
