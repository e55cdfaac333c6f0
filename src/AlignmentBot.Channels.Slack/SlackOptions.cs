namespace AlignmentBot.Channels.Slack;

/// <summary>
/// Slack settings (section "Slack"). With no <see cref="BotToken"/> the channel is off; with no
/// <see cref="SigningSecret"/> the HTTP endpoint refuses every request; with an <see cref="AppToken"/>
/// the bot connects over Socket Mode and needs no public URL.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";
    public const string DefaultApiBaseUrl = "https://slack.com/api/";
    public const int DefaultPostMessagesPerMinute = 300;

    /// <summary>Bot token (xoxb-…) from OAuth &amp; Permissions after installing the app.</summary>
    public string? BotToken { get; set; }

    /// <summary>Signing secret from Basic Information; verifies every HTTP request.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (xapp-…, scope connections:write); turns Socket Mode on by default.</summary>
    public string? AppToken { get; set; }

    /// <summary>Web API base address; tests point it at a stand-in.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// How fast the bot posts across the workspace (digest fan-out). Slack publishes no number for chat.postMessage
    /// beyond "several hundred per minute" and about one per second per channel, so the default stays at the floor;
    /// a higher value is safe because a 429's Retry-After is always honoured, it only costs retries.
    /// </summary>
    public int PostMessagesPerMinute { get; set; } = DefaultPostMessagesPerMinute;

    /// <summary>
    /// False turns the bot's own pacing off (method tiers, per channel, per workspace): only for a stand-in Web API
    /// such as the load harness's, never for Slack. A 429's Retry-After is honoured either way.
    /// </summary>
    public bool PaceRequests { get; set; } = true;

    /// <summary>Override the default (Socket Mode when an app token is set).</summary>
    public bool? SocketMode { get; set; }

    /// <summary>Concurrent Socket Mode connections (Slack allows 10); two means a refresh never leaves a gap.</summary>
    public int SocketConnections { get; set; } = 2;

    /// <summary>
    /// How long a modal submission may run the bot before Slack's 3-second deadline forces an answer.
    /// Past it the modal closes and the result arrives as a message.
    /// </summary>
    public TimeSpan SubmissionBudget { get; set; } = TimeSpan.FromSeconds(2.2);

    /// <summary>How Web API calls and replies are retried (Slack:Retry).</summary>
    public WebApi.SlackRetrySettings Retry { get; set; } = new();

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UseSocketMode => Enabled && (SocketMode ?? !string.IsNullOrWhiteSpace(AppToken)) && !string.IsNullOrWhiteSpace(AppToken);

    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
