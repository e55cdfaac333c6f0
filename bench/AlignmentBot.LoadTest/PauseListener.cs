using System.Diagnostics.Tracing;

namespace AlignmentBot.LoadTest;

/// <summary>
/// PAUSES=1: every stop-the-world pause of the runtime (from suspending the threads to letting them go again), and the
/// thread pool's starvation injections, so a latency tail can be told apart from a garbage collector's pause or a pool
/// that ran out of threads without a profiler.
/// </summary>
internal sealed class PauseListener : EventListener
{
    private readonly object _gate = new();
    private readonly List<double> _pauses = [];
    private DateTime? _suspendedAt;
    private int _starvation;
    private int _gen2;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)(0x1 | 0x10000)); // GC, thread pool
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        switch (e.EventName)
        {
            case "GCSuspendEEBegin_V1":
                lock (_gate)
                {
                    _suspendedAt = e.TimeStamp;
                }

                break;
            case "GCRestartEEEnd_V1":
                lock (_gate)
                {
                    if (_suspendedAt is { } at)
                    {
                        _pauses.Add((e.TimeStamp - at).TotalMilliseconds);
                    }

                    _suspendedAt = null;
                }

                break;
            case "GCStart_V2" when e.Payload is { } p && Convert.ToInt32(p[e.PayloadNames!.IndexOf("Depth")], System.Globalization.CultureInfo.InvariantCulture) == 2:
                Interlocked.Increment(ref _gen2);
                break;
            case "ThreadPoolWorkerThreadAdjustmentAdjustment" when e.Payload is { } p && Convert.ToInt32(p[e.PayloadNames!.IndexOf("Reason")], System.Globalization.CultureInfo.InvariantCulture) == 6:
                Interlocked.Increment(ref _starvation);
                break;
        }
    }

    public string Summary()
    {
        lock (_gate)
        {
            var sorted = _pauses.Order().ToArray();
            double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
            return $"pauses: {sorted.Length} ({_gen2} gen2), total {sorted.Sum():0} ms, p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]):0.0} ms, "
                + $"over 10 ms {sorted.Count(p => p > 10)}, over 50 ms {sorted.Count(p => p > 50)}; thread pool starvation injections: {_starvation}; "
                + $"threads now {ThreadPool.ThreadCount}";
        }
    }
}
