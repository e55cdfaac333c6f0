namespace AlignmentBot.Channels.Teams.Configuration;

/// <summary>
/// The bot's Azure identity (root keys, as in every Bot Framework sample) and endpoint overrides
/// (the "BotFramework" section) so tests and sovereign clouds can point elsewhere.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";
    public const string PublicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicBotOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string PublicOAuthScope = "https://api.botframework.com";
    public const string ManagedIdentityEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>MicrosoftAppId: the Entra application (client) id of the Azure Bot. Empty means local development: loopback callers only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>MicrosoftAppPassword: the client secret. Required for MultiTenant and SingleTenant.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MicrosoftAppTenantId: required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>BotFramework:OpenIdMetadataUrl: where the Bot Connector's signing keys (with channel endorsements) are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = PublicOpenIdMetadataUrl;

    /// <summary>BotFramework:TokenEndpoint: the client-credentials token endpoint. Default from the app type and tenant.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>BotFramework:OAuthScope: the audience of tokens sent to the Bot Connector.</summary>
    public string OAuthScope { get; set; } = PublicOAuthScope;

    /// <summary>
    /// BotFramework:AllowedCallers: app ids of other bots allowed to call this one as a skill (Entra-issued
    /// bot-to-bot tokens). Empty: only the Bot Connector may call.
    /// </summary>
    public IList<string> AllowedCallers { get; } = [];

    /// <summary>
    /// Where the Bot Connector lives in each cloud: the hosts a serviceUrl may name (Microsoft 365 Agents SDK's outbound host
    /// check and Teams' documented service URLs). "*.example.com" matches every subdomain of example.com.
    /// </summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",              // Teams, public cloud
        "*.botframework.com",                   // Web Chat, Direct Line and the other public-cloud channels
        "smba.infra.gcc.teams.microsoft.com",   // Teams GCC
        "smba.infra.gov.teams.microsoft.us",    // Teams GCC High
        "smba.infra.dod.teams.microsoft.us",    // Teams DoD
        "*.botframework.azure.us",              // Azure Government's channel service
    ];

    /// <summary>
    /// BotFramework:AllowedServiceUrlHosts: the hosts outbound Connector calls may go to when an app id is set, on top of
    /// the inbound token's serviceurl claim check. When set, it replaces <see cref="DefaultAllowedServiceUrlHosts"/>.
    /// Without an app id only this machine is allowed.
    /// </summary>
    public List<string>? AllowedServiceUrlHosts { get; set; }

    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts => AllowedServiceUrlHosts is { Count: > 0 } configured ? configured : DefaultAllowedServiceUrlHosts;

    /// <summary>BotFramework:BotOpenIdMetadataUrl: signing keys of Entra-issued bot-to-bot tokens.</summary>
    public string BotOpenIdMetadataUrl { get; set; } = PublicBotOpenIdMetadataUrl;

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string ResolveTokenEndpoint()
    {
        if (!string.IsNullOrWhiteSpace(TokenEndpoint))
        {
            return TokenEndpoint;
        }

        if (MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            return ManagedIdentityEndpoint;
        }

        var tenant = MicrosoftAppType == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId;
        return $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    }
}
