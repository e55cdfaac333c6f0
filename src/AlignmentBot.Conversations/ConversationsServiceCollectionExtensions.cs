using AlignmentBot.Conversations.State;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Shared turn plumbing for every channel: the turn runner, dedupe, the background queue and its inbox (in memory
    /// until a storage provider replaces it). Defaults use TryAdd so
    /// hosts and tests can replace them.
    /// </summary>
    public static IServiceCollection AddConversationCore(this IServiceCollection services)
    {
        services.AddOptions<BackgroundTurnsOptions>()
            .Validate(o => o.Capacity > 0 && o.Concurrency > 0 && o.FullQueueWait >= TimeSpan.Zero && o.FullQueueWait <= TimeSpan.FromSeconds(2),
                $"{BackgroundTurnsOptions.Section}: Capacity and Concurrency must be positive and FullQueueWait between 0 and 2 seconds (Slack answers within 3).")
            .Validate(o => o.ReservedCapacity >= 0, $"{BackgroundTurnsOptions.Section}:ReservedCapacity must be 0 or more (default 100).")
            .ValidateOnStart();
        services.AddOptions<TurnRunnerOptions>()
            .Validate(o => o.SlowTurn > TimeSpan.Zero, $"{TurnRunnerOptions.Section}:SlowTurn must be a positive time, e.g. 00:00:10.")
            .Validate(o => o.LateAnswerAfter > TimeSpan.Zero && o.StorageNoticeAfter >= TimeSpan.Zero, $"{TurnRunnerOptions.Section}: LateAnswerAfter must be a positive time (default 00:01:00) and StorageNoticeAfter 0 or more (default 00:00:05).")
            .ValidateOnStart();
        services.AddOptions<InboxOptions>()
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(1) && o.SweepInterval > TimeSpan.Zero && o.MaxAttempts >= 1 && o.RetryDelay > TimeSpan.Zero
                    && o.MaxRetryDelay >= o.RetryDelay && o.DrainTimeout >= TimeSpan.Zero && o.Retention >= TimeSpan.FromMinutes(10),
                $"{InboxOptions.Section}: Lease at least 00:00:01, SweepInterval and RetryDelay positive, MaxRetryDelay at least RetryDelay, MaxAttempts at least 1, DrainTimeout 0 or more, Retention at least 00:10:00 (Slack retries for minutes).")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInboundDeduplicator, MemoryInboundDeduplicator>();
        services.TryAddSingleton<IStorageFaults, TransientDatabaseFaults>();
        services.TryAddSingleton<ITurnInbox, MemoryTurnInbox>();
        services.TryAddSingleton<TurnWorkTypes>();
        services.TryAddSingleton<IInstallationEvents, LoggedInstallationEvents>();
        services.TryAddSingleton<ITurnRunner, TurnRunner>();
        if (!services.Any(d => d.ServiceType == typeof(BackgroundTurns)))
        {
            services.AddSingleton<BackgroundTurns>();
            services.AddSingleton<IBackgroundTurns>(sp => sp.GetRequiredService<BackgroundTurns>());
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<BackgroundTurns>());
        }

        return services;
    }

    /// <summary>
    /// The size-limited cache for conversation state (<see cref="StateCacheOptions"/>), validated at start-up. Added by
    /// the storage registration, which puts <see cref="CachedConversationStateStore"/> in front of the real store.
    /// </summary>
    public static IServiceCollection AddStateCache(this IServiceCollection services)
    {
        services.AddOptions<StateCacheOptions>()
            .Validate(o => o.MaxMegabytes > 0, $"{StateCacheOptions.Section}:MaxMegabytes must be a positive number of megabytes.")
            .ValidateOnStart();
        services.TryAddSingleton<ConversationStateCache>();
        return services;
    }
}
