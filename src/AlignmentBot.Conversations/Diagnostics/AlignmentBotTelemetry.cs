using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AlignmentBot.Conversations.Diagnostics;

/// <summary>
/// The product's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named "AlignmentBot", and its
/// instruments. Each layer records where the thing happens; only the host decides whether anything listens
/// (docs/observability.md). With no listener an instrument or <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// costs a flag check and nothing is allocated.
/// </summary>
public static class AlignmentBotTelemetry
{
    public const string Name = "AlignmentBot";

    public const string ChannelTag = "alignmentbot.channel";
    public const string IntentTag = "alignmentbot.intent";
    public const string OutcomeTag = "alignmentbot.outcome";
    public const string PlatformTag = "alignmentbot.platform";
    public const string OperationTag = "alignmentbot.operation";
    public const string StatusTag = "http.response.status_code";
    public const string StateTag = "alignmentbot.state";
    public const string KindTag = "alignmentbot.turn.kind";
    public const string SourceTag = "alignmentbot.sync.source";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>Turns run, by channel, intent and outcome (ok, failed, cancelled).</summary>
    public static Counter<long> Turns { get; } = Meter.CreateCounter<long>("alignmentbot.turns", "{turn}", "Turns run, by channel, intent and outcome.");

    /// <summary>How long the bot took for a turn (not the delivery of its answer), by channel, intent and outcome.</summary>
    public static Histogram<double> TurnDuration { get; } = Meter.CreateHistogram<double>("alignmentbot.turn.duration", "s", "Time the bot took for one turn.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>Inbound activities seen before (a platform retry), by channel.</summary>
    public static Counter<long> DuplicatesDropped { get; } = Meter.CreateCounter<long>("alignmentbot.inbound.duplicates", "{activity}", "Inbound activities dropped as repeats of one already handled.");

    /// <summary>Calls to Slack's Web API or the Bot Connector, one per HTTP attempt, by platform, operation and status code (0: no answer).</summary>
    public static Counter<long> OutboundCalls { get; } = Meter.CreateCounter<long>("alignmentbot.outbound.calls", "{call}", "HTTP calls to Slack or the Bot Connector, one per attempt.");

    /// <summary>429 answers from a platform, by platform and operation.</summary>
    public static Counter<long> OutboundThrottled { get; } = Meter.CreateCounter<long>("alignmentbot.outbound.throttled", "{call}", "HTTP 429 answers from Slack or the Bot Connector.");

    /// <summary>Attempts made again after a 429, a 5xx or a connection failure, by platform and operation.</summary>
    public static Counter<long> OutboundRetries { get; } = Meter.CreateCounter<long>("alignmentbot.outbound.retries", "{call}", "Calls to Slack or the Bot Connector made again after a failure.");

    /// <summary>Digest deliveries that reached a final state for this attempt, by state (sent, failed, skipped).</summary>
    public static Counter<long> DigestDeliveries { get; } = Meter.CreateCounter<long>("alignmentbot.digest.deliveries", "{delivery}", "Weekly digest deliveries, by state.");

    /// <summary>CRM sync runs as each ends, by source (hubspot, salesforce) and outcome (succeeded, failed, interrupted, skipped).</summary>
    public static Counter<long> SyncRuns { get; } = Meter.CreateCounter<long>("alignmentbot.sync.runs", "{run}", "CRM sync runs, by source and outcome.");

    /// <summary>Check-in reminders by how their post ended (sent, failed, uncertain, released), as <see cref="DigestDeliveries"/>.</summary>
    public static Counter<long> ReminderDeliveries { get; } = Meter.CreateCounter<long>("alignmentbot.reminder.deliveries", "{delivery}", "Reminder deliveries, by state.");

    private static readonly Readings<int> QueueDepths = new();
    private static readonly Readings<double> InboxAges = new();

    /// <summary>Items waiting in the background queue (reserve included), read when a reader collects.</summary>
    public static ObservableGauge<int> QueueDepth { get; } = Meter.CreateObservableGauge("alignmentbot.queue.depth", () => QueueDepths.Read(Enumerable.Sum), "{item}", "Turns and deliveries waiting in the background queue.");

    /// <summary>How long the oldest unfinished message this process holds has waited since it arrived, read when a reader collects.</summary>
    public static ObservableGauge<double> InboxAge { get; } = Meter.CreateObservableGauge("alignmentbot.inbox.age", () => InboxAges.Read(a => a.DefaultIfEmpty(0).Max()), "s", "Age of the oldest unfinished inbox item this process holds.");

    /// <summary>Adds a queue to <see cref="QueueDepth"/> until the result is disposed.</summary>
    public static IDisposable ObserveQueueDepth(Func<int> depth) => QueueDepths.Add(depth);

    /// <summary>Adds a queue's oldest unfinished item, in seconds (0 when it holds none), to <see cref="InboxAge"/> until the result is disposed.</summary>
    public static IDisposable ObserveInboxAge(Func<double> ageSeconds) => InboxAges.Add(ageSeconds);

    /// <summary>Callbacks of live queues, each read under one lock when a reader collects.</summary>
    private sealed class Readings<T>
    {
        private readonly List<Func<T>> _sources = [];

        public IDisposable Add(Func<T> source)
        {
            lock (_sources)
            {
                _sources.Add(source);
            }

            return new Unregister(this, source);
        }

        public T Read(Func<IEnumerable<T>, T> combine)
        {
            lock (_sources)
            {
                return combine(_sources.Select(s => s()).ToList());
            }
        }

        private sealed class Unregister(Readings<T> readings, Func<T> source) : IDisposable
        {
            public void Dispose()
            {
                lock (readings._sources)
                {
                    readings._sources.Remove(source);
                }
            }
        }
    }

    public static void RecordDuplicate(string channelId)
        => DuplicatesDropped.Add(1, new KeyValuePair<string, object?>(ChannelTag, channelId));

    /// <param name="status">The HTTP status code, or 0 when no answer came (a connection failure or a timeout).</param>
    public static void RecordOutboundCall(string platform, string operation, int status)
    {
        var tags = new TagList { { PlatformTag, platform }, { OperationTag, operation }, { StatusTag, status } };
        OutboundCalls.Add(1, tags);
        if (status == 429)
        {
            OutboundThrottled.Add(1, new KeyValuePair<string, object?>(PlatformTag, platform), new KeyValuePair<string, object?>(OperationTag, operation));
        }
    }

    public static void RecordOutboundRetry(string platform, string operation)
        => OutboundRetries.Add(1, new KeyValuePair<string, object?>(PlatformTag, platform), new KeyValuePair<string, object?>(OperationTag, operation));

    public static void RecordDigestDelivery(string state)
        => DigestDeliveries.Add(1, new KeyValuePair<string, object?>(StateTag, state));

    public static void RecordSyncRun(string source, string outcome)
        => SyncRuns.Add(1, new KeyValuePair<string, object?>(SourceTag, source), new KeyValuePair<string, object?>(OutcomeTag, outcome));

    public static void RecordReminderDelivery(string state)
        => ReminderDeliveries.Add(1, new KeyValuePair<string, object?>(StateTag, state));
}
