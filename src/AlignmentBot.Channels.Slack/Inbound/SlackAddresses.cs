using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Slack.Inbound;

internal static class SlackAddresses
{
    public const string ChannelId = "slack";

    /// <summary>D… is a direct message; C… and G… are channels and group conversations.</summary>
    public static ConversationAddress For(string teamId, string channelId, string? threadTs, string botUserId, string? channelName = null)
        => new(
            ChannelId,
            teamId,
            channelId,
            ThreadId: string.IsNullOrEmpty(threadTs) ? null : threadTs,
            BotId: botUserId,
            IsGroup: !channelId.StartsWith('D'),
            Name: channelName is null or "directmessage" or "privategroup" or "" ? null : "#" + channelName);

    /// <summary>Removes the bot's own &lt;@U…&gt; mention (with or without a |label, with a trailing comma or colon) and nothing else.</summary>
    public static string StripMention(string? text, string botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (string.IsNullOrEmpty(botUserId))
        {
            return text.Trim();
        }

        var pattern = $@"[ \t]*<@{Regex.Escape(botUserId)}(?:\|[^>]*)?>[,:]?[ \t]*";
        return Regex.Replace(text, pattern, " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
    }

    /// <summary>The people mentioned in a message ("&lt;@U123&gt;", "&lt;@U123|priya&gt;"), never the bot itself.</summary>
    public static IReadOnlyList<UserMention> Mentions(string? text, string botUserId)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains("<@", StringComparison.Ordinal))
        {
            return [];
        }

        return Regex.Matches(text, @"<@(?<id>[UW][A-Z0-9]+)(?:\|(?<name>[^>]*))?>", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Where(m => m.Groups["id"].Value != botUserId)
            .Select(m => new UserMention(m.Groups["id"].Value, m.Groups["name"].Success ? m.Groups["name"].Value : null, m.Value))
            .DistinctBy(m => m.Id)
            .ToArray();
    }

    /// <summary>A message link without an API call: https://{domain}.slack.com/archives/{channel}/p{ts without the dot}.</summary>
    public static string? Permalink(string? teamDomain, string? channelId, string? ts)
        => string.IsNullOrEmpty(teamDomain) || string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(ts)
            ? null
            : $"https://{teamDomain}.slack.com/archives/{channelId}/p{ts.Replace(".", string.Empty, StringComparison.Ordinal)}";
}
