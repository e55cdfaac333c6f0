using System.Text.RegularExpressions;
using AlignmentBot.Channels.Teams.Configuration;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>
/// The Teams app id and the identity settings around it agree with each other: a GUID that is not a placeholder, a
/// tenant when the app type needs one (and none it would ignore), a token endpoint for that tenant.
/// </summary>
internal static partial class TeamsAppIdCheck
{
    public const string Name = "Teams app id";

    public static DoctorResult Run(BotFrameworkOptions? options)
    {
        if (options is null)
        {
            return DoctorResult.Skip(Name, "not checked: the Bot Framework settings cannot be read (see Configuration)");
        }

        if (!options.AuthenticationEnabled)
        {
            return DoctorResult.Skip(Name, "not set (Teams is off)");
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out var appId))
        {
            return DoctorResult.Fail(Name, "MicrosoftAppId is not a GUID", "copy the Microsoft App ID from the Azure Bot's Configuration page; it is the application (client) id of its app registration");
        }

        if (appId == Guid.Empty)
        {
            return DoctorResult.Fail(Name, "MicrosoftAppId is the all-zero placeholder", "copy the Microsoft App ID from the Azure Bot's Configuration page");
        }

        var tenant = options.MicrosoftAppTenantId?.Trim();
        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant or BotAppType.UserAssignedMSI when string.IsNullOrEmpty(tenant):
                return DoctorResult.Fail(Name, $"MicrosoftAppType is {options.MicrosoftAppType} but MicrosoftAppTenantId is empty", "set MicrosoftAppTenantId to the directory (tenant) id on the Azure Bot's Configuration page");
            case BotAppType.SingleTenant or BotAppType.UserAssignedMSI when !Guid.TryParse(tenant, out _) && !DomainName().IsMatch(tenant!):
                return DoctorResult.Fail(Name, "MicrosoftAppTenantId is neither a GUID nor a domain name", "set MicrosoftAppTenantId to the directory (tenant) id on the Azure Bot's Configuration page");
            case BotAppType.MultiTenant when !string.IsNullOrEmpty(tenant):
                return DoctorResult.Fail(Name, "MicrosoftAppTenantId is set but MicrosoftAppType is MultiTenant, which ignores it",
                    "set MicrosoftAppType to the Azure Bot's type (SingleTenant for every bot created since multi-tenant bots were retired), or remove MicrosoftAppTenantId");
        }

        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint) && !string.IsNullOrEmpty(tenant) && Guid.TryParse(tenant, out var tenantId)
            && TenantInUrl().Match(options.TokenEndpoint) is { Success: true } inUrl && Guid.TryParse(inUrl.Groups["tenant"].Value, out var urlTenant) && urlTenant != tenantId)
        {
            return DoctorResult.Fail(Name, "BotFramework:TokenEndpoint names a different tenant than MicrosoftAppTenantId", "remove BotFramework:TokenEndpoint (the default follows MicrosoftAppTenantId) or make the two agree");
        }

        var note = options.MicrosoftAppType switch
        {
            BotAppType.MultiTenant => "; Azure no longer creates MultiTenant bots, so make sure the Azure Bot says MultiTenant too",
            BotAppType.UserAssignedMSI when !string.IsNullOrEmpty(options.MicrosoftAppPassword) => "; MicrosoftAppPassword is set but a managed identity does not use it",
            _ => "",
        };
        return DoctorResult.Pass(Name, $"{appId:D} ({options.MicrosoftAppType}{(string.IsNullOrEmpty(tenant) ? "" : $", tenant {tenant}")}){note}; teams-package --app-id takes the same id");
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    [GeneratedRegex(@"/(?<tenant>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/", RegexOptions.CultureInvariant)]
    private static partial Regex TenantInUrl();
}
