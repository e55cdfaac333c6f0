using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Diagnostics;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>The Azure Bot's identity against the token endpoint, and the Bot Connector's signing keys, through the bot's own code.</summary>
internal static class BotFrameworkCheck
{
    public const string Token = "Bot Framework token";
    public const string Keys = "Bot Framework keys";
    public const string CallerKeys = "Bot-to-bot keys";

    public static async Task<IReadOnlyList<DoctorResult>> RunAsync(BotFrameworkOptions? options, HttpClient http, CancellationToken cancellationToken)
    {
        if (options is null)
        {
            return [DoctorResult.Skip("Bot Framework", "not checked: the Bot Framework settings cannot be read (see Configuration)")];
        }

        if (!options.AuthenticationEnabled)
        {
            return [DoctorResult.Skip("Bot Framework", "off: MicrosoftAppId is not set, so /api/messages accepts callers on this machine only (the web chat)")];
        }

        var results = new List<DoctorResult>();
        var token = await BotFrameworkDiagnostics.AcquireTokenAsync(http, options, cancellationToken);
        results.Add(token.Ok
            ? DoctorResult.Pass(Token, $"{options.MicrosoftAppType} app {options.MicrosoftAppId} got a Bot Connector token from {token.Endpoint}")
            : DoctorResult.Fail(Token, $"{token.Endpoint} answered {(token.Status is { } status ? $"HTTP {status} " : "")}{token.Error}", TokenFix(token, options)));

        results.Add(await KeysAsync(Keys, options.OpenIdMetadataUrl, requireTeams: true, http, cancellationToken));
        if (options.AllowedCallers.Count > 0)
        {
            results.Add(await KeysAsync(CallerKeys, options.BotOpenIdMetadataUrl, requireTeams: false, http, cancellationToken));
        }

        return results;
    }

    private static async Task<DoctorResult> KeysAsync(string name, string url, bool requireTeams, HttpClient http, CancellationToken cancellationToken)
    {
        var keys = await BotFrameworkDiagnostics.FetchSigningKeysAsync(http, url, cancellationToken);
        var setting = requireTeams ? "BotFramework:OpenIdMetadataUrl" : "BotFramework:BotOpenIdMetadataUrl";
        if (keys.Error is not null)
        {
            return DoctorResult.Fail(name, $"cannot read the signing keys behind {url}: {keys.Error}",
                $"allow outbound HTTPS to that host (HTTPS_PROXY if needed); {setting} must point at an OpenID metadata document. Without the keys every incoming request is refused.");
        }

        if (keys.Keys == 0)
        {
            return DoctorResult.Fail(name, $"{url} leads to no signing keys", $"{setting} must point at the Bot Connector's OpenID metadata (default {BotFrameworkOptions.PublicOpenIdMetadataUrl})");
        }

        if (requireTeams && keys.EndorsedForTeams == 0)
        {
            return DoctorResult.Fail(name, $"{keys.Keys} signing keys from {url}, none endorsed for {BotFrameworkDiagnostics.TeamsChannel}",
                $"every Teams request would be refused: {setting} must point at the Bot Connector's metadata (default {BotFrameworkOptions.PublicOpenIdMetadataUrl})");
        }

        return DoctorResult.Pass(name, requireTeams
            ? $"{keys.Keys} signing keys from {url}, {keys.EndorsedForTeams} endorsed for {BotFrameworkDiagnostics.TeamsChannel}"
            : $"{keys.Keys} signing keys from {url}");
    }

    private static string TokenFix(TokenCheck token, BotFrameworkOptions options)
    {
        var error = token.Error ?? "";
        if (error.Contains("AADSTS7000215", StringComparison.Ordinal) || error.Contains("AADSTS7000222", StringComparison.Ordinal) || error.StartsWith("invalid_client", StringComparison.Ordinal))
        {
            return $"MicrosoftAppPassword is wrong or expired: create a new client secret for app {options.MicrosoftAppId} (its app registration → Certificates & secrets) and set MicrosoftAppPassword";
        }

        if (error.Contains("AADSTS700016", StringComparison.Ordinal) || error.StartsWith("unauthorized_client", StringComparison.Ordinal))
        {
            return "the token endpoint does not know this app: MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppType must match the Azure Bot resource's Configuration page";
        }

        if (error.Contains("AADSTS90002", StringComparison.Ordinal) || error.Contains("AADSTS900023", StringComparison.Ordinal))
        {
            return "MicrosoftAppTenantId is not a tenant Entra knows: use the directory (tenant) id shown on the Azure Bot's Configuration page";
        }

        if (error.StartsWith("request_failed", StringComparison.Ordinal))
        {
            return $"cannot reach {token.Endpoint}: allow outbound HTTPS to it (HTTPS_PROXY if needed){(options.MicrosoftAppType == BotAppType.UserAssignedMSI ? "; UserAssignedMSI reaches the VM metadata endpoint, which exists on Azure VMs only" : "")}";
        }

        return "check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId and MicrosoftAppType against the Azure Bot resource";
    }
}
