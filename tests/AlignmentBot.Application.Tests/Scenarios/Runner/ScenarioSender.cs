using System.Collections.Concurrent;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The scenarios' channel posting without an inbound message (a reminder sent now): it accepts every post into a
/// conversation the cast talks in and keeps it, as the platform would show it there.
/// </summary>
internal sealed class ScenarioSender : IMessageSender
{
    public ConcurrentQueue<(ConversationAddress To, OutgoingMessage Message)> Posted { get; } = new();

    public string ChannelId => ScenarioRunner.ChannelId;

    public Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        Posted.Enqueue((to, message));
        return Task.FromResult(SendResult.Ok($"posted-{Posted.Count}"));
    }
}
