namespace AlignmentBot.Conversations.Turns;

public sealed class BackgroundTurnsOptions
{
    /// <summary>Turns waiting to run before new ones are refused.</summary>
    public int Capacity { get; set; } = 1_000;

    /// <summary>Turns running at once. Turns are mostly I/O (storage, outbound HTTP), so a few per core.</summary>
    public int Concurrency { get; set; } = Math.Max(4, Environment.ProcessorCount * 4);
}
