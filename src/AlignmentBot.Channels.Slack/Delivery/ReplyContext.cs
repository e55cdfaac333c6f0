using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>Everything needed to answer one turn in Slack: where, to whom, and which answering paths are open.</summary>
internal sealed record ReplyContext(ConversationAddress Conversation, string UserId)
{
    public string? ResponseUrl { get; init; }

    /// <summary>The message whose button was pressed (or that offered the form), for ReplaceCard.</summary>
    public string? SourceMessageTs { get; init; }

    public bool SourceIsEphemeral { get; init; }

    public TriggerHandle? Trigger { get; init; }

    public bool IsDirectMessage => Conversation.ConversationId.StartsWith('D');
}
