namespace AlignmentBot.Storage.Faults;

/// <summary>The database cannot be used at start-up; the message is one line naming why (<see cref="StorageProblem"/>).</summary>
public sealed class StorageStartupException : Exception
{
    public StorageStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageStartupException()
    {
    }

    public StorageStartupException(string message)
        : base(message)
    {
    }
}
