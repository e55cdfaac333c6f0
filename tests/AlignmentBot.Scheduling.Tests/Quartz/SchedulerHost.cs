using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Quartz;

/// <summary>
/// The scheduling as the web host runs it — migrations at start-up, Quartz on the SQLite file, the digest jobs —
/// driven by a fake clock. Each instance is one process lifetime; start another on the same file to "restart".
/// </summary>
internal sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerHost(IHost host, FakeSender sender)
    {
        _host = host;
        Sender = sender;
    }

    public FakeSender Sender { get; }

    public IServiceProvider Services => _host.Services;

    public DigestSubscriptions Subscriptions => Services.GetRequiredService<DigestSubscriptions>();

    public static async Task<SchedulerHost> StartAsync(TempSqliteDatabase database, FakeTimeProvider time, FakeSender? sender = null, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddAlignmentStorage(s => s.UseSqlite(database.ConnectionString));
        builder.Services.AddDigestScheduling(builder.Configuration, jobs => jobs.UseSqlite(database.ConnectionString));
        sender ??= new FakeSender("slack");
        builder.Services.AddSingleton<IMessageSender>(sender);
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host, sender);
    }

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>Moves the fake clock forward a step at a time, giving Quartz's threads real time to react, until <paramref name="done"/> holds.</summary>
    public static async Task<bool> AdvanceUntilAsync(FakeTimeProvider time, Func<Task<bool>> done, TimeSpan step, int maxSteps = 240)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (await done())
            {
                return true;
            }

            time.Advance(step);
            await Task.Delay(25);
        }

        return await done();
    }

    /// <summary>Moves the clock on and lets the scheduler run, to show that nothing (more) happens.</summary>
    public static async Task IdleAsync(FakeTimeProvider time, TimeSpan step, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            time.Advance(step);
            await Task.Delay(15);
        }
    }
}
