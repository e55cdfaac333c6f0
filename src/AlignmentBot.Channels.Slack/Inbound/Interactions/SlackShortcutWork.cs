using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A "Log as marketing request" message shortcut Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackShortcutWork([property: JsonPropertyName("payload")] InteractionPayload Payload, [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"slack shortcut {Payload.TriggerId}";

    [JsonIgnore]
    public TurnWorkKey Key => InteractionKeys.For(Payload, "shortcut:" + (Payload.TriggerId ?? Payload.MessageTs));
}
