using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A button press (block_actions) Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackBlockActionWork(InteractionPayload Payload, DateTimeOffset ReceivedAt) : ITurnWork
{
    public string Description => $"slack action {Payload.Actions?[0].ActionId} {Payload.TriggerId}";
}
