using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// Names, time zones, locales and standing from users.info, cached so a conversation costs one lookup per person: guests
/// (is_restricted, is_ultra_restricted), people of another organisation (a home team that is not the workspace's, as
/// Slack Connect users have), and workspace admins and owners.
/// </summary>
internal sealed class SlackUserDirectory(IUsersApi users, IMemoryCache cache, TimeProvider time, ILogger<SlackUserDirectory> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(6);

    public Task<(UserRef User, string? Locale)> GetAsync(string teamId, string userId, string? fallbackName, CancellationToken cancellationToken)
        => GetAsync(teamId, userId, fallbackName, null, cancellationToken);

    /// <param name="homeTeam">The author's team when the payload says (an event's user_team, an interaction's user.team_id).</param>
    public async Task<(UserRef User, string? Locale)> GetAsync(string teamId, string userId, string? fallbackName, string? homeTeam, CancellationToken cancellationToken)
    {
        var (user, locale) = await LookUpAsync(teamId, userId, fallbackName, cancellationToken);

        // What the payload says about the author's organisation counts even when users.info is cached or silent.
        return !string.IsNullOrEmpty(homeTeam) && homeTeam != teamId && user.Standing == UserStanding.Member
            ? (user with { Standing = UserStanding.External, IsPlatformAdmin = false }, locale)
            : (user, locale);
    }

    private async Task<(UserRef User, string? Locale)> LookUpAsync(string teamId, string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        var key = $"slack-user:{teamId}:{userId}";
        if (cache.TryGetValue(key, out (UserRef, string?) cached))
        {
            return cached;
        }

        try
        {
            var user = await users.InfoAsync(userId, cancellationToken);
            var name = FirstNonEmpty(user.Profile?.DisplayName, user.RealName, user.Profile?.RealName, user.Name, fallbackName) ?? userId;
            var standing = user.IsRestricted || user.IsUltraRestricted ? UserStanding.Guest
                : user.IsStranger || (!string.IsNullOrEmpty(user.TeamId) && user.TeamId != teamId) ? UserStanding.External
                : UserStanding.Member;
            var entry = (new UserRef(userId, name, string.IsNullOrWhiteSpace(user.TimeZone) ? null : user.TimeZone)
            {
                Standing = standing,
                IsPlatformAdmin = standing == UserStanding.Member && (user.IsAdmin || user.IsOwner || user.IsPrimaryOwner),
            }, user.Locale);
            cache.Set(key, entry, new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow() + Retention, Size = 1 });
            return entry;
        }
        catch (SlackApiException ex)
        {
            // Without users.info nobody can tell a member from a guest: the turn runs, but sees nothing of the workspace's
            // data until Slack answers again (the next message tries again).
            logger.LogWarning("Slack users.info for {UserId} failed: {Error}", userId, ex.Error);
            return (new UserRef(userId, fallbackName ?? userId) { Standing = UserStanding.Unverified }, null);
        }
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
