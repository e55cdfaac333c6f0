using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The inbox as storage keeps it: the turn_inbox table (<see cref="SqlTurnInbox"/>) or, for one process on a SQLite
/// file, a journal file beside it (<see cref="JournalTurnInbox"/>). Health watches its writes; clean-up forgets what is
/// finished.
/// </summary>
public interface IStoredInbox : ITurnInbox
{
    /// <summary>Why the inbox cannot be written right now (the last write failed and none has succeeded since), or null.</summary>
    Exception? WriteFailure { get; }

    /// <summary>When an inbox write last failed, while <see cref="WriteFailure"/> is set.</summary>
    DateTimeOffset? WriteFailureAt { get; }

    /// <summary>Forgets done and failed items received before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
