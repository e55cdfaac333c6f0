using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Events;

/// <summary>tokens_revoked: the user ids whose tokens were revoked, by kind. Bot tokens gone means the bot can no longer act.</summary>
internal sealed record RevokedTokens
{
    [JsonPropertyName("oauth")]
    public IReadOnlyList<string>? OAuth { get; init; }

    [JsonPropertyName("bot")]
    public IReadOnlyList<string>? Bot { get; init; }
}
