using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Configuration;

/// <summary>Refuses to start with a half-configured identity: never fall back to accepting unauthenticated traffic.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!options.AuthenticationEnabled)
        {
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty. Set MicrosoftAppId (the Azure Bot's app id) or remove the password.");
            }
        }
        else
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                failures.Add("MicrosoftAppId must be the Azure Bot's application (client) id, a GUID.");
            }

            if (options.MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {options.MicrosoftAppType}. Set it (environment variable MicrosoftAppPassword) from the bot's client secret.");
            }

            if (options.MicrosoftAppType != BotAppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
            }
        }

        CheckUrl(options.OpenIdMetadataUrl, "BotFramework:OpenIdMetadataUrl", failures);
        CheckUrl(options.BotOpenIdMetadataUrl, "BotFramework:BotOpenIdMetadataUrl", failures);
        if (options.ResolveTokenEndpoint() != BotFrameworkOptions.ManagedIdentityEndpoint)
        {
            CheckUrl(options.ResolveTokenEndpoint(), "BotFramework:TokenEndpoint", failures);
        }

        foreach (var host in options.AllowedServiceUrlHosts ?? [])
        {
            if (!IsHostPattern(host))
            {
                failures.Add($"BotFramework:AllowedServiceUrlHosts entries are host names such as smba.trafficmanager.net or *.botframework.com (no scheme, port, path or bare *); got '{host}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A host name, or "*." and a name with at least one dot (a wildcard over a whole top-level domain is refused).</summary>
    private static bool IsHostPattern(string? value)
    {
        var name = value?.Trim() ?? "";
        if (name.StartsWith("*.", StringComparison.Ordinal))
        {
            name = name[2..];
            if (!name.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return name.Length > 0 && Uri.CheckHostName(name) is UriHostNameType.Dns or UriHostNameType.IPv4;
    }

    // Keys and tokens travel over HTTPS; plain HTTP only to this machine (tests, local stand-ins).
    private static void CheckUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{key} must be an absolute https URL (http only for loopback); got '{value}'.");
        }
    }
}
