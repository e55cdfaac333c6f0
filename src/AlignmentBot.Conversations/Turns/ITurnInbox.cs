namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Where <see cref="BackgroundTurns"/> records work before the platform is acknowledged: a table in the database
/// (Storage), or memory when there is none. Rows carry a lease: the instance that holds one renews it while it works,
/// and another instance may take the row once it has run out.
/// </summary>
public interface ITurnInbox
{
    /// <summary>False for the in-memory inbox: nothing survives the process, so nothing is written out.</summary>
    bool IsDurable { get; }

    /// <summary>This process, as it appears in the lease columns.</summary>
    string Owner { get; }

    /// <summary>True when several instances share the inbox, so unfinished rows of others are only taken once their lease ran out.</summary>
    bool IsShared { get; }

    /// <summary>
    /// Records new work, leased to this process until <paramref name="leaseUntil"/>, and returns once it is committed.
    /// False when its key is already there: the platform delivered it again. Throws when storage cannot record it.
    /// </summary>
    Task<bool> AddAsync(InboxEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Leases unfinished rows to this process (see <see cref="InboxClaim"/>).</summary>
    Task<IReadOnlyList<InboxEntry>> ClaimAsync(InboxClaim claim, CancellationToken cancellationToken);

    /// <summary>Extends the lease of every unfinished row this process holds.</summary>
    Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Stores a turn's answer before it is delivered; returns once committed.</summary>
    Task SaveAnswerAsync(TurnWorkKey key, string answerType, string answer, CancellationToken cancellationToken);

    /// <summary>
    /// Records how many reply steps were delivered; returns once committed, or at once when <paramref name="last"/>: then
    /// only the done mark follows, the writer keeps the order, and a crash before the commit resumes at that step either way.
    /// </summary>
    Task DeliveredAsync(TurnWorkKey key, int steps, bool last, CancellationToken cancellationToken);

    /// <summary>The work is done: recorded with the next batch, without waiting for it.</summary>
    void Complete(TurnWorkKey key, DateTimeOffset at);

    /// <summary>An attempt failed; the row is tried again from <paramref name="nextAttemptAt"/>. Recorded with the next batch.</summary>
    void Defer(TurnWorkKey key, int attempts, DateTimeOffset nextAttemptAt, string reason);

    /// <summary>Given up after <paramref name="attempts"/> attempts. Recorded with the next batch.</summary>
    void Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at);

    /// <summary>Gives up this process's lease on the rows, so another instance (or the next start) takes them at once.</summary>
    Task ReleaseAsync(IReadOnlyCollection<TurnWorkKey> keys, CancellationToken cancellationToken);

    /// <summary>Waits until everything recorded so far is committed.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
