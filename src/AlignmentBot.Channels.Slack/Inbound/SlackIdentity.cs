using AlignmentBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>Who the bot is (auth.test): needed to ignore its own messages and strip its @mention.</summary>
internal sealed class SlackIdentity(IAuthApi auth, ILogger<SlackIdentity> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BotIdentity? _identity;

    public async Task<BotIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (_identity is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_identity is null)
            {
                var response = await auth.TestAsync(cancellationToken);
                _identity = new BotIdentity(response.UserId ?? string.Empty, response.BotId, response.TeamId);
                logger.LogInformation("Slack bot identity: user {BotUserId}, bot {BotId}, team {TeamId}", _identity.UserId, _identity.BotId, _identity.TeamId);
            }

            return _identity;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

internal sealed record BotIdentity(string UserId, string? BotId, string? TeamId);
