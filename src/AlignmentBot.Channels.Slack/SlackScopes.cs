namespace AlignmentBot.Channels.Slack;

/// <summary>
/// The bot token scopes the bot needs, and why: each subscribed event and each Web API method it calls, with the
/// scopes Slack documents for them (docs.slack.dev, reference/events and reference/methods). The manifest test
/// and <c>doctor</c> both read this table, so a new event or method cannot ship without its scope.
/// </summary>
public static class SlackScopes
{
    /// <summary>Bot events the app subscribes to, with the scopes each needs to be delivered.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Events { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["app_mention"] = ["app_mentions:read"],
        ["message.im"] = ["im:history"],
        ["app_home_opened"] = [],

        // Delivered for public channels with channels:read and for private ones with groups:read; without them Slack
        // silently sends nothing, and the bot never greets the channels it is added to.
        ["member_joined_channel"] = ["channels:read", "groups:read"],

        // Need no scope: the uninstall starts the grace period after which the workspace's data is deleted.
        ["app_uninstalled"] = [],
        ["tokens_revoked"] = [],
    };

    /// <summary>Web API methods called with the bot token, with the scopes our use of each needs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Methods { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["auth.test"] = [],
        ["chat.postMessage"] = ["chat:write"],
        ["chat.update"] = ["chat:write"],
        ["chat.postEphemeral"] = ["chat:write"],

        // Only direct messages are opened (a digest or reminder to one person): im:write. Group DMs would need mpim:write.
        ["conversations.open"] = ["im:write"],
        ["users.info"] = ["users:read"],
        ["views.open"] = [],
        ["views.update"] = [],
        ["views.publish"] = [],

        // Exports: a CSV uploaded into the conversation.
        ["files.getUploadURLExternal"] = ["files:write"],
        ["files.completeUploadExternal"] = ["files:write"],
    };

    /// <summary>
    /// Downloads that are not Web API methods but need a scope all the same: a file shared with the bot (url_private_download,
    /// fetched with the bot token) needs files:read.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Downloads { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["url_private_download"] = ["files:read"],
    };

    /// <summary>Web API methods called with the app-level token (xapp-), which carries its own scope, not a bot scope.</summary>
    public static IReadOnlyDictionary<string, string> AppTokenMethods { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["apps.connections.open"] = "connections:write",
    };

    /// <summary>The /align slash command and the message shortcut.</summary>
    public const string Commands = "commands";

    /// <summary>Every bot scope the product needs, sorted.</summary>
    public static IReadOnlyList<string> Required { get; } = Events.Values.Concat(Methods.Values).Concat(Downloads.Values).SelectMany(s => s).Append(Commands)
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>What each required scope is for, for a person reading a missing-scope report.</summary>
    public static string UsedFor(string scope)
    {
        var uses = Events.Where(e => e.Value.Contains(scope)).Select(e => $"event {e.Key}")
            .Concat(Methods.Where(m => m.Value.Contains(scope)).Select(m => m.Key))
            .Concat(Downloads.Where(d => d.Value.Contains(scope)).Select(d => $"downloading shared files ({d.Key})"))
            .Concat(scope == Commands ? ["/align and the message shortcut"] : [])
            .ToArray();
        return string.Join(", ", uses);
    }
}
