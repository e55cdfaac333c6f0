using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A "Log as marketing request" message shortcut Slack sent (signature already checked) and when it arrived.</summary>
internal sealed record SlackShortcutWork(InteractionPayload Payload, DateTimeOffset ReceivedAt) : ITurnWork
{
    public string Description => $"slack shortcut {Payload.TriggerId}";
}
