using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>Names, time zones and locales from users.info, cached so a conversation costs one lookup per person.</summary>
internal sealed class SlackUserDirectory(IUsersApi users, IMemoryCache cache, TimeProvider time, ILogger<SlackUserDirectory> logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(6);

    public async Task<(UserRef User, string? Locale)> GetAsync(string teamId, string userId, string? fallbackName, CancellationToken cancellationToken)
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
            var entry = (new UserRef(userId, name, string.IsNullOrWhiteSpace(user.TimeZone) ? null : user.TimeZone), user.Locale);
            cache.Set(key, entry, new MemoryCacheEntryOptions { AbsoluteExpiration = time.GetUtcNow() + Retention, Size = 1 });
            return entry;
        }
        catch (SlackApiException ex)
        {
            // A turn without a time zone is better than no turn; the next message tries again.
            logger.LogWarning("Slack users.info for {UserId} failed: {Error}", userId, ex.Error);
            return (new UserRef(userId, fallbackName ?? userId), null);
        }
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
