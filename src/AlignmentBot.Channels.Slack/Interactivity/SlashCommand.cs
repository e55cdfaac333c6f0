using System.Text.Json.Serialization;
using Microsoft.Extensions.Primitives;

namespace AlignmentBot.Channels.Slack.Interactivity;

/// <summary>A slash command: form fields over HTTP, the same names as JSON over Socket Mode.</summary>
internal sealed record SlashCommand
{
    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("channel_name")]
    public string? ChannelName { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    [JsonPropertyName("user_name")]
    public string? UserName { get; init; }

    [JsonPropertyName("command")]
    public string? Command { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("response_url")]
    public string? ResponseUrl { get; init; }

    [JsonPropertyName("trigger_id")]
    public string? TriggerId { get; init; }

    [JsonPropertyName("api_app_id")]
    public string? ApiAppId { get; init; }

    public static SlashCommand FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        string? Get(string key) => form.TryGetValue(key, out var value) ? value.ToString() : null;
        return new SlashCommand
        {
            TeamId = Get("team_id"),
            ChannelId = Get("channel_id"),
            ChannelName = Get("channel_name"),
            UserId = Get("user_id"),
            UserName = Get("user_name"),
            Command = Get("command"),
            Text = Get("text"),
            ResponseUrl = Get("response_url"),
            TriggerId = Get("trigger_id"),
            ApiAppId = Get("api_app_id"),
        };
    }
}
