using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }

    /// <summary>Teams: "personal", "groupChat" or "channel".</summary>
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
}
