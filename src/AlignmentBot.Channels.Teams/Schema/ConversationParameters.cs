using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>Body of POST v3/conversations (a 1:1 chat with a person, for proactive messages).</summary>
internal sealed record ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; init; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; init; }
    [JsonPropertyName("members")] public IReadOnlyList<ChannelAccount>? Members { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; init; }
    [JsonPropertyName("activity")] public Activity? Activity { get; init; }
}
