using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.SocketMode;

/// <summary>Anything Slack sends over the socket: hello, disconnect, or an envelope (events_api, slash_commands, interactive).</summary>
internal sealed record SocketMessage
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("envelope_id")]
    public string? EnvelopeId { get; init; }

    [JsonPropertyName("payload")]
    public JsonElement? Payload { get; init; }

    /// <summary>True when the ack may carry a response (slash command body, view_submission response_action).</summary>
    [JsonPropertyName("accepts_response_payload")]
    public bool AcceptsResponsePayload { get; init; }

    [JsonPropertyName("retry_attempt")]
    public int? RetryAttempt { get; init; }

    [JsonPropertyName("retry_reason")]
    public string? RetryReason { get; init; }

    /// <summary>disconnect: "warning", "refresh_requested", "link_disabled", "too_many_websockets", ...</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("num_connections")]
    public int? NumConnections { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
