namespace AlignmentBot.Domain.Digests;

/// <summary>Why an earlier digest of this subscription did not arrive.</summary>
public enum DigestNoteKind
{
    /// <summary>Skipped on a company holiday.</summary>
    Holiday,

    /// <summary>Not sent because the bot was offline for longer than the grace period.</summary>
    Missed,

    /// <summary>Posting failed after the retries.</summary>
    Failed,
}
