using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.Http;
using AlignmentBot.Integrations.Crm.HubSpot;
using AlignmentBot.Integrations.Crm.Salesforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Integrations.Crm;

public static class CrmIntegrationsServiceCollectionExtensions
{
    /// <summary>The HubSpot and Salesforce clients as <see cref="ICrmSource"/>s, configured from "Sync:HubSpot" and "Sync:Salesforce".</summary>
    public static IServiceCollection AddCrmIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<HubSpotOptions>(configuration.GetSection(HubSpotOptions.Section));
        services.Configure<SalesforceOptions>(configuration.GetSection(SalesforceOptions.Section));
        services.TryAddSingleton<RequestPacer>();
        AddClient<HubSpotClient>(services, sp => sp.GetRequiredService<IOptions<HubSpotOptions>>().Value.Timeout);
        AddClient<SalesforceClient>(services, sp => sp.GetRequiredService<IOptions<SalesforceOptions>>().Value.Timeout);
        AddClient<SalesforceAuthenticator>(services, sp => sp.GetRequiredService<IOptions<SalesforceOptions>>().Value.Timeout);
        services.AddSingleton<ICrmSource, HubSpotSource>();
        services.AddSingleton<ICrmSource, SalesforceSource>();
        return services;
    }

    // One long-lived client per CRM (the authenticator keeps sessions, the pacer spacing): its handler recycles pooled
    // connections every few minutes so DNS changes are still seen. Header values are never logged: they carry the tokens.
    private static void AddClient<T>(IServiceCollection services, Func<IServiceProvider, TimeSpan> timeout)
        where T : class
    {
        var name = typeof(T).Name;
        services.AddHttpClient(name, (sp, client) => client.Timeout = timeout(sp))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true);
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<T>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(name)));
    }
}
