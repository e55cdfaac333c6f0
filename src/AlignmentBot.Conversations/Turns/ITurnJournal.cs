namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// The inbox's record of one piece of work, as its handler sees it: when it arrived, how far an earlier attempt got,
/// and where to write down progress so that a crash never runs a turn twice or repeats a reply that was delivered.
/// A handler passes it on to the runner and the delivery; <see cref="TurnJournal.None"/> stands in where nothing is recorded.
/// </summary>
public interface ITurnJournal
{
    /// <summary>The inbox key; null when the work is not recorded anywhere (a turn run inside the platform's request).</summary>
    TurnWorkKey? Key { get; }

    /// <summary>When the platform's request arrived; null when unknown.</summary>
    DateTimeOffset? ReceivedAt { get; }

    /// <summary>True when the work can be tried again later: a storage fault then defers the turn instead of apologising.</summary>
    bool CanDefer { get; }

    /// <summary>
    /// True when this attempt carries on from an earlier one that had stored the answer: the reply step at
    /// <see cref="Delivered"/> may already have reached the platform, so it is looked up before it is posted where the
    /// platform allows that.
    /// </summary>
    bool Resumed { get; }

    /// <summary>Reply steps already recorded as delivered, in order; a resumed delivery starts after them.</summary>
    int Delivered { get; }

    /// <summary>True once the person was told that storage is down for this work; they are told once.</summary>
    bool StorageNoticeSent { get; }

    /// <summary>Stores the turn's answer before any of it is delivered: a resumed attempt delivers it instead of running the turn again.</summary>
    Task SaveAnswerAsync<TReply>(PendingDelivery<TReply> answer, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the first <paramref name="steps"/> reply steps were delivered; called right after each post. A step
    /// that is followed by another is waited for: the next post must not reach the platform before this one is recorded,
    /// or a resumed attempt would post it again. After the <paramref name="last"/> step nothing is posted, so that write
    /// is not waited for.
    /// </summary>
    Task DeliveredAsync(int steps, bool last, CancellationToken cancellationToken);

    void MarkStorageNoticeSent();
}
