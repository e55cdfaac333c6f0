namespace AlignmentBot.Channels.Slack.Signing;

public enum SignatureCheck
{
    Valid,

    /// <summary>No signing secret is configured: nothing can be trusted, so everything is refused.</summary>
    NotConfigured,
    MissingHeaders,
    MalformedTimestamp,

    /// <summary>Outside the five-minute window, either way: a replay or a badly wrong clock.</summary>
    OutsideWindow,
    Mismatch,
}
