using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>The parts of Teams' channelData this bot uses: the tenant (workspace) and the channel's name.</summary>
internal sealed record TeamsChannelData
{
    [JsonPropertyName("tenant")] public TenantInfo? Tenant { get; init; }
    [JsonPropertyName("channel")] public ChannelInfo? Channel { get; init; }
    [JsonPropertyName("team")] public ChannelInfo? Team { get; init; }
    [JsonPropertyName("eventType")] public string? EventType { get; init; }
}

internal sealed record TenantInfo([property: JsonPropertyName("id")] string? Id);

internal sealed record ChannelInfo([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
