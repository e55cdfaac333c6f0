using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace AlignmentBot.Scheduling;

public static class DigestSchedulingServiceCollectionExtensions
{
    public const string SchedulerName = "AlignmentBot";

    /// <summary>
    /// Weekly digests, scheduled by Quartz hosted in the app: <c>services.AddDigestScheduling(configuration, jobs =&gt; jobs.UseSqlite(cs))</c>,
    /// or <c>jobs.UsePostgres(cs)</c> for a cluster of instances.
    /// Registers the digest use cases too. The scheduler only runs when the host is started (the web host);
    /// command-line commands use the same services without starting it.
    /// </summary>
    public static IServiceCollection AddDigestScheduling(this IServiceCollection services, IConfiguration configuration, Action<DigestJobStoreBuilder> jobStore)
    {
        var store = new DigestJobStoreBuilder();
        jobStore(store);
        if (store.Apply is null)
        {
            throw new InvalidOperationException("Choose where digest triggers are kept, e.g. jobs.UseSqlite(\"Data Source=alignmentbot.db\").");
        }

        var section = configuration.GetSection(DigestOptions.Section);
        services.AddDigests();
        services.AddReminders();
        services.Configure<DigestOptions>(section);
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.Configure<DigestSchedulingOptions>(configuration.GetSection(DigestSchedulingOptions.Section));
        var sends = (section.Get<DigestOptions>() ?? new DigestOptions()).MaxConcurrentSendsTotal;
        var scheduling = section.Get<DigestSchedulingOptions>() ?? new DigestSchedulingOptions();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = SchedulerName);

            // Each send slot can hold a digest job; one more each for the maintenance job, the CRM sync and the reminder job.
            q.UseDefaultThreadPool(Math.Max(4, sends + 3));
            store.Apply(q, scheduling);
        });
        services.AddQuartzHostedService(o =>
        {
            // Start firing only once the app (migrations, web server) is up; let running posts finish on shutdown.
            o.AwaitApplicationStarted = true;
            o.WaitForJobsToComplete = true;
        });

        services.TryAddTransient<DigestJob>();
        services.TryAddTransient<DigestMaintenanceJob>();
        services.TryAddTransient<ReminderJob>();
        services.TryAddSingleton<QuartzDigestScheduler>();
        services.Replace(ServiceDescriptor.Singleton<IDigestScheduler>(sp => sp.GetRequiredService<QuartzDigestScheduler>()));
        services.AddHostedService<DigestSchedulerStartup>();
        services.AddHostedService<ReminderSchedulerStartup>();
        return services;
    }
}
