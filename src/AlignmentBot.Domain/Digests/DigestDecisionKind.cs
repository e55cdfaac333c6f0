namespace AlignmentBot.Domain.Digests;

public enum DigestDecisionKind
{
    /// <summary>No occurrence since the subscription started or was last rescheduled.</summary>
    NotDue,

    /// <summary>Post it now.</summary>
    Send,

    /// <summary>The day is a company holiday: skip, and say so in the next digest.</summary>
    Holiday,

    /// <summary>Later than the grace period (the bot was down): skip, and say so in the next digest.</summary>
    TooLate,
}
