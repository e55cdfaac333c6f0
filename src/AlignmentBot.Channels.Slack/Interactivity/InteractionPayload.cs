using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Interactivity;

/// <summary>The "payload" of an interactive request: block_actions, view_submission, view_closed, message_action, shortcut.</summary>
internal sealed record InteractionPayload
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
    public const string ViewClosed = "view_closed";
    public const string MessageAction = "message_action";

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("team")]
    public TeamRef? Team { get; init; }

    [JsonPropertyName("user")]
    public UserRefDto? User { get; init; }

    [JsonPropertyName("api_app_id")]
    public string? ApiAppId { get; init; }

    /// <summary>Lets us open a modal; single use, valid for 3 seconds.</summary>
    [JsonPropertyName("trigger_id")]
    public string? TriggerId { get; init; }

    [JsonPropertyName("response_url")]
    public string? ResponseUrl { get; init; }

    [JsonPropertyName("channel")]
    public ChannelRef? Channel { get; init; }

    [JsonPropertyName("container")]
    public InteractionContainer? Container { get; init; }

    [JsonPropertyName("message")]
    public MessageRef? Message { get; init; }

    [JsonPropertyName("actions")]
    public IReadOnlyList<BlockAction>? Actions { get; init; }

    [JsonPropertyName("view")]
    public ViewPayload? View { get; init; }

    /// <summary>Shortcuts: which one was chosen.</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }

    [JsonPropertyName("message_ts")]
    public string? MessageTs { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
