using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>An event_callback Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackEventWork([property: JsonPropertyName("envelope")] EventEnvelope Envelope, [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt) : IInboxWork
{
    [JsonIgnore]
    public string Description => $"slack event {Envelope.EventId} ({Envelope.Event?.Type})";

    [JsonIgnore]
    public TurnWorkKey Key => new(SlackAddresses.ChannelId, Envelope.TeamId ?? Envelope.Event?.Team ?? string.Empty, Envelope.Event?.Channel ?? string.Empty, "event:" + Envelope.EventId);
}
