namespace AlignmentBot.Conversations.Turns;

/// <summary>Where a piece of held work got its place in the queue, so it is given back there.</summary>
internal enum QueuePlace
{
    /// <summary>Runs on its caller: it has no place to give back.</summary>
    None,

    /// <summary>One of <see cref="BackgroundTurnsOptions.Capacity"/>.</summary>
    Room,

    /// <summary>One of <see cref="BackgroundTurnsOptions.ReservedCapacity"/>.</summary>
    Reserve,
}
