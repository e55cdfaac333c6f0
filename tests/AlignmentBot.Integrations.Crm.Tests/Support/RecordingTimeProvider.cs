namespace AlignmentBot.Integrations.Crm.Tests.Support;

/// <summary>
/// Real time moved on by <see cref="Advance"/>, where every wait (Task.Delay through this provider) ends at once and is
/// recorded: a test can see what the client waited for, and let a lease expire, without waiting.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits)
        {
            _waits.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
