using System.Data.Common;

namespace AlignmentBot.Conversations.Turns;

/// <summary>Without a storage provider: a database exception that calls itself transient, anywhere in the chain.</summary>
public sealed class TransientDatabaseFaults : IStorageFaults
{
    public bool IsStorageFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
