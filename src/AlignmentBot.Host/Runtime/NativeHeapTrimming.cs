using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Host.Runtime;

public sealed class NativeHeapOptions
{
    public const string Section = "NativeHeap";

    /// <summary>The shortest interval allowed: a trim walks every arena, so more often than this costs more than it saves.</summary>
    public static readonly TimeSpan MinTrimInterval = TimeSpan.FromSeconds(1);

    /// <summary>The longest interval allowed; anything longer is as good as off.</summary>
    public static readonly TimeSpan MaxTrimInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// How often the web host hands the C library's freed memory back to the operating system (glibc's
    /// <c>malloc_trim</c>). <see cref="TimeSpan.Zero"/> turns it off. Without it, memory that the runtime's JIT,
    /// OpenSSL or SQLite freed stays in the process for good whenever it sits below memory still in use.
    /// </summary>
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>glibc's allocator, reached through <c>malloc_trim</c>; <see langword="null"/> from <see cref="TryOpen"/> on any
/// other C library (musl, macOS, Windows), where there is nothing to call.</summary>
internal sealed unsafe class GlibcHeap
{
    private readonly delegate* unmanaged<nuint, int> trim;

    private GlibcHeap(delegate* unmanaged<nuint, int> trim) => this.trim = trim;

    public static GlibcHeap? TryOpen()
    {
        // libc stays loaded for the life of the process, so the handle is never freed.
        return OperatingSystem.IsLinux()
               && NativeLibrary.TryLoad("libc.so.6", out var libc)
               && NativeLibrary.TryGetExport(libc, "malloc_trim", out var export)
            ? new GlibcHeap((delegate* unmanaged<nuint, int>)export)
            : null;
    }

    /// <summary>
    /// Walks every malloc arena and returns whole free pages to the kernel: the top of each arena, and, since glibc
    /// 2.8, free pages in the middle too (MADV_DONTNEED), which glibc never does by itself. True when it released any.
    /// </summary>
    public bool Trim() => trim(0) == 1;
}

/// <summary>
/// Every <see cref="NativeHeapOptions.TrimInterval"/>, gives the pages glibc holds free back to the kernel. The
/// runtime's JIT, OpenSSL (Slack signatures) and SQLite allocate and free many small blocks; glibc returns memory only
/// from the top of an arena, so after a burst (start-up, a warm-up of tiered compilation, a spike of traffic) the freed
/// blocks below live ones stay resident for the life of the process. Measured with the load harness on the echo host,
/// the arenas held 16 MB free against 7 MB in use, and trimming every 5 s took the peak resident set from 149–154 MB
/// to 138 MB (bench/README.md, Memory). A trim usually takes under 1 ms; it holds each arena's lock while it walks it.
/// </summary>
internal sealed class NativeHeapTrimmer : BackgroundService
{
    private static readonly TimeSpan SlowTrim = TimeSpan.FromMilliseconds(250);

    private readonly TimeSpan interval;
    private readonly Func<bool>? trim;
    private readonly TimeProvider time;
    private readonly ILogger<NativeHeapTrimmer> logger;
    private readonly TaskCompletionSource ticking = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long trims;
    private long released;

    public NativeHeapTrimmer(IOptions<NativeHeapOptions> options, TimeProvider time, ILogger<NativeHeapTrimmer> logger)
        : this(options.Value.TrimInterval, GlibcHeap.TryOpen() is { } heap ? heap.Trim : null, time, logger)
    {
    }

    internal NativeHeapTrimmer(TimeSpan interval, Func<bool>? trim, TimeProvider time, ILogger<NativeHeapTrimmer> logger)
    {
        this.interval = interval;
        this.trim = trim;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Trims done so far, and how many of them released memory.</summary>
    internal (long Trims, long Released) Counts => (Interlocked.Read(ref trims), Interlocked.Read(ref released));

    /// <summary>Completes once the interval timer runs (tests advance a fake clock only after that).</summary>
    internal Task Ticking => ticking.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (interval == TimeSpan.Zero)
        {
            logger.LogInformation("Native heap trimming is off ({Section}:TrimInterval is 0)", NativeHeapOptions.Section);
            return;
        }

        if (trim is null)
        {
            logger.LogDebug("Native heap trimming: this C library is not glibc, so there is no malloc_trim to call");
            return;
        }

        logger.LogDebug("Native heap trimming: freed C-library memory goes back to the OS every {Interval}", interval);
        using var timer = new PeriodicTimer(interval, time);
        ticking.TrySetResult();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var started = time.GetTimestamp();
            var freed = trim();
            var took = time.GetElapsedTime(started);
            Interlocked.Increment(ref trims);
            if (freed)
            {
                Interlocked.Increment(ref released);
            }

            if (took > SlowTrim)
            {
                logger.LogWarning("Native heap trim took {Milliseconds:F0} ms, holding each malloc arena while it ran; raise {Section}:TrimInterval or set it to 0 if this repeats",
                    took.TotalMilliseconds, NativeHeapOptions.Section);
            }
        }
    }
}

public static class NativeHeapServiceCollectionExtensions
{
    /// <summary>Periodic <c>malloc_trim</c> for the web host (<see cref="NativeHeapTrimmer"/>), validated at start.</summary>
    public static IServiceCollection AddNativeHeapTrimming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NativeHeapOptions>()
            .Bind(configuration.GetSection(NativeHeapOptions.Section))
            .Validate(o => o.TrimInterval == TimeSpan.Zero || (o.TrimInterval >= NativeHeapOptions.MinTrimInterval && o.TrimInterval <= NativeHeapOptions.MaxTrimInterval),
                $"{NativeHeapOptions.Section}:TrimInterval must be 00:00:00 (off) or from 00:00:01 to 01:00:00, e.g. \"00:00:05\".")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<NativeHeapTrimmer>();
        return services;
    }
}
