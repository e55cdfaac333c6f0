using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Support;

/// <summary>
/// One host process running the scheduling as the web host does (Quartz with the digest and reminder jobs), driven by a
/// fake clock. Subclasses choose the storage and the senders; disposing stops the process.
/// </summary>
internal abstract class QuartzTestHost(IHost host) : IAsyncDisposable
{
    public IServiceProvider Services => host.Services;

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    /// <summary>
    /// Builds and starts the process: <paramref name="settings"/>, logging and <paramref name="time"/>, then
    /// <paramref name="storage"/>, the scheduling with <paramref name="jobs"/> as Quartz's store, then <paramref name="senders"/>.
    /// </summary>
    protected static async Task<IHost> StartHostAsync(TimeProvider time, Dictionary<string, string?>? settings,
        Action<IServiceCollection> storage, Action<DigestJobStoreBuilder> jobs, Action<IServiceCollection> senders)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        storage(builder.Services);
        builder.Services.AddDigestScheduling(builder.Configuration, jobs);
        senders(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
