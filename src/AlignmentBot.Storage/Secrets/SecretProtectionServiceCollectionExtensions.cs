using AlignmentBot.Application.Ports;
using AlignmentBot.Storage.Sql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Storage.Secrets;

public static class SecretProtectionServiceCollectionExtensions
{
    /// <summary>The name every instance and the command line share, so they derive the same keys (the default is the content root path, which differs).</summary>
    public const string ApplicationName = "AlignmentBot";

    /// <summary>
    /// Data Protection for stored secrets, with its key ring in the database, or in <paramref name="keysDirectory"/> when
    /// one is given (every instance must then share that directory).
    /// </summary>
    public static IServiceCollection AddSecretProtection(this IServiceCollection services, string? keysDirectory)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (!string.IsNullOrWhiteSpace(keysDirectory))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        }
        else
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new SqlXmlRepository(sp.GetRequiredService<IDbConnectionFactory>(), sp.GetService<TimeProvider>() ?? TimeProvider.System)));
        }

        // Data Protection's own hosted service reads (or creates) the key ring at start-up, bringing in the XML stack and
        // its allocations in every host; only a CRM connection's token needs it, so it is read on that first use instead.
        var eager = services.FirstOrDefault(d => d.ServiceType.FullName == "Microsoft.Extensions.Hosting.IHostedService"
            && d.ImplementationType?.Name == "DataProtectionHostedService");
        if (eager is not null)
        {
            services.Remove(eager);
        }

        services.TryAddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        return services;
    }
}
