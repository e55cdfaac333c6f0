namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work a channel acknowledged and will do later, as data: a record of what the platform sent (already verified)
/// or of a turn's answer still to deliver. Being data rather than a closure, it can be queued in memory today and
/// recorded durably before the acknowledgement tomorrow, then resumed by another instance. Its
/// <see cref="ITurnWorkHandler{TWork}"/> does the work.
/// </summary>
public interface ITurnWork
{
    /// <summary>For log lines: the platform's ids and the kind of work, never what a person wrote.</summary>
    string Description { get; }
}
