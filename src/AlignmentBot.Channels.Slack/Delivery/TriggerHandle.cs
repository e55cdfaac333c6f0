namespace AlignmentBot.Channels.Slack.Delivery;

/// <summary>A trigger_id: single use and valid for 3 seconds, so it is taken once and only while fresh.</summary>
internal sealed class TriggerHandle(string id, DateTimeOffset receivedAt)
{
    /// <summary>Leaves time for the views.open call itself inside Slack's 3 seconds.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2.5);

    private int _taken;

    public string Id { get; } = id;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public bool TryTake(DateTimeOffset now) => now - ReceivedAt < Freshness && Interlocked.Exchange(ref _taken, 1) == 0;
}
