using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A button press (block_actions) Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackBlockActionWork([property: JsonPropertyName("payload")] InteractionPayload Payload, [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"slack action {Payload.Actions?[0].ActionId} {Payload.TriggerId}";

    [JsonIgnore]
    public TurnWorkKey Key => InteractionKeys.For(Payload, "action:" + (Payload.TriggerId ?? Payload.Actions?[0].ActionTs));
}
