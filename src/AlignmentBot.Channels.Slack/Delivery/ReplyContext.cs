using System.Text.Json.Serialization;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>Everything needed to answer one turn in Slack: where, to whom, and which answering paths are open.</summary>
internal sealed record ReplyContext([property: JsonPropertyName("conversation")] ConversationAddress Conversation, [property: JsonPropertyName("user_id")] string UserId)
{
    [JsonPropertyName("response_url")]
    public string? ResponseUrl { get; init; }

    /// <summary>The message whose button was pressed (or that offered the form), for ReplaceCard.</summary>
    [JsonPropertyName("source_message_ts")]
    public string? SourceMessageTs { get; init; }

    [JsonPropertyName("source_is_ephemeral")]
    public bool SourceIsEphemeral { get; init; }

    [JsonPropertyName("trigger")]
    public TriggerHandle? Trigger { get; init; }

    public bool IsDirectMessage => Conversation.ConversationId.StartsWith('D');
}
