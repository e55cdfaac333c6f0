using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Slack.Inbound;

internal static partial class SlackAddresses
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

    /// <summary>Removes the bot's own &lt;@U…&gt; mention (with or without a |label) and tidies the spaces it leaves.</summary>
    public static string StripMention(string? text, string botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var stripped = string.IsNullOrEmpty(botUserId) ? text : text.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal);
        stripped = MentionWithLabel().Replace(stripped, m => m.Groups[1].Value == botUserId ? " " : m.Value);
        return Spaces().Replace(stripped, " ").Trim();
    }

    /// <summary>A message link without an API call: https://{domain}.slack.com/archives/{channel}/p{ts without the dot}.</summary>
    public static string? Permalink(string? teamDomain, string? channelId, string? ts)
        => string.IsNullOrEmpty(teamDomain) || string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(ts)
            ? null
            : $"https://{teamDomain}.slack.com/archives/{channelId}/p{ts.Replace(".", string.Empty, StringComparison.Ordinal)}";

    public static DateTimeOffset FromSlackTs(string? ts, DateTimeOffset fallback)
        => double.TryParse(ts, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : fallback;

    [GeneratedRegex(@"<@([A-Z0-9]+)\|[^>]*>")]
    private static partial Regex MentionWithLabel();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
