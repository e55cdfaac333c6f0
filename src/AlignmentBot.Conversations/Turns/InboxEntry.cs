namespace AlignmentBot.Conversations.Turns;

/// <summary>One row of the inbox: a piece of work as recorded, and how far it got.</summary>
/// <param name="WorkType">The <see cref="TurnWorkType.Name"/> of the work.</param>
/// <param name="Work">The work as JSON; null when it could not be recorded (its type has no JSON shape), so it cannot be resumed.</param>
public sealed record InboxEntry(TurnWorkKey Key, string WorkType, string? Work, DateTimeOffset ReceivedAt)
{
    /// <summary>Attempts that ended in a failure so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The stored answer's <see cref="TurnWorkType.Name"/>, once the turn has run.</summary>
    public string? AnswerType { get; init; }

    public string? Answer { get; init; }

    /// <summary>Reply steps recorded as delivered.</summary>
    public int Delivered { get; init; }
}
