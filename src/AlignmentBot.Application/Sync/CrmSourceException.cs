namespace AlignmentBot.Application.Sync;

/// <summary>A CRM call failed for good. The message is for people: it says what happened and what to do, and never holds a secret.</summary>
public sealed class CrmSourceException : Exception
{
    public CrmSourceException(CrmFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
    }

    public CrmFailure Failure { get; }
}
