using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>
/// Keeps the bot's own Connector traffic inside Teams' published limits, so a fan-out runs at the limit instead of
/// bouncing off 429s (msteams-docs bots/how-to/rate-limit.md): per conversation 7 sends a second, 8 per two seconds
/// and 60 per thirty seconds; per tenant the app's 50 requests a second (configurable). Each call reserves the
/// earliest moment every limit allows and waits for it without holding a lock, so a busy conversation or tenant
/// never delays another one. A conversation's windows are a sliding log of its reserved send times. A tenant's
/// second is cut into slots (20 ms at 50/s, a little longer with the headroom) holding one send each, so any second
/// holds at most 50 sends, and a conversation that must wait for its own window takes a slot at that later moment
/// without holding up the tenant's other conversations meanwhile. Teams' hourly limit (1,800 per conversation) is
/// left to 429 handling: no digest or dialog comes near it.
/// </summary>
internal sealed class ConnectorPacer
{
    /// <summary>Teams' per-bot, per-conversation limits for sending (and creating conversations).</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    internal static readonly WindowLimit[] ConversationLimits =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
    ];

    private readonly ConcurrentDictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TenantSlots> _tenants = new(StringComparer.Ordinal);
    private readonly long _slotTicks;
    private readonly TimeProvider _time;
    private readonly bool _enabled;
    private long _nextSweepTicks;

    public ConnectorPacer(IOptions<ConnectorPacingOptions> options, TimeProvider time)
    {
        // One slot per send, (1 s / rate) long, stretched by the headroom: 20 ms at 50 a second, 20.41 ms with 2%.
        var perSecond = (long)options.Value.PerTenantPerSecond;
        var share = 100L - options.Value.HeadroomPercent;
        _slotTicks = perSecond > 0 ? ((TimeSpan.TicksPerSecond * 100) + (perSecond * share) - 1) / (perSecond * share) : 0;
        _time = time;
        _enabled = options.Value.Enabled;
    }

    /// <summary>Waits until a send to <paramref name="conversation"/> in <paramref name="tenant"/> is allowed, and takes that slot.</summary>
    public async ValueTask WaitAsync(string? tenant, string? conversation, CancellationToken cancellationToken)
    {
        var delay = Reserve(tenant, conversation);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    /// <summary>
    /// How long the caller must wait; the send is recorded for the conversation and the tenant at the same moment. The
    /// conversation's earliest moment is worked out first and the tenant's first free slot from then on is taken.
    /// Locks are always taken conversation first, then tenant.
    /// </summary>
    public TimeSpan Reserve(string? tenant, string? conversation)
    {
        if (!_enabled)
        {
            return TimeSpan.Zero;
        }

        var now = _time.GetUtcNow();
        SweepIdle(now);
        var conversationLog = conversation is null ? null : _conversations.GetOrAdd(conversation, _ => new SendLog(ConversationLimits));
        var tenantSlots = tenant is null || _slotTicks == 0 ? null : _tenants.GetOrAdd(tenant, _ => new TenantSlots(_slotTicks));
        if (conversationLog is null)
        {
            return tenantSlots is null ? TimeSpan.Zero : tenantSlots.Take(now, now) - now;
        }

        lock (conversationLog)
        {
            var at = conversationLog.Earliest(now);
            if (tenantSlots is not null)
            {
                at = tenantSlots.Take(at, now);
            }

            conversationLog.Record(at);
            return at - now;
        }
    }

    /// <summary>Keys used only by single conversations would pile up: every 30 s, logs idle past their longest window are dropped.</summary>
    private void SweepIdle(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + SweepInterval.Ticks, due) != due)
        {
            return;
        }

        foreach (var entry in _conversations)
        {
            bool idle;
            lock (entry.Value)
            {
                idle = entry.Value.IsIdleAt(now);
            }

            // A racing caller that already holds this log records into it after removal; that conversation was
            // idle for 30 s, so the one send the new log misses cannot break a window.
            if (idle)
            {
                _conversations.TryRemove(entry);
            }
        }

        foreach (var entry in _tenants)
        {
            if (entry.Value.IsIdleAt(now))
            {
                _tenants.TryRemove(entry);
            }
        }
    }

    internal int TrackedKeys => _conversations.Count + _tenants.Count;

    internal readonly record struct WindowLimit(int Count, TimeSpan Window);

    /// <summary>
    /// The reserved send times of one key that can still matter, oldest first: at most the largest count, and none
    /// older than the longest window. Reservations never go backwards, so the list stays sorted. A key that sends
    /// rarely keeps one or two entries.
    /// </summary>
    private sealed class SendLog(WindowLimit[] limits)
    {
        private readonly int _capacity = limits.Max(l => l.Count);
        private readonly TimeSpan _longest = limits.Max(l => l.Window);
        private readonly List<DateTimeOffset> _sends = new(2);

        public DateTimeOffset Latest => _sends.Count == 0 ? DateTimeOffset.MinValue : _sends[^1];

        public bool IsIdleAt(DateTimeOffset now) => Latest + _longest <= now;

        public DateTimeOffset Earliest(DateTimeOffset notBefore)
        {
            var at = notBefore > Latest ? notBefore : Latest;
            foreach (var limit in limits)
            {
                if (_sends.Count >= limit.Count && _sends[^limit.Count] + limit.Window > at)
                {
                    at = _sends[^limit.Count] + limit.Window;
                }
            }

            return at;
        }

        public void Record(DateTimeOffset at)
        {
            var stale = 0;
            while (stale < _sends.Count && (_sends[stale] + _longest <= at || _sends.Count - stale >= _capacity))
            {
                stale++;
            }

            _sends.RemoveRange(0, stale);
            _sends.Add(at);
        }
    }

    /// <summary>
    /// A tenant's reserved sends, one per slot; slots start at whole multiples of the slot length, so a one-second
    /// window never holds more than the configured rate. Reservations may land in any order (a conversation waiting
    /// on its own window reserves ahead), so free slots before a later reservation stay usable.
    /// </summary>
    private sealed class TenantSlots(long slotTicks)
    {
        private readonly HashSet<long> _taken = [];
        private long _latest;

        public DateTimeOffset Take(DateTimeOffset notBefore, DateTimeOffset now)
        {
            lock (_taken)
            {
                var current = now.UtcTicks / slotTicks;
                if (_taken.Count > 1_024)
                {
                    _taken.RemoveWhere(slot => slot < current);
                }

                var slot = (notBefore.UtcTicks + slotTicks - 1) / slotTicks;
                while (!_taken.Add(slot))
                {
                    slot++;
                }

                _latest = Math.Max(_latest, slot);
                return new DateTimeOffset(slot * slotTicks, TimeSpan.Zero);
            }
        }

        public bool IsIdleAt(DateTimeOffset now)
        {
            lock (_taken)
            {
                return (_latest + 1) * slotTicks + TimeSpan.TicksPerSecond <= now.UtcTicks;
            }
        }
    }
}
