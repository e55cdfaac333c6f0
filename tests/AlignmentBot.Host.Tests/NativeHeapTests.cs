using System.Globalization;
using System.Runtime.InteropServices;
using AlignmentBot.Host.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Host.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeHeapCollection
{
    /// <summary>Alone: the glibc test reads the process's resident set, which other tests would move.</summary>
    public const string Name = "native heap";
}

[Collection(NativeHeapCollection.Name)]
public sealed class NativeHeapTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public unsafe void GlibcTrim_ReturnsFreedBlocksThatSitBelowLiveOnes_WhichFreeAloneNeverDoes()
    {
        var heap = GlibcHeap.TryOpen();
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(heap); // nothing to call, so the trimmer stays idle
            return;
        }

        Assert.NotNull(heap); // this suite runs on Debian's glibc

        // 64 MB in 4 KB blocks, every page touched; then free all but every 32nd block, so each freed run sits below a
        // live block and glibc's own top-of-arena trimming cannot reach it.
        const int BlockSize = 4096, Blocks = 16_384, KeepEvery = 32;
        var blocks = new nint[Blocks];
        try
        {
            for (var i = 0; i < Blocks; i++)
            {
                var block = NativeMemory.Alloc(BlockSize);
                new Span<byte>(block, BlockSize).Fill(0x5A);
                blocks[i] = (nint)block;
            }

            var allocated = ResidentBytes();
            for (var i = 0; i < Blocks; i++)
            {
                if (i % KeepEvery != KeepEvery - 1)
                {
                    NativeMemory.Free((void*)blocks[i]);
                    blocks[i] = 0;
                }
            }

            var freed = ResidentBytes();
            var released = heap.Trim();
            var trimmed = ResidentBytes();

            Assert.True(freed > allocated - (32 * MB), $"free() alone gave back {(allocated - freed) / MB} MB of the 62 MB freed; glibc used to keep it");
            Assert.True(released, "malloc_trim reported that it released nothing");
            Assert.True(trimmed < freed - (32 * MB), $"the trim gave back only {(freed - trimmed) / MB} MB of the 62 MB freed");
        }
        finally
        {
            foreach (var block in blocks)
            {
                NativeMemory.Free((void*)block);
            }
        }
    }

    [Fact]
    public async Task Trimmer_TrimsOncePerInterval_AndStopsWithTheHost()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var trimmedAt = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        using var trimmer = new NativeHeapTrimmer(TimeSpan.FromSeconds(5), () =>
        {
            trimmedAt.Enqueue(time.GetUtcNow());
            return trimmedAt.Count % 2 == 1;
        }, time, NullLogger<NativeHeapTrimmer>.Instance);
        await trimmer.StartAsync(CancellationToken.None);
        await trimmer.Ticking.WaitAsync(TimeSpan.FromSeconds(10));

        // Each trim records the fake clock it ran at; the clock stands still until the trim is seen, so a trim that
        // came early (at 4.9 s) or twice would show as a wrong or an extra time below.
        time.Advance(TimeSpan.FromSeconds(4.9));
        time.Advance(TimeSpan.FromSeconds(0.1));
        await WaitFor(() => !trimmedAt.IsEmpty);
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitFor(() => trimmedAt.Count >= 2);
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitFor(() => trimmedAt.Count >= 3);

        // Once stopped, the loop that trims has ended: nothing can trim any more, however far the clock moves.
        await trimmer.StopAsync(CancellationToken.None);
        Assert.True(trimmer.ExecuteTask!.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([start.AddSeconds(5), start.AddSeconds(10), start.AddSeconds(15)], trimmedAt);
        Assert.Equal((3L, 2L), trimmer.Counts); // the fake released on the first and third
    }

    [Theory]
    [InlineData(true)] // NativeHeap:TrimInterval = 0
    [InlineData(false)] // not glibc
    public async Task Trimmer_OffOrWithoutGlibc_NeverTrims_AndSaysWhy(bool configuredOff)
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var logs = new ListLogger();
        using var trimmer = new NativeHeapTrimmer(
            configuredOff ? TimeSpan.Zero : TimeSpan.FromSeconds(5),
            configuredOff ? () => ++calls > 0 : null,
            time,
            logs);

        await trimmer.StartAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await trimmer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, calls);
        Assert.Equal((0L, 0L), trimmer.Counts);
        Assert.Contains(logs.Messages, m => m.Contains(configuredOff ? "TrimInterval is 0" : "not glibc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trimmer_ASlowTrim_IsLoggedAsAWarning_AndTrimmingGoesOn()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var logs = new ListLogger();
        using var trimmer = new NativeHeapTrimmer(TimeSpan.FromSeconds(5), () =>
        {
            // The trimmer times each trim on its clock: this one takes 300 ms of it, over the 250 ms that count as slow.
            time.Advance(TimeSpan.FromMilliseconds(300));
            Interlocked.Increment(ref calls);
            return true;
        }, time, logs);
        await trimmer.StartAsync(CancellationToken.None);
        await trimmer.Ticking.WaitAsync(TimeSpan.FromSeconds(10));

        time.Advance(TimeSpan.FromSeconds(5));
        await WaitFor(() => logs.Warnings.Count == 1);
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitFor(() => Volatile.Read(ref calls) == 2);

        Assert.Contains("NativeHeap:TrimInterval", logs.Warnings[0], StringComparison.Ordinal);
        await trimmer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WebHost_TrimsEveryFiveSecondsByDefault()
    {
        await using var factory = new HostFactory();
        using var client = factory.CreateClient();

        Assert.Equal(TimeSpan.FromSeconds(5), factory.Services.GetRequiredService<IOptions<NativeHeapOptions>>().Value.TrimInterval);
        Assert.Single(factory.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>());
    }

    [Theory]
    [InlineData("00:00:00.500")]
    [InlineData("-00:00:05")]
    [InlineData("02:00:00")]
    [InlineData("soon")]
    public async Task AHost_RefusesToStart_OnATrimIntervalOutOfRange_AndNamesTheSetting(string interval)
    {
        using var host = HostWith(interval);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("NativeHeap:TrimInterval", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:01")]
    [InlineData("01:00:00")]
    public async Task AHost_AcceptsOffAndIntervalsInRange(string interval)
    {
        using var host = HostWith(interval);

        await host.StartAsync();

        Assert.Equal(TimeSpan.Parse(interval, CultureInfo.InvariantCulture), host.Services.GetRequiredService<IOptions<NativeHeapOptions>>().Value.TrimInterval);
        await host.StopAsync();
    }

    private static IHost HostWith(string interval)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["NativeHeap:TrimInterval"] = interval;
        builder.Services.AddNativeHeapTrimming(builder.Configuration);
        return builder.Build();
    }

    private static long ResidentBytes()
        => long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "timed out waiting for the trimmer");
    }

    private sealed class ListLogger : ILogger<NativeHeapTrimmer>
    {
        private readonly List<(LogLevel Level, string Message)> entries = [];

        public IReadOnlyList<string> Messages { get { lock (entries) { return entries.Select(e => e.Message).ToList(); } } }

        public IReadOnlyList<string> Warnings { get { lock (entries) { return entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList(); } } }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (entries)
            {
                entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
