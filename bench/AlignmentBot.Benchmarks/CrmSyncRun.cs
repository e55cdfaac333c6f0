using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using AlignmentBot.Application;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The two halves of bench/crm-sync.sh that are not the product's own command line: the HubSpot stand-in with a large
/// generated CRM (its own process, so the sync's resident set is measured alone), and the scorecard timed over what
/// the sync stored.
/// </summary>
internal static class CrmSyncRun
{
    /// <summary><c>crm-standin --contacts N --deals N --port P --token T</c>: serves until stopped (SIGTERM or Ctrl+C).</summary>
    public static async Task<int> StandInAsync(string[] args)
    {
        var contacts = Int(args, "--contacts", 100_000);
        var deals = Int(args, "--deals", 20_000);
        var port = Int(args, "--port", 29810);
        var token = Text(args, "--token") ?? "pat-bench";
        var anchor = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        var fixture = CrmFixtureGenerator.Generate(contacts, deals, anchor, 365, seed: 42);
        fixture.Changed();
        await using var hubspot = new HubSpotStandIn(fixture).WithToken(token);
        await hubspot.StartAsync(port);
        Console.WriteLine($"listening {hubspot.BaseUrl} with {contacts} contacts and {deals} deals (generated in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s)");

        var stop = new TaskCompletionSource();
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.TrySetResult();
        });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            stop.TrySetResult();
        });
        await stop.Task;
        Console.WriteLine($"served {hubspot.Searches} searches");
        return 0;
    }

    /// <summary><c>crm-scorecard --db FILE --workspace W --runs N</c>: the scorecard built N times after a warm-up; prints p50, p95 and max in ms.</summary>
    public static async Task<int> ScorecardAsync(string[] args)
    {
        var db = Text(args, "--db") ?? throw new ArgumentException("--db is required");
        var workspace = new WorkspaceId(Text(args, "--workspace") ?? "bench");
        var runs = Int(args, "--runs", 200);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddAlignmentApplication();
        services.AddAlignmentStorage(s => s.UseSqlite($"Data Source={db}"));
        await using var provider = services.BuildServiceProvider();
        var goals = provider.GetRequiredService<IGoalStore>();
        var time = provider.GetRequiredService<TimeProvider>();
        if ((await goals.ListAsync(workspace, default)).Count == 0)
        {
            await goals.SaveAsync(workspace, CrmDemoGoals.For(workspace, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), time.GetUtcNow()), default);
        }

        var scorecards = provider.GetRequiredService<ScorecardService>();
        var measurements = (await provider.GetRequiredService<ICrmSyncStore>().ListSyncedMeasurementsAsync(workspace, default)).Count;
        ScorecardView view = null!;
        for (var i = 0; i < 10; i++)
        {
            view = await scorecards.BuildAsync(workspace, default);
        }

        var samples = new double[runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            view = await scorecards.BuildAsync(workspace, default);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var cpuPerBuild = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;

        // The part of a build that reads the goals' measurements from the database, on its own.
        var store = provider.GetRequiredService<IMeasurementStore>();
        var active = await goals.ListAsync(workspace, default);
        var from = active.Min(g => g.StartDate).AddDays(-ScorecardService.LookbackDays);
        var inputs = active.SelectMany(g => AlignmentBot.Domain.Measurements.MetricCalculator.Inputs(g.Metric)).ToHashSet();
        var window = new AlignmentBot.Domain.Common.DateRange(from, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var rows = 0;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            rows = (await store.ListAsync(workspace, window, inputs, default)).Count;
        }

        var cpuPerRead = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scorecard over {measurements} synced daily measurements, {view.Scorecard.Lines.Count} goals, {runs} runs: p50 {samples[runs / 2]:0.00} ms, p95 {samples[(int)(runs * 0.95)]:0.00} ms, max {samples[^1]:0.00} ms; CPU {cpuPerBuild:0.00} ms per build, of which reading the {rows} measurements its goals need {cpuPerRead:0.00} ms"));
        Console.WriteLine(ScorecardTable.Render(view));
        return 0;
    }

    private static int Int(string[] args, string name, int fallback)
        => Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
