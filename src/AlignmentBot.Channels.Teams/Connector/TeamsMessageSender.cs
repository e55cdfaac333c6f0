using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Proactive posts (digests, reminders) into a Teams conversation the bot stored from an earlier activity,
/// and 1:1 chats opened with a person in a tenant where the bot is installed.
/// </summary>
public sealed class TeamsMessageSender : IMessageSender, IDirectMessages
{
    public const string TeamsChannelId = "msteams";

    private readonly ConnectorClient _connector;
    private readonly IOptions<BotFrameworkOptions> _options;
    private readonly ILogger<TeamsMessageSender> _logger;

    internal TeamsMessageSender(ConnectorClient connector, IOptions<BotFrameworkOptions> options, ILogger<TeamsMessageSender> logger)
    {
        _connector = connector;
        _options = options;
        _logger = logger;
    }

    public string ChannelId => TeamsChannelId;

    /// <summary>
    /// Without MicrosoftAppId the bot has no identity to post with, so only a Connector on this machine (a stand-in,
    /// the Teams test tool) takes its posts: the same loopback-only rule as the inbound side in local development.
    /// </summary>
    public string? CannotPostTo(ConversationAddress to)
        => _options.Value.AuthenticationEnabled || (Uri.TryCreate(to.ServiceUrl, UriKind.Absolute, out var url) && url.IsLoopback)
            ? null
            : "Teams is not configured here: MicrosoftAppId (and its password) is not set, so the Bot Connector would refuse the post.";

    public async Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(to.ServiceUrl) || string.IsNullOrEmpty(to.ConversationId))
        {
            _logger.LogError("Cannot post to conversation {ConversationId} in {WorkspaceId}: the stored address has no serviceUrl or conversation id", to.ConversationId, to.WorkspaceId);
            return SendResult.Failed("The conversation address has no serviceUrl or conversation id.", permanent: true);
        }

        try
        {
            string? lastId = null;
            foreach (var activity in OutgoingActivityFactory.Create(message))
            {
                var addressed = activity with
                {
                    ChannelId = to.ChannelId,
                    ServiceUrl = to.ServiceUrl,
                    Conversation = new ConversationAccount { Id = to.ConversationId, IsGroup = to.IsGroup, TenantId = to.WorkspaceId },
                    From = to.BotId is null ? null : new ChannelAccount { Id = to.BotId },
                };
                var response = await _connector.SendToConversationAsync(to.ServiceUrl, to.ConversationId, addressed, audience: null, cancellationToken);
                lastId = response?.Id ?? lastId;
            }

            return SendResult.Ok(lastId);
        }
        catch (ConnectorException ex)
        {
            _logger.LogError(ex, "Posting to conversation {ConversationId} in {WorkspaceId} failed {Kind}: {Reason}", to.ConversationId, to.WorkspaceId, ex.Permanent ? "permanently" : "after retries", ex.Message);
            return SendResult.Failed(ex.Message, ex.Permanent);
        }
    }

    /// <summary>
    /// Reminders to a person the bot has no 1:1 with yet: a proactive 1:1 created through the Connector (POST /v3/conversations,
    /// the person's channel account id, the tenant), using any known conversation in the tenant for its serviceUrl and bot id.
    /// </summary>
    public Task<ConversationAddress?> OpenAsync(string workspaceId, string userId, string? addressId, ConversationAddress? near, CancellationToken cancellationToken)
        => near is null || !string.Equals(near.WorkspaceId, workspaceId, StringComparison.Ordinal)
            ? Task.FromResult<ConversationAddress?>(null)
            : OpenPersonalConversationAsync(near, new UserRef(addressId ?? userId, userId), cancellationToken);

    /// <summary>
    /// Opens (or finds; the Connector returns the existing one) the 1:1 chat between the bot and a person, so the
    /// bot can message someone who has not written to it yet. <paramref name="near"/> is any stored address in the
    /// same tenant: it supplies the serviceUrl and the bot's id. Returns null when Teams refuses (for example the
    /// person has not got the app installed: 403).
    /// </summary>
    public async Task<ConversationAddress?> OpenPersonalConversationAsync(ConversationAddress near, UserRef person, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(near.ServiceUrl) || string.IsNullOrEmpty(near.BotId))
        {
            return null;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = near.BotId },
            Members = [new ChannelAccount { Id = person.Id }],
            TenantId = near.WorkspaceId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(near.WorkspaceId) },
        };
        try
        {
            var created = await _connector.CreateConversationAsync(near.ServiceUrl, parameters, audience: null, cancellationToken);
            return string.IsNullOrEmpty(created?.Id)
                ? null
                : new ConversationAddress(near.ChannelId, near.WorkspaceId, created.Id, ServiceUrl: created.ServiceUrl ?? near.ServiceUrl, BotId: near.BotId, IsGroup: false);
        }
        catch (ConnectorException ex)
        {
            _logger.LogError(ex, "Opening a 1:1 chat with {UserId} in {WorkspaceId} failed: {Reason}", person.Id, near.WorkspaceId, ex.Message);
            return null;
        }
    }
}
