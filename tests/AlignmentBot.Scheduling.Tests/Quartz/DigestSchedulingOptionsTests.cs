using AlignmentBot.Application.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Scheduling.Tests.Quartz;

public sealed class DigestSchedulingOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDigestScheduling(configuration, jobs => jobs.UseInMemoryStore());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDigestScheduling_DigestsSection_IsBoundWithListsReplacingTheDefaults()
    {
        using var services = Build(new()
        {
            ["Digests://"] = "comments are ignored",
            ["Digests:GracePeriod"] = "06:00:00",
            ["Digests:RetryDelays:0"] = "00:00:30",
            ["Digests:RetryDelays:1"] = "00:02:00",
            ["Digests:MaxConcurrentSends"] = "4",
            ["Digests:SchedulerEnabled"] = "false",
            ["Digests:MaintenanceInterval"] = "00:05:00",
        });

        var options = services.GetRequiredService<IOptions<DigestOptions>>().Value;
        var scheduling = services.GetRequiredService<IOptions<DigestSchedulingOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(6), options.GracePeriod);
        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)], options.Retries);
        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(4, options.MaxConcurrentSends);
        Assert.Equal((false, TimeSpan.FromMinutes(5)), (scheduling.SchedulerEnabled, scheduling.MaintenanceInterval));
    }

    [Fact]
    public void AddDigestScheduling_NothingConfigured_SensibleDefaults()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<DigestOptions>>().Value;

        Assert.Equal(TimeSpan.FromHours(12), options.GracePeriod);
        Assert.Equal(DigestOptions.DefaultRetryDelays, options.Retries);
        Assert.Equal(5, options.MaxAttempts);
    }

    [Fact]
    public void AddDigestScheduling_LeaseShorterThanTheSendTimeout_IsRefusedWithTheReason()
    {
        using var services = Build(new() { ["Digests:SendTimeout"] = "00:05:00", ["Digests:SendingLease"] = "00:01:00" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DigestOptions>>().Value);

        Assert.Contains("Digests:SendingLease must be longer than Digests:SendTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDigestScheduling_NoJobStoreChosen_SaysWhatToDo()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddDigestScheduling(new ConfigurationBuilder().Build(), _ => { }));

        Assert.Contains("jobs.UseSqlite", error.Message, StringComparison.Ordinal);
    }
}
