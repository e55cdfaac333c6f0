namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Tells a storage fault (a database that is locked, unreachable, full or read-only for now) from a bug. A turn that
/// hits one is tried again later instead of being answered with an apology: the same turn will work once the
/// database is back. The storage provider registers the one that knows its engine's error codes.
/// </summary>
public interface IStorageFaults
{
    bool IsStorageFault(Exception exception);
}
