using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Interactivity;

internal sealed record TeamRef
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("domain")]
    public string? Domain { get; init; }
}

internal sealed record UserRefDto
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }
}

internal sealed record ChannelRef
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

internal sealed record InteractionContainer
{
    /// <summary>"message", "view" (App Home or modal), "message_attachment".</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("message_ts")]
    public string? MessageTs { get; init; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    [JsonPropertyName("is_ephemeral")]
    public bool IsEphemeral { get; init; }

    [JsonPropertyName("view_id")]
    public string? ViewId { get; init; }
}

internal sealed record MessageRef
{
    [JsonPropertyName("ts")]
    public string? Ts { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("user")]
    public string? User { get; init; }

    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed record BlockAction
{
    [JsonPropertyName("action_id")]
    public string? ActionId { get; init; }

    [JsonPropertyName("block_id")]
    public string? BlockId { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("action_ts")]
    public string? ActionTs { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed record ViewPayload
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }

    [JsonPropertyName("private_metadata")]
    public string? PrivateMetadata { get; init; }

    [JsonPropertyName("hash")]
    public string? Hash { get; init; }

    [JsonPropertyName("state")]
    public ViewState? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed record ViewState
{
    /// <summary>block_id → action_id → the element's current value.</summary>
    [JsonPropertyName("values")]
    public Dictionary<string, Dictionary<string, ElementState>>? Values { get; init; }
}

internal sealed record ElementState
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("selected_option")]
    public SelectedOption? SelectedOption { get; init; }

    [JsonPropertyName("selected_date")]
    public string? SelectedDate { get; init; }

    /// <summary>users_select: the chosen person's user id.</summary>
    [JsonPropertyName("selected_user")]
    public string? SelectedUser { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The value as our cards expect it, whatever element produced it.</summary>
    public string? AsString() => Value ?? SelectedOption?.Value ?? SelectedDate ?? SelectedUser;
}

internal sealed record SelectedOption
{
    [JsonPropertyName("value")]
    public string? Value { get; init; }
}
