using System.Diagnostics;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// One piece of work this process holds: taken from a channel or claimed from the inbox, until it is done, given up
/// or let go. It is also the work's <see cref="ITurnJournal"/>, writing progress through to the inbox.
/// </summary>
internal sealed class HeldWork : ITurnJournal
{
    private readonly ITurnInbox _inbox;
    private readonly TurnWorkTypes _types;

    public HeldWork(ITurnInbox inbox, TurnWorkTypes types, ITurnWork work, WorkRunner runner, DateTimeOffset receivedAt, QueuePlace place, bool mustRun)
    {
        _inbox = inbox;
        _types = types;
        Work = work;
        Runner = runner;
        ReceivedAt = receivedAt;
        Place = place;
        MustRun = mustRun;
        Key = (work as IInboxWork)?.Key;
    }

    public ITurnWork Work { get; }

    public WorkRunner Runner { get; }

    /// <summary>The stored answer, once the turn ran: a later attempt delivers it instead of running the turn again.</summary>
    public (ITurnWork Work, WorkRunner Runner)? Answer { get; set; }

    /// <summary>Where its place in the queue came from, so it is given back there.</summary>
    public QueuePlace Place { get; set; }

    /// <summary>Answers to turns that already ran: taken first and finished even while the host drains.</summary>
    public bool MustRun { get; }

    /// <summary>Written down in a durable inbox with its JSON, so it can be resumed by the next start or another instance.</summary>
    public bool Recorded { get; set; }

    public int Attempts { get; set; }

    /// <summary>The timer that puts it back in the queue after a failed attempt.</summary>
    public ITimer? Retry { get; set; }

    /// <summary>The span current when the work was accepted (the inbound request's); default when nothing traces or it was claimed from the inbox.</summary>
    public ActivityContext Parent { get; init; }

    public TurnWorkKey? Key { get; }

    DateTimeOffset? ITurnJournal.ReceivedAt => ReceivedAt;

    public DateTimeOffset ReceivedAt { get; }

    public bool CanDefer => Key is not null;

    public bool Resumed { get; set; }

    public int Delivered { get; private set; }

    public bool StorageNoticeSent { get; private set; }

    public string Description => Work.Description;

    public static HeldWork Claimed(ITurnInbox inbox, TurnWorkTypes types, InboxEntry entry, TurnWorkType type, ITurnWork work)
    {
        var held = new HeldWork(inbox, types, work, WorkRunner.Of(type), entry.ReceivedAt, QueuePlace.Room, mustRun: false)
        {
            Recorded = true,
            Attempts = entry.Attempts,
            Delivered = entry.Delivered,
        };
        if (entry.AnswerType is { } answerType && entry.Answer is { } answer && types.Find(answerType) is { } stored)
        {
            held.Answer = (stored.Deserialize(answer), WorkRunner.Of(stored));

            // An earlier attempt stored the answer and may have been in the middle of delivering it.
            held.Resumed = true;
        }

        return held;
    }

    public async Task SaveAnswerAsync<TReply>(PendingDelivery<TReply> answer, CancellationToken cancellationToken)
    {
        var type = _types.Find(typeof(PendingDelivery<TReply>));
        Answer = (answer, type is null ? WorkRunner.For<PendingDelivery<TReply>>() : WorkRunner.Of(type));
        if (Key is not null && type is not null && _inbox.IsDurable)
        {
            await _inbox.SaveAnswerAsync(Key, type.Name, type.Serialize(answer), cancellationToken);
        }
    }

    public Task DeliveredAsync(int steps, bool last, CancellationToken cancellationToken)
    {
        Delivered = steps;
        return Key is not null && _inbox.IsDurable ? _inbox.DeliveredAsync(Key, steps, last, cancellationToken) : Task.CompletedTask;
    }

    public void MarkStorageNoticeSent() => StorageNoticeSent = true;
}
