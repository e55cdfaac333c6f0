namespace AlignmentBot.Conversations.Turns;

/// <summary>The queue between acknowledging an inbound request and running its turn (section "BackgroundTurns").</summary>
public sealed class BackgroundTurnsOptions
{
    public const string Section = "BackgroundTurns";

    /// <summary>Turns waiting to run before new ones are held back.</summary>
    public int Capacity { get; set; } = 1_000;

    /// <summary>
    /// Turns running at once. A turn mostly waits on storage and outbound HTTP (the platform's API), so many more
    /// than cores: with 32, replies to a burst of messages leave while earlier ones still wait for the network.
    /// </summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>
    /// How long an inbound request may wait for room in a full queue before the platform is told to retry later.
    /// Holding the acknowledgement briefly slows the sender down (back-pressure) instead of failing the request;
    /// Slack's 3-second and Teams' 15-second budgets leave room for it.
    /// </summary>
    public TimeSpan FullQueueWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Places beyond <see cref="Capacity"/> kept for work that must not be refused because its turn already ran
    /// (the answer to a Slack modal submission or a Teams card action). When these are taken too, such work waits
    /// for room instead of being dropped. 0 makes it wait at once.
    /// </summary>
    public int ReservedCapacity { get; set; } = 100;
}
