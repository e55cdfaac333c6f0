using System.Text.Json;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.Json;

namespace AlignmentBot.Channels.Slack.SocketMode;

/// <summary>Hands a Socket Mode envelope to the same handlers the HTTP endpoint uses; no signature is needed on the socket.</summary>
internal sealed class SocketEnvelopeDispatcher(SlackEventHandler events, SlackCommandHandler commands, SlackInteractionDispatcher interactions, TimeProvider time)
{
    public async Task<SlackAck> DispatchAsync(SocketMessage message, CancellationToken cancellationToken)
    {
        if (message.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return SlackAck.Ok;
        }

        var receivedAt = time.GetUtcNow();
        return message.Type switch
        {
            SocketMessage.EventsApi when payload.Deserialize(SlackJsonContext.Default.EventEnvelope) is { } envelope
                => await events.AcceptAsync(envelope, message.RetryAttempt, receivedAt, cancellationToken),
            SocketMessage.SlashCommands when payload.Deserialize(SlackJsonContext.Default.SlashCommand) is { } command
                => await commands.AcceptAsync(command, receivedAt, cancellationToken),
            SocketMessage.Interactive when payload.Deserialize(SlackJsonContext.Default.InteractionPayload) is { } interaction
                => await interactions.HandleAsync(interaction, receivedAt, cancellationToken),
            _ => SlackAck.Ok,
        };
    }
}
