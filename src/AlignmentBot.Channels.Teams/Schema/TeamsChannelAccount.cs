using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>A conversation member as the Connector describes one (GET v3/conversations/{id}/members/{userId}).</summary>
internal sealed record TeamsChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }

    /// <summary>"user", "guest" (a guest account in the tenant) or "anonymous".</summary>
    [JsonPropertyName("userRole")] public string? UserRole { get; init; }

    /// <summary>The member's home tenant: another organisation's for a federated or shared-channel user.</summary>
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
}
