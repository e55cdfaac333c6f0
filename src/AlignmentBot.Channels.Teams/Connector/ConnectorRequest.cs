namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>What each attempt of a Connector call needs to know beyond the request itself: whom the token is for and what paces it.</summary>
internal static class ConnectorRequest
{
    /// <summary>The token's audience; absent when unauthenticated (local development).</summary>
    public static readonly HttpRequestOptionsKey<string> Audience = new("AlignmentBot.Connector.Audience");

    /// <summary>What the call does ("send", "reply", "get member"…), for the outbound call metrics.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("AlignmentBot.Connector.Operation");

    /// <summary>The tenant (or service URL) whose limit the call counts against.</summary>
    public static readonly HttpRequestOptionsKey<string> Tenant = new("AlignmentBot.Connector.Tenant");

    /// <summary>The conversation whose limit a send or reply counts against.</summary>
    public static readonly HttpRequestOptionsKey<string> Conversation = new("AlignmentBot.Connector.Conversation");
}
