using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// Many conversations at once, each turn sent to the next instance, every reply awaited (expectReplies). A turn is
/// lost when it gets an error or no reply; doubled when a retry of an earlier activity is answered again or the
/// conversation's state was written more often than it had turns.
/// </summary>
internal static class LoadRun
{
    /// <summary>Each conversation's turns: a new person says hello, picks a role, asks for help and the scorecard.</summary>
    private static readonly string?[] Script = ["hello", null, "help", "is marketing working?", "what can you do?"];

    public static int Turns => Script.Length;

    public static LoadSize Size => new(
        Number("ALIGNMENTBOT_LOAD_CONVERSATIONS", 60),
        Number("ALIGNMENTBOT_LOAD_CONCURRENCY", 24));

    public static async Task<LoadFigures> RunAsync(HttpClient http, IReadOnlyList<HostProcess> hosts, string run, LoadSize size)
    {
        // One conversation per instance first, outside the figures: the first turns of a process pay for JIT and the
        // language model's first use, which a running deployment has long paid.
        foreach (var host in hosts)
        {
            var warm = new WebChatClient(http, $"warmup-{run}-{host.Name}", $"warmup-{run}-{host.Name}");
            foreach (var text in Script)
            {
                await warm.SayAsync(host.BaseUrl, text ?? "Sales");
            }
        }

        var latencies = new ConcurrentBag<double>();
        var problems = new ConcurrentQueue<string>();
        var (errors, lost, doubled) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, size.Conversations), new ParallelOptions { MaxDegreeOfParallelism = size.Concurrency }, async (c, ct) =>
        {
            var chat = new WebChatClient(http, $"{run}-{c}", $"{run}-user-{c}", $"Load {c}");
            WebChatReply? previous = null;
            for (var t = 0; t < Script.Length; t++)
            {
                var host = hosts[(c + t) % hosts.Count];
                var id = $"{run}-{c}-{t}";
                var started = Stopwatch.GetTimestamp();
                WebChatReply reply;
                try
                {
                    reply = Script[t] is { } text
                        ? await chat.SayAsync(host.BaseUrl, text, id, ct)
                        : previous?.Button("Sales rep") is { } role ? await chat.PressAsync(host.BaseUrl, role, id, ct) : await chat.SayAsync(host.BaseUrl, "Sales", id, ct);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    problems.Enqueue($"{id} on {host.Name}: {ex.GetType().Name} {ex.Message}");
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!reply.Ok)
                {
                    Interlocked.Increment(ref errors);
                    problems.Enqueue($"{id} on {host.Name}: HTTP {reply.Status}");
                }
                else if (reply.Activities.Count == 0)
                {
                    Interlocked.Increment(ref lost);
                    problems.Enqueue($"{id} on {host.Name}: no reply");
                }

                previous = reply;
            }

            // The channel retries turn 2 (same activity id) and the retry lands on another instance: it must not run again.
            var retry = await chat.SayAsync(hosts[(c + 3) % hosts.Count].BaseUrl, Script[2]!, $"{run}-{c}-2", ct);
            if (!retry.Ok || retry.Activities.Count > 0)
            {
                Interlocked.Increment(ref doubled);
                problems.Enqueue($"{run}-{c}-2 retried: HTTP {retry.Status}, {retry.Activities.Count} replies");
            }
        });
        clock.Stop();

        var sorted = latencies.Order().ToArray();
        return new LoadFigures(size, hosts.Count, sorted.Length, clock.Elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length > 0 ? sorted[^1] : 0,
            errors, lost, doubled, problems.Take(20).ToArray());
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Number(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

internal sealed record LoadSize(int Conversations, int Concurrency);

internal sealed record LoadFigures(LoadSize Size, int Instances, int Turns, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs, int Errors, int Lost, int Doubled, IReadOnlyList<string> Problems)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Turns} turns in {Size.Conversations} conversations over {Instances} instances, {Size.Concurrency} at a time: {Elapsed.TotalSeconds:0.0} s, " +
        $"{TurnsPerSecond:0.0} turns/s, p50 {P50Ms:0} ms, p99 {P99Ms:0} ms, max {MaxMs:0} ms; errors {Errors}, lost {Lost}, doubled {Doubled}");
}
