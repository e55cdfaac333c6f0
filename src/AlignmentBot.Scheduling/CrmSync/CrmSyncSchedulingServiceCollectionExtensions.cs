using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Scheduling.CrmSync;

public static class CrmSyncSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The CRM sync on the digests' Quartz scheduler (call after <c>AddDigestScheduling</c>): every Sync:Interval for
    /// every connected workspace, and "sync now" as a one-off job. In a PostgreSQL cluster each firing runs on one instance.
    /// </summary>
    public static IServiceCollection AddCrmSyncScheduling(this IServiceCollection services)
    {
        services.TryAddTransient<CrmSyncJob>();
        services.TryAddSingleton<InlineCrmSyncTrigger>();
        services.Replace(ServiceDescriptor.Singleton<ICrmSyncTrigger, QuartzCrmSyncTrigger>());
        services.AddHostedService<CrmSyncSchedulerStartup>();
        return services;
    }
}
