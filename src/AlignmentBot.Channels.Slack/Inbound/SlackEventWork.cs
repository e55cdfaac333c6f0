using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>An event_callback Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackEventWork(EventEnvelope Envelope, DateTimeOffset ReceivedAt) : ITurnWork
{
    public string Description => $"slack event {Envelope.EventId} ({Envelope.Event?.Type})";
}
