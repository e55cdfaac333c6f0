using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>Inbox and dedupe keys of interactions: the team, the conversation it happened in (if any) and the trigger.</summary>
internal static class InteractionKeys
{
    public static TurnWorkKey For(InteractionPayload payload, string itemId)
        => new(SlackAddresses.ChannelId, payload.Team?.Id ?? string.Empty, payload.Channel?.Id ?? payload.Container?.ChannelId ?? string.Empty, itemId);
}
