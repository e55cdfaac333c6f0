using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// What Teams knows about a person that the activity does not say: whether they are a guest account (userRole "guest") or
/// from another tenant, and their AAD object id when the activity only carries the channel account id. Asked of the
/// Connector (GET v3/conversations/{id}/members/{userId}) for authenticated Teams traffic, for the sender and everyone they
/// mention, and cached per tenant and person.
/// </summary>
internal sealed class TeamsMemberDirectory(ConnectorClient connector, IMemoryCache cache, TimeProvider time, ILogger<TeamsMemberDirectory> logger)
{
    public const string TeamsChannelId = "msteams";

    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    public async Task<IncomingActivity> EnrichAsync(IncomingActivity turn, Activity activity, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (caller.IsAnonymous || activity.ChannelId != TeamsChannelId || string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id)
            || string.IsNullOrEmpty(activity.From?.Id))
        {
            return turn;
        }

        var tenant = ActivityMapper.Tenant(activity);
        var member = await LookUpAsync(activity, activity.From.Id, tenant, caller, cancellationToken);
        var sender = turn.From;
        if (member is null)
        {
            // Nobody can tell a member from a guest without Teams' answer: the turn runs, but sees nothing of the workspace's.
            sender = sender with { Standing = UserStanding.Unverified };
        }
        else
        {
            if (sender.AddressId is null && member.AadObjectId is { Length: > 0 } aad)
            {
                sender = new UserRef(aad, sender.Name, sender.TimeZone) { AddressId = activity.From.Id };
            }

            sender = sender with { Standing = StandingOf(member, tenant) };
        }

        var mentions = new List<UserMention>();
        foreach (var mention in turn.Mentions)
        {
            var found = mention.AddressId is { } address && address == mention.Id ? await LookUpAsync(activity, address, tenant, caller, cancellationToken) : null;
            mentions.Add(found?.AadObjectId is { Length: > 0 } mentionedAad ? mention with { Id = mentionedAad, Name = mention.Name ?? found.Name } : mention);
        }

        return turn with { From = sender, Mentions = mentions };
    }

    private static UserStanding StandingOf(TeamsChannelAccount member, string? tenant)
        => string.Equals(member.UserRole, "guest", StringComparison.OrdinalIgnoreCase) ? UserStanding.Guest
            : string.Equals(member.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase) ? UserStanding.External
            : member.TenantId is { Length: > 0 } home && tenant is not null && !string.Equals(home, tenant, StringComparison.OrdinalIgnoreCase) ? UserStanding.External
            : UserStanding.Member;

    private async Task<TeamsChannelAccount?> LookUpAsync(Activity activity, string userId, string? tenant, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var key = $"teams-member:{tenant}:{userId}";
        if (cache.TryGetValue(key, out TeamsChannelAccount? cached))
        {
            return cached;
        }

        try
        {
            var member = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id!, userId, tenant, caller.OutboundAudience, cancellationToken);
            if (member is not null)
            {
                cache.Set(key, member, new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow() + Retention, Size = 1 });
            }

            return member;
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning("Teams member lookup for {UserId} in conversation {ConversationId} failed: {Reason}", userId, activity.Conversation?.Id, ex.Message);
            return null;
        }
    }
}
