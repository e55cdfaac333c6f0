namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// What makes an inbound request the same request when the platform sends it again: the channel, the workspace
/// (Slack team, Teams tenant), the conversation and the platform's id for it. Slack's event_id is globally unique,
/// but a Teams activity id is unique only within its conversation, so the conversation is always part of the key.
/// </summary>
/// <param name="ChannelId">"slack", "msteams", "webchat".</param>
/// <param name="WorkspaceId">Slack team id, Teams tenant id, or "local".</param>
/// <param name="ConversationId">Slack channel id, Teams conversation id; empty when the platform names none.</param>
/// <param name="ItemId">The platform's id with its kind: "event:Ev…", "command:&lt;trigger_id&gt;", a Teams activity id.</param>
public sealed record TurnWorkKey(string ChannelId, string WorkspaceId, string ConversationId, string ItemId)
{
    public override string ToString() => $"{ChannelId}/{WorkspaceId}/{ConversationId}/{ItemId}";
}
