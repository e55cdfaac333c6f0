using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A press of the button under a form summary that opens the form as a modal, and when it arrived (its trigger is good for 3 seconds from then).</summary>
internal sealed record SlackOpenFormWork([property: JsonPropertyName("payload")] InteractionPayload Payload, [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"slack open form {Payload.TriggerId}";

    [JsonIgnore]
    public TurnWorkKey Key => InteractionKeys.For(Payload, "action:" + (Payload.TriggerId ?? Payload.Actions?[0].ActionTs));
}
