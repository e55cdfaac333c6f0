using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

internal sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
}
