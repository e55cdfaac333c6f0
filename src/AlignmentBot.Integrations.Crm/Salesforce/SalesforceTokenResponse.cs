using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>POST /services/oauth2/token: an access token and the org's instance URL that data calls go to.</summary>
internal sealed record SalesforceTokenResponse
{
    [JsonPropertyName("access_token")] public string? AccessToken { get; init; }

    [JsonPropertyName("instance_url")] public string? InstanceUrl { get; init; }

    [JsonPropertyName("token_type")] public string? TokenType { get; init; }

    [JsonPropertyName("issued_at")] public string? IssuedAt { get; init; }

    [JsonPropertyName("error")] public string? Error { get; init; }

    [JsonPropertyName("error_description")] public string? ErrorDescription { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
