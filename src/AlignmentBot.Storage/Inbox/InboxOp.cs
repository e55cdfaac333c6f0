using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Storage.Inbox;

/// <summary>One write waiting for the inbox's writer. <see cref="Done"/> is completed once its batch is committed (or has failed for good).</summary>
internal abstract class InboxOp(TurnWorkKey? key, bool awaited)
{
    public TurnWorkKey? Key { get; } = key;

    /// <summary>Null for writes nobody waits for (done, deferred, failed); they are retried until they succeed.</summary>
    public TaskCompletionSource<bool>? Done { get; } = awaited ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>Batches this write has been in that failed.</summary>
    public int Failures { get; set; }

    /// <summary>Needs the commit to reach the disk: a new row backs an acknowledgement the platform will not repeat.</summary>
    public virtual bool Durable => false;

    public sealed class Insert(InboxEntry entry, DateTimeOffset leaseUntil) : InboxOp(entry.Key, awaited: true)
    {
        public InboxEntry Entry { get; } = entry;

        public DateTimeOffset LeaseUntil { get; } = leaseUntil;

        public override bool Durable => true;
    }

    public sealed class SaveAnswer(TurnWorkKey key, string type, string answer) : InboxOp(key, awaited: true)
    {
        public string Type { get; } = type;

        public string Answer { get; } = answer;
    }

    public sealed class Delivered(TurnWorkKey key, int steps, bool awaited) : InboxOp(key, awaited)
    {
        public int Steps { get; } = steps;
    }

    public sealed class Complete(TurnWorkKey key, DateTimeOffset at) : InboxOp(key, awaited: false)
    {
        public DateTimeOffset At { get; } = at;
    }

    public sealed class Defer(TurnWorkKey key, int attempts, DateTimeOffset next, string reason) : InboxOp(key, awaited: false)
    {
        public int Attempts { get; } = attempts;

        public DateTimeOffset Next { get; } = next;

        public string Reason { get; } = reason;
    }

    public sealed class Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at) : InboxOp(key, awaited: false)
    {
        public int Attempts { get; } = attempts;

        public string Reason { get; } = reason;

        public DateTimeOffset At { get; } = at;
    }

    public sealed class Release(TurnWorkKey key) : InboxOp(key, awaited: true);

    /// <summary>Completes once every write queued before it is committed.</summary>
    public sealed class Flush() : InboxOp(null, awaited: true);
}
