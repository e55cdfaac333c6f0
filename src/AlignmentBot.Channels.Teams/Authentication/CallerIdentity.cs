namespace AlignmentBot.Channels.Teams.Authentication;

/// <summary>Who sent an inbound activity, and which audience our replies' tokens must name.</summary>
/// <param name="OutboundAudience">Scope for the reply token: the Bot Connector, or the calling bot for a skill call; null when unauthenticated (local development).</param>
/// <param name="IsAnonymous">Local development: no app id configured and the caller is on this machine.</param>
internal sealed record CallerIdentity(string? OutboundAudience, bool IsAnonymous, string? CallerAppId = null)
{
    public static CallerIdentity Anonymous { get; } = new(null, true);
}
