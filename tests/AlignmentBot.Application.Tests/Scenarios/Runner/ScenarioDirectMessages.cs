using AlignmentBot.Conversations.Turns;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The scenarios' stand-in for the platform opening a 1:1 with someone who never wrote to the bot (Slack's conversations.open;
/// the demo workspace is a Slack one): a cast member's 1:1 is the conversation they talk to the bot in, "dm-priya". Anyone
/// else cannot be reached, as when the platform refuses.
/// </summary>
internal sealed class ScenarioDirectMessages : IDirectMessages
{
    public string ChannelId => "slack";

    public Task<ConversationAddress?> OpenAsync(string workspaceId, string userId, string? addressId, ConversationAddress? near, CancellationToken cancellationToken)
        => Task.FromResult(Personas.Cast.FirstOrDefault(p => p.UserId == userId) is { } persona && workspaceId == ScenarioWorkspace.Name
            ? new ConversationAddress(ScenarioRunner.ChannelId, ScenarioWorkspace.Name, "dm-" + persona.Key)
            : null);
}
