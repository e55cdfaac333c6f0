using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.Events;

/// <summary>
/// The inner event of an event_callback. One record for the few kinds we subscribe to (app_mention, message,
/// app_home_opened, member_joined_channel, app_uninstalled, tokens_revoked; message carries the files of a file_share). Fields nobody reads are skipped, not kept: keeping them cost a
/// dictionary and a JSON document per event.
/// </summary>
internal sealed record SlackEvent
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string AppHomeOpened = "app_home_opened";
    public const string MemberJoinedChannel = "member_joined_channel";
    public const string AppUninstalled = "app_uninstalled";
    public const string TokensRevoked = "tokens_revoked";

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("subtype")]
    public string? Subtype { get; init; }

    [JsonPropertyName("user")]
    public string? User { get; init; }

    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("ts")]
    public string? Ts { get; init; }

    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    /// <summary>"im", "channel", "group", "mpim" (message events; member_joined_channel uses C or G).</summary>
    [JsonPropertyName("channel_type")]
    public string? ChannelType { get; init; }

    [JsonPropertyName("event_ts")]
    public string? EventTs { get; init; }

    [JsonPropertyName("team")]
    public string? Team { get; init; }

    /// <summary>The author's home team: in a Slack Connect channel, another organisation's id for their people.</summary>
    [JsonPropertyName("user_team")]
    public string? UserTeam { get; init; }

    /// <summary>app_home_opened: "home" or "messages".</summary>
    [JsonPropertyName("tab")]
    public string? Tab { get; init; }

    /// <summary>app_home_opened on the Home tab: present once a view was ever published for this person.</summary>
    [JsonPropertyName("view")]
    public JsonElement? View { get; init; }

    /// <summary>member_joined_channel: who added the member, when Slack says.</summary>
    [JsonPropertyName("inviter")]
    public string? Inviter { get; init; }

    /// <summary>message with subtype file_share: the files shared with it.</summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<SlackFile>? Files { get; init; }

    /// <summary>tokens_revoked: whose tokens went.</summary>
    [JsonPropertyName("tokens")]
    public RevokedTokens? Tokens { get; init; }
}
