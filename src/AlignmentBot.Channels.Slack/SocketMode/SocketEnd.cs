namespace AlignmentBot.Channels.Slack.SocketMode;

internal enum SocketEnd
{
    /// <summary>Slack asked us to move (warning, refresh_requested): open a replacement first.</summary>
    RefreshRequested,

    /// <summary>Slack holds more sockets for this app than it allows (other instances): step back before reconnecting.</summary>
    TooMany,

    /// <summary>Socket Mode was switched off for the app (link_disabled, socket_mode_disabled).</summary>
    Disabled,

    /// <summary>The socket closed or failed.</summary>
    Closed,
}
