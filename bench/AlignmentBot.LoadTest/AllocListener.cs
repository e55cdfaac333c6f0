using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace AlignmentBot.LoadTest;

/// <summary>
/// ALLOC_TOP=1: the runtime's allocation ticks (one event per ~100 KB allocated, with the type that crossed the
/// line), summed by type, so the echo host can say what its requests allocate without a profiler.
/// </summary>
internal sealed class AllocListener : EventListener
{
    private const long TickBytes = 100_000;

    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword; ticks are verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } p)
        {
            var name = (string?)p[e.PayloadNames!.IndexOf("TypeName")] ?? "?";
            _bytes.AddOrUpdate(name, TickBytes, (_, v) => v + TickBytes);
        }
    }

    public string Top(int n) => string.Join("\n", _bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => $"{kv.Value / 1_000_000.0,8:0.0} MB {kv.Key}"));
}
