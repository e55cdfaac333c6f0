using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.WebApi;

/// <summary>
/// Message metadata (docs.slack.dev/messaging/message-metadata): an app's own data attached to a message it posts,
/// read back with conversations.history include_all_metadata. Our replies carry the inbox key of the turn they answer
/// and their place in the answer, so a reply whose post may have landed is found instead of posted again.
/// </summary>
internal sealed record MessageMetadata(
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("event_payload")] ReplyPayload? EventPayload)
{
    /// <summary>Alphanumeric and underscores, as Slack asks; it may show to developers in Slack's tools.</summary>
    public const string ReplyEventType = "alignmentbot_reply";

    public static MessageMetadata Reply(string inboxKey, int step) => new(ReplyEventType, new ReplyPayload(inboxKey, step));

    public bool IsReply(string inboxKey, int step)
        => EventType == ReplyEventType && EventPayload is { } payload && payload.InboxKey == inboxKey && payload.Step == step;
}

/// <param name="InboxKey">The turn's inbox key (<c>slack/T…/C…/event:Ev…</c>).</param>
/// <param name="Step">Which step of the answer this message is (0 for the first).</param>
internal sealed record ReplyPayload(
    [property: JsonPropertyName("inbox_key")] string InboxKey,
    [property: JsonPropertyName("step")] int Step);
