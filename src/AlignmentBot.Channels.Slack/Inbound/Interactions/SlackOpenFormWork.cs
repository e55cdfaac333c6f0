using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>A press of the button under a form summary that opens the form as a modal, and when it arrived (its trigger is good for 3 seconds from then).</summary>
internal sealed record SlackOpenFormWork(InteractionPayload Payload, DateTimeOffset ReceivedAt) : ITurnWork
{
    public string Description => $"slack open form {Payload.TriggerId}";
}
