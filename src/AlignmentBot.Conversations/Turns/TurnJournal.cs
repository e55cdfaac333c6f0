namespace AlignmentBot.Conversations.Turns;

/// <summary>Journals that record nothing.</summary>
public static class TurnJournal
{
    /// <summary>For a turn that is not in an inbox: nothing was delivered before, nothing is recorded, nothing can be deferred.</summary>
    public static ITurnJournal None { get; } = new Unrecorded();

    private sealed class Unrecorded : ITurnJournal
    {
        public TurnWorkKey? Key => null;

        public DateTimeOffset? ReceivedAt => null;

        public bool CanDefer => false;

        public bool Resumed => false;

        public int Delivered => 0;

        public bool StorageNoticeSent => false;

        public Task SaveAnswerAsync<TReply>(PendingDelivery<TReply> answer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeliveredAsync(int steps, bool last, CancellationToken cancellationToken) => Task.CompletedTask;

        public void MarkStorageNoticeSent()
        {
        }
    }
}
