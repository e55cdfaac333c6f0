namespace AlignmentBot.Channels.Teams.Authentication;

internal static class AuthenticationConstants
{
    /// <summary>The only issuer of Bot Connector → bot tokens (public cloud).</summary>
    public const string BotConnectorIssuer = "https://api.botframework.com";

    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>The Bot Connector documents a five-minute clock skew.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Entra issuers of bot-to-bot (skill) tokens: the Bot Framework's own tenants, v1 and v2 endpoints.</summary>
    public static readonly string[] BotFrameworkTenantIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public const string ServiceUrlClaim = "serviceurl";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
}
