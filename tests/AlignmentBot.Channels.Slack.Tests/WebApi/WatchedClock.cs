using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Channels.Slack.Tests.WebApi;

/// <summary>
/// A fake clock that also reports every wait started on it (a timer with a due time), so a test knows the code is
/// now waiting and for how long, and decides itself when that wait is over. Nothing moves unless the test advances it.
/// </summary>
internal sealed class WatchedClock : TimeProvider
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();
    private int _started;

    /// <summary>Waits started so far.</summary>
    public int WaitsStarted => Volatile.Read(ref _started);

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override long TimestampFrequency => _time.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _time.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Started(dueTime);
        return new Watched(_time.CreateTimer(callback, state, dueTime, period), this);
    }

    public void Advance(TimeSpan by) => _time.Advance(by);

    /// <summary>The next wait someone starts on this clock (or started already and nobody asked about yet).</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    private void Started(TimeSpan dueTime)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Increment(ref _started);
            _waits.Writer.TryWrite(dueTime);
        }
    }

    private sealed class Watched(ITimer inner, WatchedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Started(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
