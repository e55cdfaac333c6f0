namespace AlignmentBot.Channels.Slack.SocketMode;

/// <summary>Socket Mode timings. Defaults follow Slack's SDKs (docs/channels/slack.md, Socket Mode); tests shorten them.</summary>
internal sealed class SocketModeTuning
{
    /// <summary>Slack says hello right after connecting; without it the socket is useless.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Second and later connections start this much later, so they do not refresh at the same moment.</summary>
    public TimeSpan Stagger { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a retiring socket may finish acknowledging what it received.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>WebSocket pings; a peer silent past the timeout is treated as gone.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
